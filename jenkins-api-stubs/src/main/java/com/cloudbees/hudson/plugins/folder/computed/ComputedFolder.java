/*
 * Signature-only stub. Checked against jenkinsci/cloudbees-folder-plugin at commit b72f4d5 (master, 1105 commits; bom-2.541.x
 * 6916.v15ec97679743 pins 6.1106.v3a_d9a_6d2465e, the next commit, which is not in the stored copy),
 * src/main/java/com/cloudbees/hudson/plugins/folder/computed/ComputedFolder.java (class at 101, the protected
 * constructor ComputedFolder(ItemGroup, String) at 172, scheduleBuild2 at 612). The superclass of branch-api's
 * MultiBranchProject and OrganizationFolder; scheduleBuild2 is how the JenkinsRule tests start a scan. Its interface
 * TriggeredItem and its other members, the abstract computeChildren among them, are left out.
 */
package com.cloudbees.hudson.plugins.folder.computed;

import com.cloudbees.hudson.plugins.folder.AbstractFolder;
import hudson.model.Action;
import hudson.model.BuildableItem;
import hudson.model.ItemGroup;
import hudson.model.Queue;
import hudson.model.TopLevelItem;

public abstract class ComputedFolder<I extends TopLevelItem> extends AbstractFolder<I>
        implements BuildableItem, Queue.FlyweightTask {

    @SuppressWarnings("rawtypes")
    protected ComputedFolder(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException("stub");
    }

    public Queue.Item scheduleBuild2(int quietPeriod, Action... actions) {
        throw new UnsupportedOperationException("stub");
    }
}
