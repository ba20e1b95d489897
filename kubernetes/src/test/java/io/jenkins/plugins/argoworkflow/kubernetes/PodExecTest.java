package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The exit status of an exec as the API server's v4 channel 3 carries it. */
class PodExecTest {

    @Test
    void successIsZeroAndANonZeroExitCarriesItsCode() throws Exception {
        assertThat(PodExec.exitCode(json("{\"metadata\":{},\"status\":\"Success\"}"))).isZero();
        assertThat(PodExec.exitCode(json("{\"status\":\"Failure\",\"reason\":\"NonZeroExitCode\",\"details\":"
                + "{\"causes\":[{\"reason\":\"ExitCode\",\"message\":\"3\"}]}}"))).isEqualTo(3);
    }

    @Test
    void anyOtherFailureIsAnErrorWithTheServersMessage() {
        assertThatThrownBy(() -> PodExec.exitCode(json("{\"status\":\"Failure\",\"reason\":\"InternalError\","
                + "\"message\":\"container not found (\\\"wait\\\")\"}"))).isInstanceOf(IOException.class)
                .hasMessage("the exec failed: container not found (\"wait\")");
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) throws IOException {
        return Serialization.jsonMapper().readTree(text);
    }
}
