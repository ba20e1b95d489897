/*
 * Signature-only stub. Checked against jenkinsci/cloudbees-folder-plugin at commit b72f4d5 (master, 1105 commits; bom-2.541.x
 * 6916.v15ec97679743 pins 6.1106.v3a_d9a_6d2465e, the next commit, which is not in the stored copy),
 * src/main/java/com/cloudbees/hudson/plugins/folder/AbstractFolder.java (class at 140, the protected constructor
 * AbstractFolder(ItemGroup, String) at 237, getItems() at 930, getItem(String) at 965). The superclass of
 * ComputedFolder, and so of branch-api's MultiBranchProject and OrganizationFolder; getItems and getItem are what the
 * JenkinsRule tests read. getItem's throws clause names Spring Security's unchecked AccessDeniedException, left out
 * here (it does not change what compiles). Its interfaces other than TopLevelItem and ItemGroup
 * (ModifiableViewGroup, StaplerFallback, ModelObjectWithChildren, StaplerOverridable, IconSpec) and its other
 * members are left out.
 */
package com.cloudbees.hudson.plugins.folder;

import hudson.model.AbstractItem;
import hudson.model.ItemGroup;
import hudson.model.TopLevelItem;
import java.util.Collection;

public abstract class AbstractFolder<I extends TopLevelItem> extends AbstractItem implements TopLevelItem, ItemGroup<I> {

    @SuppressWarnings("rawtypes")
    protected AbstractFolder(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException("stub");
    }

    public Collection<I> getItems() {
        throw new UnsupportedOperationException("stub");
    }

    public I getItem(String name) {
        throw new UnsupportedOperationException("stub");
    }
}
