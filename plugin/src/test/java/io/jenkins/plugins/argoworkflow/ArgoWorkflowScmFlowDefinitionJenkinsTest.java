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
    public static final class OneFileAccess extends SCMFileSystem.Builder {

        @Override
        public boolean supports(SCM source) {
            return source instanceof OneFileScm;
        }

        @Override
        public boolean supports(SCMSource source) {
            return false;
        }

        @Override
        protected boolean supportsDescriptor(SCMDescriptor descriptor) {
            return descriptor instanceof OneFileScm.DescriptorImpl;
        }

        @Override
        protected boolean supportsDescriptor(SCMSourceDescriptor descriptor) {
            return false;
        }

        @Override
        public SCMFileSystem build(Item owner, SCM scm, SCMRevision rev) {
            OneFileScm one = (OneFileScm) scm;
            return new SCMFileSystem(null) {
                @Override
                public long lastModified() {
                    return 0;
                }

                @Override
                public SCMFile getRoot() {
                    return new OneFile(one);
                }
            };
        }
    }

    private static final class OneFile extends SCMFile {

        private final OneFileScm scm;

        OneFile(OneFileScm scm) {
            this.scm = scm;
        }

        OneFile(OneFile parent, String name) {
            super(parent, name);
            this.scm = parent.scm;
        }

        @Override
        protected SCMFile newChild(String name, boolean assumeIsDirectory) {
            return new OneFile(this, name);
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
            return getPath().equals(scm.path) ? Type.REGULAR_FILE
                    : scm.path.startsWith(getPath() + "/") ? Type.DIRECTORY : Type.NONEXISTENT;
        }

        @Override
        public InputStream content() {
            return new ByteArrayInputStream(scm.content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
