/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/Queue.java (class at 183, Executable at 2203 in 2.541.3). Only the nested
 * Executable interface, which FlowExecutionOwner.getExecutable returns; its super-interfaces other than
 * Runnable (WithConsoleUrl), its members and all of Queue's are left out. Queue's public constructor (at 353)
 * takes a LoadBalancer, a type the plugin never names: a private constructor stands in, so that no implicit public
 * one appears.
 */
package hudson.model;

public class Queue {

    private Queue() {
        throw new UnsupportedOperationException("stub");
    }

    public interface Executable extends Runnable {
    }
}
