package io.jenkins.plugins.argoworkflow.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of {@link StubModuleChecks} on jenkins-api-stubs (the Jenkins API the plugin's main code uses). */
class StubsTest extends StubModuleChecks {

    @Override
    protected Class<?> aStub() {
        return Run.class;
    }

    @Override
    protected int minimumBodies() {
        return 50;
    }

    @Test
    void signatureListShowsImplicitConstructors() {
        // The list exists to catch what javac adds: Run must show only its real, protected constructors.
        List<String> run = StubSignatures.of(Run.class);
        assertThat(run).filteredOn(l -> l.startsWith("  constructor ")).isNotEmpty()
                .allSatisfy(l -> assertThat(l).startsWith("  constructor protected hudson.model.Run("));
    }
}
