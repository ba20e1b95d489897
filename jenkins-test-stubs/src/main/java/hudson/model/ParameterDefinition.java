/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/model/ParameterDefinition.java (class at 100, the protected constructors at 107 and 118, getName at 141). The
 * other members are left out.
 */
package hudson.model;

import hudson.ExtensionPoint;
import java.io.Serializable;

public abstract class ParameterDefinition implements Describable<ParameterDefinition>, ExtensionPoint, Serializable {

    protected ParameterDefinition(String name) {
        throw new UnsupportedOperationException("stub");
    }

    protected ParameterDefinition(String name, String description) {
        throw new UnsupportedOperationException("stub");
    }

    public String getName() {
        throw new UnsupportedOperationException("stub");
    }
}
