/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/Job.java (2.541.3: class at 154, the protected constructor Job(ItemGroup, String)
 * at 202, getProperty(Class) at 627, getBuildByNumber at 837, getLastBuild at 966; getLastBuild at 963 in 2.479.3).
 * Only the type, its type parameters, its superclass AbstractItem, its constructor and the methods the JenkinsRule
 * tests call: the plugin calls none of its members. Its interfaces are left out.
 */
package hudson.model;

public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem {

    @SuppressWarnings("rawtypes")
    protected Job(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException("stub");
    }

    @SuppressWarnings("rawtypes")
    public <T extends JobProperty> T getProperty(Class<T> clazz) {
        throw new UnsupportedOperationException("stub");
    }

    public RunT getBuildByNumber(int n) {
        throw new UnsupportedOperationException("stub");
    }

    public RunT getLastBuild() {
        throw new UnsupportedOperationException("stub");
    }
}
