/*
 * Signature-only stub. Checked against jenkinsci/jenkins-test-harness at 2578.v44660312fd37 (commit 44660312, the version
 * plugin-pom 6.2221.va_045130417c9 pins),
 * src/main/java/org/jvnet/hudson/test/junit/jupiter/JenkinsSessionExtension.java (class at 47, getHome at 55, beforeEach at 60,
 * afterEach at 69, Step at 77, then at 82; it has no declared constructor).
 */
package org.jvnet.hudson.test.junit.jupiter;

import java.io.File;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.jvnet.hudson.test.fixtures.JenkinsSessionFixture;

public class JenkinsSessionExtension implements BeforeEachCallback, AfterEachCallback {

    public File getHome() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        throw new UnsupportedOperationException("stub");
    }

    @FunctionalInterface
    public interface Step extends JenkinsSessionFixture.Step {}

    public void then(Step s) throws Throwable {
        throw new UnsupportedOperationException("stub");
    }
}
