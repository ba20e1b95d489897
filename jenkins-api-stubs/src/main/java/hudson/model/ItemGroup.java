/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/ItemGroup.java (interface at 46 in 2.541.3, at 44 in 2.479.3). Only the type and
 * its type parameter, for the protected constructors of Job and AbstractProject; its super-interfaces (which
 * differ between the two tags) and its members are left out.
 */
package hudson.model;

public interface ItemGroup<T extends Item> {
}
