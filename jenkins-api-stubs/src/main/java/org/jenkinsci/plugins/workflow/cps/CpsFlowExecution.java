/*
 * Signature-only stub. Checked against jenkinsci/workflow-cps-plugin at commit e007b7ff,
 * plugin/src/main/java/org/jenkinsci/plugins/workflow/cps/CpsFlowExecution.java (class at 242). Only the type:
 * CpsFlowDefinition.create returns it. BlockableResume and every member are left out.
 */
package org.jenkinsci.plugins.workflow.cps;

import org.jenkinsci.plugins.workflow.flow.FlowExecution;

public class CpsFlowExecution extends FlowExecution {

    private CpsFlowExecution() {
        throw new UnsupportedOperationException("stub");
    }
}
