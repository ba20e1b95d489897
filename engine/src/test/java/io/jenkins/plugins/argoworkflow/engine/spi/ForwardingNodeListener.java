package io.jenkins.plugins.argoworkflow.engine.spi;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;

/** A listener that passes every report on to another, for tests that watch or add to some of them. */
public class ForwardingNodeListener implements NodeListener {

    protected final NodeListener delegate;

    public ForwardingNodeListener(NodeListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public void pending(String nodeId, String reason) {
        delegate.pending(nodeId, reason);
    }

    @Override
    public void running(String nodeId, String hostOrPodIp) {
        delegate.running(nodeId, hostOrPodIp);
    }

    @Override
    public void ready(String nodeId, String hostOrPodIp) {
        delegate.ready(nodeId, hostOrPodIp);
    }

    @Override
    public void containerChanged(String nodeId, String container, NodePhase phase, String message) {
        delegate.containerChanged(nodeId, container, phase, message);
    }

    @Override
    public void log(String nodeId, String line) {
        delegate.log(nodeId, line);
    }

    @Override
    public void finished(String nodeId, LeafResult result) {
        delegate.finished(nodeId, result);
    }
}
