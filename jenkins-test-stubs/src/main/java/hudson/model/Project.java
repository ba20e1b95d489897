/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/model/Project.java (class at 66, the protected constructor at 93, getBuildersList at 136). Its interfaces
 * (SCMTriggerItem, Saveable, ProjectWithMaven, BuildableItemWithBuildWrappers) and other members are left out.
 */
package hudson.model;

import hudson.tasks.Builder;
import hudson.util.DescribableList;

public abstract class Project<P extends Project<P, B>, B extends Build<P, B>> extends AbstractProject<P, B> {

    @SuppressWarnings("rawtypes")
    protected Project(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException("stub");
    }

    public DescribableList<Builder, Descriptor<Builder>> getBuildersList() {
        throw new UnsupportedOperationException("stub");
    }
}
