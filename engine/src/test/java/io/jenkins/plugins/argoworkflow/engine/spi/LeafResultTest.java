package io.jenkins.plugins.argoworkflow.engine.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import org.junit.jupiter.api.Test;

class LeafResultTest {

    @Test
    void aLeafEndsSucceededFailedOrErrorOnly() {
        assertThatThrownBy(() -> new LeafResult(NodePhase.SKIPPED, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not Skipped");
        assertThatThrownBy(() -> new LeafResult(NodePhase.RUNNING, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exitCodeZeroSucceedsAndAnyOtherFailsWithArgosMessage() {
        assertThat(LeafResult.exited(0, NodeIo.EMPTY).phase()).isEqualTo(NodePhase.SUCCEEDED);
        LeafResult failed = LeafResult.exited(137, NodeIo.EMPTY);
        assertThat(failed.phase()).isEqualTo(NodePhase.FAILED);
        assertThat(failed.message()).isEqualTo("main: Error (exit code 137)");
        assertThat(LeafResult.error("pod deleted").phase()).isEqualTo(NodePhase.ERROR);
    }
}
