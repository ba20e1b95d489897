/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/DescriptorVisibilityFilter.java (class at 24, filter at 60 in both). filterType,
 * all, apply and applyType are left out.
 */
package hudson.model;

import hudson.ExtensionPoint;

public abstract class DescriptorVisibilityFilter implements ExtensionPoint {

    @SuppressWarnings("rawtypes")
    public abstract boolean filter(Object context, Descriptor descriptor);
}
