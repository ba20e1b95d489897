package io.jenkins.plugins.argoworkflow.kubernetes;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The first bytes of what a pod sends on a side channel (an exec's stderr, its status): kept up to a bound and
 * the rest counted but dropped, so that a pod writing without end costs the controller no memory.
 */
final class BoundedOutput extends OutputStream {

    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    BoundedOutput(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = Math.max(0, Math.min(len, limit - kept.size()));
        kept.write(b, off, room);
        dropped += len - room;
    }

    /** Whether more was written than the bound keeps. */
    synchronized boolean overflowed() {
        return dropped > 0;
    }

    synchronized byte[] toByteArray() {
        return kept.toByteArray();
    }

    /** The kept text, and how much was dropped when anything was. */
    @Override
    public synchronized String toString() {
        String text = kept.toString(StandardCharsets.UTF_8);
        return dropped == 0 ? text : text + " [" + dropped + " more bytes dropped]";
    }
}
