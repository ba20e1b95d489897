/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/slaves/Cloud.java (class at line 110, the name field at 118, the constructor at 120,
 * getDisplayName at 132). Its superclass Actionable, AccessControlled and the provisioning members are left out.
 */
package hudson.slaves;

import hudson.ExtensionPoint;
import hudson.model.Describable;

public abstract class Cloud implements ExtensionPoint, Describable<Cloud> {

    public String name;

    protected Cloud(String name) {
        throw new UnsupportedOperationException("stub");
    }

    public String getDisplayName() {
        throw new UnsupportedOperationException("stub");
    }
}
