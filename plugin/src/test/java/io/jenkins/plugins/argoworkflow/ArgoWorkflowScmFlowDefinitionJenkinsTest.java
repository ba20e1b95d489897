package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import hudson.model.ParametersDefinitionProperty;
import hudson.model.Result;
import hudson.scm.ChangeLogParser;
import hudson.scm.NullChangeLogParser;
import hudson.scm.NullSCM;
import hudson.scm.SCM;
import hudson.scm.SCMDescriptor;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jenkins.scm.api.SCMFile;
import jenkins.scm.api.SCMFileSystem;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceDescriptor;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * "Argo Workflow from SCM" inside a real Jenkins (profile {@code jenkins} only), with an SCM of one file that
 * has lightweight access. No build reaches a cluster.
 */
@WithJenkins
class ArgoWorkflowScmFlowDefinitionJenkinsTest {

    @Test
    void aBuildRunsTheWorkflowFileOfTheScmAndDeclaresItsParameters(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "from-scm");
        job.setDefinition(new ArgoWorkflowScmFlowDefinition(
                new OneFileScm(".argo/workflow.yaml", Fixtures.text("broken-parameters.yaml")), null));

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("[argoWorkflow] running .argo/workflow.yaml from the job's SCM", run);
        j.assertLogContains("nowhere", run);
        assertThat(job.getProperty(ParametersDefinitionProperty.class).getParameterDefinitionNames())
                .containsExactly("tag", "env", "required");
    }

    @Test
    void aPathThatIsNotInTheScmFailsTheBuildSayingSo(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "wrong-path");
        job.setDefinition(new ArgoWorkflowScmFlowDefinition(
                new OneFileScm(".argo/workflow.yaml", Fixtures.text("release.yaml")), "ci/release.yaml"));

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("ci/release.yaml is not a file in the job's SCM", run);
    }

    @Test
    void anScmWithoutLightweightAccessFailsTheBuildSayingWhatToDo(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "no-lightweight");
        job.setDefinition(new ArgoWorkflowScmFlowDefinition(new NullSCM(), null));

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("cannot read .argo/workflow.yaml without a checkout", run);
    }

    @Test
    void theConfigurationFormKeepsThePath(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "round-trip");
        job.setDefinition(new ArgoWorkflowScmFlowDefinition(new NullSCM(), "ci/wf.yaml"));

        j.configRoundtrip(job);

        assertThat(job.getDefinition()).isInstanceOfSatisfying(ArgoWorkflowScmFlowDefinition.class,
                d -> assertThat(d.getYamlPath()).isEqualTo("ci/wf.yaml"));
    }

    /** An SCM holding one file, readable without a checkout. */
    public static final class OneFileScm extends SCM {

        private final String path;
        private final String content;

        public OneFileScm(String path, String content) {
            this.path = path;
            this.content = content;
        }

        @Override
        public ChangeLogParser createChangeLogParser() {
            return NullChangeLogParser.INSTANCE;
        }

        @TestExtension
        public static final class DescriptorImpl extends SCMDescriptor<OneFileScm> {

            public DescriptorImpl() {
                super(null);
            }
        }
    }

    /** The lightweight access to {@link OneFileScm}. */
    @TestExtension
    public static final class OneFileAccess extends InMemoryAccess {

        public OneFileAccess() {
            super(OneFileScm.class, OneFileScm.DescriptorImpl.class);
        }

        @Override
        public SCMFileSystem build(Item owner, SCM scm, SCMRevision rev) {
            OneFileScm one = (OneFileScm) scm;
            return inMemory(rev, Map.of(one.path, one.content));
        }
    }

    /**
     * Lightweight access for one kind of SCM or branch source, whose files a subclass's {@code build} holds in
     * memory ({@link #inMemory}); also the multibranch test's access to the mock branch source.
     */
    abstract static class InMemoryAccess extends SCMFileSystem.Builder {

        private final Class<?> type;
        private final Class<?> descriptorType;

        InMemoryAccess(Class<?> type, Class<?> descriptorType) {
            this.type = type;
            this.descriptorType = descriptorType;
        }

        @Override
        public boolean supports(SCM source) {
            return type.isInstance(source);
        }

        @Override
        public boolean supports(SCMSource source) {
            return type.isInstance(source);
        }

        @Override
        protected boolean supportsDescriptor(SCMDescriptor descriptor) {
            return descriptorType.isInstance(descriptor);
        }

        @Override
        protected boolean supportsDescriptor(SCMSourceDescriptor descriptor) {
            return descriptorType.isInstance(descriptor);
        }
    }

    /**
     * Lightweight access to {@code files} (path to content) at {@code rev}: also the multibranch test's access to
     * the mock branch source.
     */
    static SCMFileSystem inMemory(SCMRevision rev, Map<String, String> files) {
        return new SCMFileSystem(rev) {
            @Override
            public long lastModified() {
                return 0;
            }

            @Override
            public SCMFile getRoot() {
                return new InMemoryFile(files);
            }
        };
    }

    /** A file or directory among files held in memory. */
    private static final class InMemoryFile extends SCMFile {

        private final Map<String, String> files;

        InMemoryFile(Map<String, String> files) {
            this.files = files;
        }

        InMemoryFile(InMemoryFile parent, String name) {
            super(parent, name);
            this.files = parent.files;
        }

        @Override
        protected SCMFile newChild(String name, boolean assumeIsDirectory) {
            return new InMemoryFile(this, name);
        }

        @Override
        public Iterable<SCMFile> children() {
            return List.of();
        }

        @Override
        public long lastModified() {
            return 0;
        }

        @Override
        protected Type type() {
            if (isRoot()) {
                return Type.DIRECTORY;
            }
            String path = getPath();
            return files.containsKey(path) ? Type.REGULAR_FILE
                    : files.keySet().stream().anyMatch(p -> p.startsWith(path + "/")) ? Type.DIRECTORY
                    : Type.NONEXISTENT;
        }

        @Override
        public InputStream content() {
            return new ByteArrayInputStream(files.get(getPath()).getBytes(StandardCharsets.UTF_8));
        }
    }
}
