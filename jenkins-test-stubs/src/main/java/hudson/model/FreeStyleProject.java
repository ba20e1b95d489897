/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/model/FreeStyleProject.java (class at 43, the constructor FreeStyleProject(ItemGroup, String) at 53). The
 * deprecated constructor taking a Jenkins (at 49; Jenkins is no ItemGroup in jenkins-api-stubs), the nested
 * DescriptorImpl and the other members are left out.
 */
package hudson.model;

public class FreeStyleProject extends Project<FreeStyleProject, FreeStyleBuild> implements TopLevelItem {

    @SuppressWarnings("rawtypes")
    public FreeStyleProject(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException("stub");
    }
}
