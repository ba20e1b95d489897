/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/model/queue/QueueTaskFuture.java (interface at 19, getStartCondition at 26, waitForStart at 31).
 */
package hudson.model.queue;

import hudson.model.Queue.Executable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

public interface QueueTaskFuture<R extends Executable> extends Future<R> {

    Future<R> getStartCondition();

    R waitForStart() throws InterruptedException, ExecutionException;
}
