/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/util/DescribableList.java (class at line 69, get(Class) at 256). The plugin reads Jenkins.clouds through PersistedList's members;
 * the JenkinsRule tests read a project's builders with get(Class). The no-argument constructor is at line 70; those taking an owner are left out.
 */
package hudson.util;

import hudson.model.Describable;
import hudson.model.Descriptor;

public class DescribableList<T extends Describable<T>, D extends Descriptor<T>> extends PersistedList<T> {

    protected DescribableList() {
        throw new UnsupportedOperationException("stub");
    }

    public <U extends T> U get(Class<U> type) {
        throw new UnsupportedOperationException("stub");
    }
}
