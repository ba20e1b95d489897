/*
 * Signature-only stub. Checked against jenkinsci/branch-api-plugin at 2.1280.v0d4e5b_b_460ef (commit 0d4e5bb4, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/branch/BranchProjectFactory.java (class at 67, with no explicit constructor). Only the type,
 * its type parameters, superclass and ExtensionPoint, as the superclass of workflow-multibranch's
 * AbstractWorkflowBranchProjectFactory; its interface Saveable and its members, the abstract ones among them, are
 * left out.
 */
package jenkins.branch;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.TopLevelItem;

@SuppressWarnings("deprecation")
public abstract class BranchProjectFactory<P extends Job<P, R> & TopLevelItem, R extends Run<P, R>>
        extends AbstractDescribableImpl<BranchProjectFactory<?, ?>> implements ExtensionPoint {
}
