/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/Job.java (class at 154, the protected constructor Job(ItemGroup, String) at 202).
 * Only the type, its type parameters and its constructor: the plugin calls none of its members. Its superclass AbstractItem, which implements Item, is folded into implementing
 * Item here; its other interfaces are left out.
 */
package hudson.model;

public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> implements Item {

    @SuppressWarnings("rawtypes")
    protected Job(ItemGroup parent, String name) {
        throw new UnsupportedOperationException("stub");
    }
}
