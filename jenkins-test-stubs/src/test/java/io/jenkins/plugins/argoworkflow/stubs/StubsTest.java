package io.jenkins.plugins.argoworkflow.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Run;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
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
        List<String> here = classFiles(classesDir());
        List<String> api = classFiles(classesDirOf(Run.class));
        assertThat(api).as("jenkins-api-stubs' classes").contains("hudson/model/Run.class");
        assertThat(here).contains("org/jvnet/hudson/test/JenkinsRule.class")
                .allSatisfy(c -> assertThat(api).as("also in jenkins-api-stubs").doesNotContain(c));
    }

    /**
     * The class files of a module, as {@code a/b/C.class}: from its classes directory, or from its jar, which is what
     * a reactor build past {@code package} (such as {@code verify}) puts on the class path for jenkins-api-stubs.
     */
    static List<String> classFiles(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            return classFilesUnder(location);
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return classFilesUnder(jar.getPath("/"));
        }
    }

    private static List<String> classFilesUnder(Path root) throws IOException {
        String separator = root.getFileSystem().getSeparator();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f).toString().replace(separator, "/"))
                    .toList();
        }
    }
}
