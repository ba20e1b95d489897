/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/model/BuildableItem.java (interface at 38). Only the type, which ParameterizedJobMixIn.ParameterizedJob extends;
 * its members are left out.
 */
package hudson.model;

public interface BuildableItem extends Item, Queue.Task {
}
