/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/model/AbstractDescribableImpl.java (empty and deprecated since 2.505).
 */
package hudson.model;

@Deprecated(since = "2.505")
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {
}
