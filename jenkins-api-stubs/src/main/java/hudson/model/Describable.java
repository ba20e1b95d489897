/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/model/Describable.java (getDescriptor is a default method since 2.505).
 */
package hudson.model;

public interface Describable<T extends Describable<T>> {

    default Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("stub");
    }
}
