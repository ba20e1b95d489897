/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins; its test jar, classifier tests),
 * src/test/java/jenkins/scm/impl/mock/MockSCMController.java (class at 58, the constructor MockSCMController(String)
 * at 80, create at 84, lookup at 137, close at 148, createRepository at 223, createBranch at 264, openChangeRequest
 * at 315, addFile at 363, checkout at 435 and 444). The members the JenkinsRule tests call, and the checkout
 * overload taking a FilePath so that overload resolution is the real one; the other members are left out.
 */
package jenkins.scm.impl.mock;

import hudson.FilePath;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;

public class MockSCMController implements Closeable {

    public MockSCMController(String id) {
        throw new UnsupportedOperationException("stub");
    }

    public static MockSCMController create() {
        throw new UnsupportedOperationException("stub");
    }

    public static MockSCMController lookup(String id) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("stub");
    }

    public synchronized void createRepository(String name, MockRepositoryFlags... flags) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public synchronized void createBranch(String repository, String branch) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public synchronized Integer openChangeRequest(String repository, String branch, MockChangeRequestFlags... flags)
            throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public synchronized void addFile(String repository, String branchOrCR, String message, String path, byte[] content)
            throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public synchronized String checkout(File workspace, String repository, String identifier) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public synchronized String checkout(FilePath workspace, String repository, String identifier)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }
}
