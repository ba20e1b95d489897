package io.jenkins.plugins.argoworkflow.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * The checks of {@link StubModuleChecks} on jenkins-test-stubs (the test harness and the Jenkins API only the
 * JenkinsRule tests use), and that no class is declared both here and in jenkins-api-stubs.
 */
class StubsTest extends StubModuleChecks {

    @Override
    protected Class<?> aStub() {
        return JenkinsRule.class;
    }

    @Override
    protected int minimumBodies() {
        return 50;
    }

    @Test
    void noClassIsDeclaredHereAndInJenkinsApiStubsToo() throws Exception {
        // A class in both jars would shadow one of them on plugin-offline's test classpath: members the plugin's main
        // code uses belong in jenkins-api-stubs, and only there (docs/STUBS.md).
        Path here = classesDir();
        Path api = classesDirOf(Run.class);
        List<String> classes;
        try (Stream<Path> files = Files.walk(here)) {
            classes = files.filter(f -> f.toString().endsWith(".class")).map(f -> here.relativize(f).toString()).toList();
        }
        assertThat(classes).contains("org/jvnet/hudson/test/JenkinsRule.class".replace('/', java.io.File.separatorChar))
                .allSatisfy(c -> assertThat(api.resolve(c)).as("also in jenkins-api-stubs").doesNotExist());
    }
}
