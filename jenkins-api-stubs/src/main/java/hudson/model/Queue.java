/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/Queue.java (class at 183, FlyweightTask at 1976, Task at 2009, Executable at
 * 2203, Item at 2266 with its protected constructor Item(Item) at 2432 and getFuture at 2358 in 2.541.3; Item at
 * 2155, Item(Item) at 2321, getFuture at 2247 in 2.479.3). Only the nested Executable interface, which
 * FlowExecutionOwner.getExecutable returns, Task and FlyweightTask, which the job types of the JenkinsRule tests
 * implement, and Item, which ComputedFolder.scheduleBuild2 returns and whose getFuture the tests wait on; Task's
 * super-interfaces (FullyNamedModelObject, SubTask), Executable's other than Runnable (WithConsoleUrl), Item's
 * interface QueueItem and its other constructors (which take the internal FutureImpl), their other members and all
 * of Queue's are left out. Queue's public constructor (at 353)
 * takes a LoadBalancer, a type the plugin never names: a private constructor stands in, so that no implicit public
 * one appears.
 */
package hudson.model;

import hudson.model.queue.QueueTaskFuture;

public class Queue {

    private Queue() {
        throw new UnsupportedOperationException("stub");
    }

    public interface FlyweightTask extends Task {}

    public interface Task {}

    public interface Executable extends Runnable {
    }

    public abstract static class Item extends Actionable {

        protected Item(Item item) {
            throw new UnsupportedOperationException("stub");
        }

        public QueueTaskFuture<Executable> getFuture() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
