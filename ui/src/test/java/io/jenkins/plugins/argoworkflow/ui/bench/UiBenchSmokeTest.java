package io.jenkins.plugins.argoworkflow.ui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** bench/ui-bench.sh 1 --smoke inside the build: it runs and prints its figures (no timing asserted). */
class UiBenchSmokeTest {

    @Test
    void uiBenchRunsAtSmokeSize() throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            UiBench.main(new String[] {"1", "--smoke"});
        } finally {
            System.setOut(out);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        out.print(text);
        assertThat(text).containsPattern("DAG chain 100 +101 .* ms").containsPattern("first load \\d+ ms");
    }
}
