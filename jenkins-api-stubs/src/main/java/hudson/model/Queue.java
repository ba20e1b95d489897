/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/Queue.java (class at 183, FlyweightTask at 1976, Task at 2009, Executable at
 * 2203 in 2.541.3). Only the nested Executable interface, which FlowExecutionOwner.getExecutable returns, and Task
 * and FlyweightTask, which the job types of the JenkinsRule tests implement; Task's super-interfaces
 * (FullyNamedModelObject, SubTask), Executable's other than Runnable (WithConsoleUrl), their members and all of
 * Queue's are left out. Queue's public constructor (at 353)
 * takes a LoadBalancer, a type the plugin never names: a private constructor stands in, so that no implicit public
 * one appears.
 */
package hudson.model;

public class Queue {

    private Queue() {
        throw new UnsupportedOperationException("stub");
    }

    public interface FlyweightTask extends Task {}

    public interface Task {}

    public interface Executable extends Runnable {
    }
}
