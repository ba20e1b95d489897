/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/AbstractItem.java (class at 108 in 2.541.3 and 109 in 2.479.3, the protected
 * constructor AbstractItem(ItemGroup, String) at 126 and 127, getName at 134 in both). The common superclass of Job
 * and cloudbees-folder's AbstractFolder; only getName, which the JenkinsRule tests read of jobs and folders' items.
 * Its interfaces other than Item and AccessControlled (Loadable, HttpDeletable, DescriptorByNameOwner,
 * StaplerProxy) and its other members are left out.
 */
package hudson.model;

import hudson.security.AccessControlled;

public abstract class AbstractItem extends Actionable implements Item, AccessControlled {

    @SuppressWarnings("rawtypes")
    protected AbstractItem(ItemGroup parent, String name) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getName() {
        throw new UnsupportedOperationException("stub");
    }
}
