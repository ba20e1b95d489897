package io.jenkins.plugins.argoworkflow.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.MemoryArtifactStore;
import io.jenkins.plugins.argoworkflow.ui.UiRuns;
import io.jenkins.plugins.argoworkflow.ui.dashboard.RunControl;
import io.jenkins.plugins.argoworkflow.ui.dashboard.StateRecorder;
import io.jenkins.plugins.argoworkflow.ui.dashboard.DashboardServer;
import io.jenkins.plugins.argoworkflow.ui.dashboard.StateDir;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard page in headless Chromium, served by the CLI's dashboard server from runs the engine made:
 * it draws the graph (screenshots under target/screenshots), shows a node's log on click, and renders text
 * carrying HTML and JavaScript as text.
 */
@Tag("browser")
class DashboardBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Chromium browser;

    @TempDir
    Path stateDir;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.launch(1280, 800);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /** Records the fixture's run, serves it and opens the page; returns the server (to close). */
    private DashboardServer open(String fixture) throws Exception {
        return open(fixture, null);
    }

    /** As {@link #open(String)}, with {@code store} as the run's artifact repository, which the server serves. */
    private DashboardServer open(String fixture, MemoryArtifactStore store) throws Exception {
        UiRuns.record(UiRuns.resource(fixture), UiRuns.runtime(), stateDir, store);
        DashboardServer server = new DashboardServer(new StateDir(stateDir), null, store).start(0);
        browser.navigate(server.url());
        browser.await("document.querySelector('.argowf').hasAttribute('data-drawn-revision')", WAIT);
        return server;
    }

    private int count(String selector) {
        return browser.eval("document.querySelectorAll(" + quote(selector) + ").length").asInt();
    }

    /** The ID of the drawn node labelled {@code label}. */
    private String nodeId(String label) {
        return browser.eval("[...document.querySelectorAll('g.argowf-node')].find(g => g.querySelector('.argowf-label')"
                + " && g.querySelector('.argowf-label').textContent === " + quote(label) + ").getAttribute('data-id')")
                .asText();
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void drawsADagWithItsFanIn() throws Exception {
        try (DashboardServer server = open("dag.yaml")) {
            assertThat(count("g.argowf-node")).as("the DAG node and tasks A-F").isEqualTo(7);
            assertThat(count("g.argowf-node.phase-Succeeded")).isEqualTo(7);
            assertThat(browser.eval("[...document.querySelectorAll('path.argowf-edge')].map(p => p.getAttribute('d'))"
                    + ".join('').split('M').length - 1").asInt()).as("DAG->A, A->B,C,E, B,C->D, D,E->F").isEqualTo(8);
            browser.screenshot(SCREENSHOTS.resolve("dag.png"));
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void drawsAStepsWorkflowWithItsLoopAndNestedSteps() throws Exception {
        try (DashboardServer server = open("steps.yaml")) {
            assertThat(count("g.argowf-node.kind-dot")).as("step groups").isEqualTo(5);
            assertThat(browser.eval("[...document.querySelectorAll('.argowf-label')].map(e => e.textContent)"
                    + ".join('|')").asText()).contains("build(0:linux)", "integration", "publish");
            browser.screenshot(SCREENSHOTS.resolve("steps.png"));
        }
    }

    /**
     * Per drawn box: the boundary's ID, the nodes inside it by Argo's names that lie outside the box on screen,
     * and the nodes of elsewhere that the box overlaps.
     */
    private JsonNode boxContents() {
        return browser.eval("""
                (() => {
                  const view = document.querySelector('.argowf').argowf.view;
                  const rect = e => e.getBoundingClientRect();
                  const inside = (a, b) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
                  const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
                  return [...document.querySelectorAll('rect.argowf-boundary')].map(box => {
                    const id = box.getAttribute('data-id'), r = rect(box);
                    const name = view.nodes.find(n => n.id === id).name;
                    const member = n => n.id === id || (n.name && n.name.length > name.length
                        && n.name.startsWith(name) && '(.['.includes(n.name[name.length]));
                    const out = [], foreign = [];
                    for (const g of document.querySelectorAll('g.argowf-node')) {
                      const n = view.nodes.find(v => v.id === g.getAttribute('data-id'));
                      const s = rect(g.querySelector('.argowf-shape'));
                      if (member(n) && !inside(s, r)) { out.push(n.displayName); }
                      if (!member(n) && meets(s, r)) { foreign.push(n.displayName); }
                    }
                    return {id, name, out, foreign};
                  });
                })()""");
    }

    @Test
    void drawsABoxAroundTheInsideOfEachStepsAndDagNode() throws Exception {
        try (DashboardServer server = open("nested.yaml")) {
            JsonNode boxes = boxContents();
            browser.screenshot(SCREENSHOTS.resolve("boundaries.png"));

            assertThat(boxes).as("linux, darwin, release and verify; none for the root").hasSize(4);
            assertThat(boxes).allSatisfy(box -> {
                assertThat(box.get("out")).as(box.get("name") + ": its nodes inside its box").isEmpty();
                assertThat(box.get("foreign")).as(box.get("name") + ": no other node in its box").isEmpty();
            });

            browser.click("g.argowf-node[data-id='" + nodeId("release") + "'] .argowf-shape");
            browser.await("document.querySelector('button.argowf-collapse-inside')", WAIT);
            browser.click("button.argowf-collapse-inside");
            browser.await("document.querySelectorAll('rect.argowf-boundary').length === 2", WAIT);
            assertThat(boxContents()).allSatisfy(box -> assertThat(box.get("foreign")).isEmpty());
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void drawsAFailedRunWithItsRetriesAndShowsTheFailure() throws Exception {
        try (DashboardServer server = open("failed.yaml")) {
            assertThat(browser.eval("document.querySelector('.argowf-title').className").asText())
                    .contains("phase-Failed");
            assertThat(count("g.argowf-node.phase-Failed")).as("the retry node, its 3 attempts, the steps")
                    .isGreaterThanOrEqualTo(4);
            assertThat(count("g.argowf-node.phase-Omitted, g.argowf-node.phase-Skipped")).isZero();
            browser.click("g.argowf-node[data-id='" + nodeId("flaky(2)") + "'] .argowf-shape");
            browser.await("document.querySelector('.argowf-log') && "
                    + "document.querySelector('.argowf-log').getAttribute('data-complete') === 'true'", WAIT);
            assertThat(browser.eval("document.querySelector('.argowf-fields').textContent").asText())
                    .contains("Exit code3", "Attempt2");
            assertThat(browser.eval("document.querySelector('.argowf-log').textContent").asText()).isEqualTo("failing\n");
            browser.screenshot(SCREENSHOTS.resolve("failed.png"));
        }
    }

    @Test
    void clickingANodeShowsItsLog() throws Exception {
        try (DashboardServer server = open("dag.yaml")) {
            browser.click("g.argowf-node[data-id='" + nodeId("D") + "'] .argowf-shape");

            browser.await("document.querySelector('.argowf-log') && "
                    + "document.querySelector('.argowf-log').getAttribute('data-complete') === 'true'", WAIT);
            assertThat(browser.eval("document.querySelector('.argowf-log').textContent").asText()).isEqualTo("D\n");
            assertThat(browser.eval("document.querySelector('.argowf-panel h2').textContent").asText()).isEqualTo("D");
            assertThat(browser.eval("document.querySelector('.argowf-fields').textContent").asText())
                    .contains("Exit code0", "Pod name" + "dag-diamond-echo-");
        }
    }

    @Test
    void clickingAnArtifactsLinkDownloadsItFromTheRunsStore() throws Exception {
        try (DashboardServer server = open("artifacts.yaml", new MemoryArtifactStore("local"))) {
            Path downloads = stateDir.resolve("downloads");
            browser.allowDownloads(downloads);
            browser.click("g.argowf-node[data-id='" + nodeId("generate") + "'] .argowf-shape");
            browser.await("document.querySelectorAll('a.argowf-artifact-link').length === 2", WAIT);
            String pod = browser.eval("[...document.querySelectorAll('.argowf-fields tr')].find(r => "
                    + "r.querySelector('th').textContent === 'Pod name').querySelector('td').textContent").asText();
            assertThat(browser.eval("[...document.querySelectorAll('.argowf-artifacts li')].map(l => l.textContent)"
                    + ".join('|')").asText()).contains("report local: artifact-passing/" + pod + "/report.txt");

            browser.click("a.argowf-artifact-link");

            Path report = browser.awaitDownload(downloads.resolve("report.txt"), WAIT);
            assertThat(report).as("saved under the key's name").hasContent("report of " + pod);
            assertThat(browser.eval("location.href").asText()).as("the page stays").isEqualTo(server.url());
            browser.screenshot(SCREENSHOTS.resolve("artifacts.png"));
        }
    }

    @Test
    void namesParametersAndLogLinesCarryingHtmlRenderAsInertText() throws Exception {
        try (DashboardServer server = open("payloads.yaml")) {
            // Tooltips (full names) are made when the pointer reaches a node.
            String labels = browser.eval("[...document.querySelectorAll('g.argowf-node')].map(g => {"
                    + " g.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
                    + " return g.querySelector('title').textContent; }).join('|')").asText();
            // Argo's loop node names drop the parentheses of an item's text.
            assertThat(labels).contains("show(0:<img src=x onerror=alert'name'>)",
                    "show(1:<script>alert'script'</script>)");

            browser.click("g.argowf-node.kind-node:last-child .argowf-shape");
            browser.await("document.querySelector('.argowf-log') && "
                    + "document.querySelector('.argowf-log').getAttribute('data-complete') === 'true'", WAIT);

            JsonNode panel = browser.eval("({io: document.querySelector('.argowf-io').textContent,"
                    + " log: document.querySelector('.argowf-log').textContent})");
            assertThat(panel.get("io").asText()).contains("<img src=x onerror=alert('param')>");
            assertThat(panel.get("log").asText()).contains("<script>alert('script')</script>",
                    "<img src=x onerror=alert('param')>");
            assertThat(count("img")).as("no element came out of the payloads").isZero();
            assertThat(count("script")).as("only the page's own script").isEqualTo(1);
            assertThat(count(".argowf-panel *:not(h2):not(h3):not(table):not(tbody):not(tr):not(th):not(td)"
                    + ":not(pre):not(div):not(span):not(button):not(ul):not(li)")).isZero();
            assertThat(browser.dialogs()).as("no alert, confirm or prompt fired").isEmpty();
        }
    }

    /** How far the selected node's centre lies from the graph's centre, in pixels. */
    private double selectedOffCentre() {
        return browser.eval("(() => { const g = document.querySelector('g.argowf-node.selected .argowf-shape')"
                + ".getBoundingClientRect(), s = document.querySelector('svg.argowf-graph').getBoundingClientRect();"
                + " return Math.hypot(g.x + g.width / 2 - (s.x + s.width / 2), g.y + g.height / 2 - (s.y + s.height / 2));"
                + " })()").asDouble();
    }

    @Test
    void findingANodeFoldedInALoopOrACollapsedStepsNodeUnfoldsItSelectsAndCentresIt() throws Exception {
        try (DashboardServer server = open("find.yaml")) {
            assertThat(count("g.argowf-node.kind-group")).as("the loop of 120 is one group").isEqualTo(1);

            browser.click(".argowf-find");
            browser.type("fan(77:77)[0].wo");
            browser.press("Enter");
            browser.await("document.querySelector('.argowf-panel h2') && "
                    + "document.querySelector('.argowf-panel h2').textContent === 'work'", WAIT);

            assertThat(count("g.argowf-node.kind-group")).as("the loop unfolded").isZero();
            assertThat(browser.eval("document.querySelector('g.argowf-node.selected').getAttribute('data-id')")
                    .asText()).isEqualTo(browser.eval("document.querySelector('.argowf').argowf.view.nodes"
                    + ".find(n => n.name === 'find-me[0].fan(77:77)[0].work').id").asText());
            assertThat(browser.eval("document.querySelector('.argowf-fields').textContent").asText())
                    .contains("find-me[0].fan(77:77)[0].work");
            assertThat(selectedOffCentre()).as("centred").isLessThan(2);
            assertThat(browser.eval("document.querySelector('.argowf-find-count').textContent").asText())
                    .isEqualTo("1/1");
            browser.screenshot(SCREENSHOTS.resolve("found-in-loop.png"));

            // A drawn node is found as well: it is selected and centred, so its panel can fold it.
            browser.eval("(() => { const f = document.querySelector('.argowf-find'); f.value = ''; f.focus(); })()");
            browser.type("[1].inner");
            browser.press("Enter");
            browser.await("document.querySelector('button.argowf-collapse-inside')", WAIT);
            assertThat(selectedOffCentre()).isLessThan(2);
            browser.click("button.argowf-collapse-inside");
            browser.await("document.querySelector('g.argowf-node.folded')", WAIT);
            assertThat(browser.eval("[...document.querySelectorAll('.argowf-label')].some(l => l.textContent === 'deep')")
                    .asBoolean()).isFalse();

            browser.eval("(() => { const f = document.querySelector('.argowf-find'); f.value = ''; f.focus(); })()");
            browser.type("deep");
            browser.press("Enter");
            browser.await("document.querySelector('.argowf-panel h2') && "
                    + "document.querySelector('.argowf-panel h2').textContent === 'deep'", WAIT);

            assertThat(count("g.argowf-node.folded")).as("inner opened again").isZero();
            assertThat(selectedOffCentre()).isLessThan(2);
            assertThat(count("g.argowf-node.match")).isEqualTo(1);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void resumesASuspendedRunFromThePageThenFindsAndExpandsItsLoop() throws Exception {
        Workflow wf = UiRuns.workflow(UiRuns.resource("approval.yaml"));
        String name = WorkflowRun.nameOf(wf);
        try (StateRecorder recorder = new StateRecorder(stateDir, name, RunListener.NONE);
                WorkflowRun run = WorkflowRun.start(wf, new TemplateStore(), UiRuns.runtime(),
                        new RunOptions(name, Clock.systemUTC(), recorder));
                DashboardServer server = new DashboardServer(recorder.stateDir(), RunControl.of(run)).start(0)) {
            recorder.attach(run::statusJson);
            browser.navigate(server.url());
            browser.await("document.querySelector('g.argowf-node.phase-Running[data-id]') && "
                    + "[...document.querySelectorAll('.argowf-label')].some(l => l.textContent === 'approve')", WAIT);

            browser.click("g.argowf-node[data-id='" + nodeId("approve") + "'] .argowf-shape");
            browser.await("document.querySelector('button.argowf-resume')", WAIT);
            browser.click("button.argowf-resume");

            run.completion().get(30, java.util.concurrent.TimeUnit.SECONDS);
            browser.await("document.querySelector('.argowf-title').className.includes('phase-Succeeded')", WAIT);
            assertThat(browser.eval("document.querySelector('.argowf-run-buttons').childElementCount").asInt())
                    .as("no Stop or Terminate once the run ended").isZero();
            assertThat(count("g.argowf-node.kind-group")).as("the loop of 120 is one group").isEqualTo(1);

            browser.click("g.argowf-node.kind-group .argowf-shape");
            browser.await("document.querySelector('button.argowf-expand')", WAIT);
            browser.click("button.argowf-expand");
            browser.await("document.querySelectorAll('g.argowf-node').length > 120", WAIT);

            browser.click(".argowf-find");
            browser.type("fan(119");
            browser.press("Enter");
            browser.await("document.querySelector('.argowf-panel h2') && "
                    + "document.querySelector('.argowf-panel h2').textContent === 'fan(119:119)'", WAIT);
            assertThat(count("g.argowf-node.match")).isEqualTo(1);
            assertThat(browser.dialogs()).isEmpty();
        }
    }
}
