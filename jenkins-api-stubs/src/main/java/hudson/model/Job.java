/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/model/Job.java (class at line 154). Only the type's declaration and generics: the
 * plugin names it as Run's parameter. Its superclass AbstractItem and its interfaces are left out.
 */
package hudson.model;

public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {

    private Job() {
        throw new UnsupportedOperationException("stub");
    }
}
