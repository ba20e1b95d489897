package io.jenkins.plugins.argoworkflow.kubernetes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The host processes of a simulated node: those whose command line names its directory (emissary.sh, the
 * executor scripts and the subshells they fork) or whose working directory lies in it (the user's commands,
 * which the simulator starts there). Read from {@code /proc}, so that a process orphaned by its parent (which
 * {@link Process#descendants} no longer lists) is found too.
 */
final class HostProcesses {

    private HostProcesses() {
    }

    /** The live processes of the node rooted at {@code root}, as {@code pid command line}. */
    static List<ProcessHandle> under(Path root) {
        String prefix = root.toAbsolutePath().toString();
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses().filter(p -> p.pid() != self && p.isAlive())
                .filter(p -> p.info().commandLine().map(c -> c.contains(prefix)).orElse(false)
                        || cwd(p).map(d -> d.startsWith(prefix)).orElse(false))
                .toList();
    }

    /**
     * Waits up to {@code seconds} for the node's processes to end (killed ones take a moment, and emissary's
     * watcher ends on its own within 0.2 s of its command); those still alive then are killed and described.
     */
    static List<String> leftAfter(Path root, long seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<ProcessHandle> left = under(root);
        while (!left.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(100);
            left = under(root);
        }
        List<String> described = left.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList();
        left.forEach(ProcessHandle::destroyForcibly);
        return described;
    }

    private static java.util.Optional<String> cwd(ProcessHandle p) {
        try {
            return java.util.Optional.of(Files.readSymbolicLink(Path.of("/proc", Long.toString(p.pid()), "cwd"))
                    .toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return java.util.Optional.empty(); // another user's process, or one that just ended
        }
    }
}
