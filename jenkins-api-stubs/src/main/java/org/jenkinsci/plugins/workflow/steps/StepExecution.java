/*
 * Signature-only stub. Checked against jenkinsci/workflow-step-api-plugin at commit 0773c3c (2025-11-17, the head of master),
 * src/main/java/org/jenkinsci/plugins/workflow/steps/StepExecution.java.
 */
package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

public abstract class StepExecution implements Serializable {

    private static final long serialVersionUID = 1L;

    protected StepExecution(StepContext context) {
        throw new UnsupportedOperationException("stub");
    }

    public StepContext getContext() {
        throw new UnsupportedOperationException("stub");
    }

    public abstract boolean start() throws Exception;

    public void stop(Throwable cause) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public void onResume() {
        throw new UnsupportedOperationException("stub");
    }
}
