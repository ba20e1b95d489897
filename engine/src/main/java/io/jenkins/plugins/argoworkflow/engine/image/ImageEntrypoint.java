package io.jenkins.plugins.argoworkflow.engine.image;

import java.util.List;

/**
 * What an image runs when a container gives no {@code command}, as an entry of Argo's {@code images:}
 * controller setting: its {@code entrypoint}, and its {@code cmd} (the default arguments, or the command
 * itself when there is no entrypoint, as Argo's documented {@code argoproj/argosay:v2: {cmd: [/argosay]}} has it).
 */
public record ImageEntrypoint(List<String> entrypoint, List<String> cmd) {

    public ImageEntrypoint {
        entrypoint = entrypoint == null ? List.of() : List.copyOf(entrypoint);
        cmd = cmd == null ? List.of() : List.copyOf(cmd);
    }

    /** An image whose entrypoint is {@code command}, as {@code --image-command IMAGE=CMD} gives it. */
    public static ImageEntrypoint of(List<String> command) {
        return new ImageEntrypoint(command, List.of());
    }

    /**
     * The argv for a container without command and with {@code args} (empty: none given): the entrypoint (or,
     * without one, {@code cmd}) followed by {@code args}, or by {@code cmd} when no args are given.
     */
    public List<String> argv(List<String> args) {
        List<String> argv = new java.util.ArrayList<>(entrypoint.isEmpty() ? cmd : entrypoint);
        argv.addAll(!args.isEmpty() || entrypoint.isEmpty() ? args : cmd);
        return argv;
    }

    public boolean isEmpty() {
        return entrypoint.isEmpty() && cmd.isEmpty();
    }

    /** The program the image runs: its entrypoint's or its cmd's first word. */
    public String program() {
        return entrypoint.isEmpty() ? (cmd.isEmpty() ? "" : cmd.get(0)) : entrypoint.get(0);
    }
}
