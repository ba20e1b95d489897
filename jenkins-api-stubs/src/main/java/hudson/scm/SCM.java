/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/scm/SCM.java (class at 92, createChangeLogParser at 719, _for(Job) at 777). Only the type, _for (the job
 * type's form lists the SCMs) and its one abstract method, which the JenkinsRule tests' SCM implements; the other
 * members are left out.
 */
package hudson.scm;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Job;
import java.util.List;

public abstract class SCM implements Describable<SCM>, ExtensionPoint {

    public abstract ChangeLogParser createChangeLogParser();

    @SuppressWarnings("rawtypes")
    public static List<SCMDescriptor<?>> _for(Job project) {
        throw new UnsupportedOperationException("stub");
    }
}
