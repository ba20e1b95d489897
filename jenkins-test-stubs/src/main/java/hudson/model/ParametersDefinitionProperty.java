/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/model/ParametersDefinitionProperty.java (class at 76, the constructors at 84 and 88,
 * getParameterDefinitionNames at 119, getParameterDefinition at 235, and Action's getDisplayName at 267,
 * getIconFileName at 272, getUrlName at 277, which a concrete Action must have). The other members are left out.
 */
package hudson.model;

import java.util.List;
import jenkins.model.OptionalJobProperty;

public class ParametersDefinitionProperty extends OptionalJobProperty<Job<?, ?>> implements Action {

    public ParametersDefinitionProperty(List<ParameterDefinition> parameterDefinitions) {
        throw new UnsupportedOperationException("stub");
    }

    public ParametersDefinitionProperty(ParameterDefinition... parameterDefinitions) {
        throw new UnsupportedOperationException("stub");
    }

    public List<String> getParameterDefinitionNames() {
        throw new UnsupportedOperationException("stub");
    }

    public ParameterDefinition getParameterDefinition(String name) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("stub");
    }
}
