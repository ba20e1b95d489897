/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/jenkins/model/GlobalConfiguration.java (class at line 47, constructor at 48). Its final
 * getDescriptor, getGlobalConfigPage, configure (which binds the form to the @DataBoundSetters) and all() are left
 * out: the plugin overrides none of them.
 */
package jenkins.model;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;

public abstract class GlobalConfiguration extends Descriptor<GlobalConfiguration>
        implements ExtensionPoint, Describable<GlobalConfiguration> {

    protected GlobalConfiguration() {
        throw new UnsupportedOperationException("stub");
    }
}
