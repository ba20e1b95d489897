/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/Job.java (class at 154). Only the type and its type parameters: the plugin
 * calls none of its members. Its superclass AbstractItem, which implements Item, is folded into implementing
 * Item here; its other interfaces are left out.
 */
package hudson.model;

public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> implements Item {
}
