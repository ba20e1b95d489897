/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/jenkins/model/OptionalJobProperty.java (class at 41). Only the type, ParametersDefinitionProperty's superclass; the nested
 * descriptor is left out; it has no declared constructor.
 */
package jenkins.model;

import hudson.model.Job;
import hudson.model.JobProperty;

public abstract class OptionalJobProperty<J extends Job<?, ?>> extends JobProperty<J> {
}
