/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/model/ChoiceParameterDefinition.java (class at 29, the constructors at 44, 50 and 73, getChoices at 129). The other
 * members are left out.
 */
package hudson.model;

import java.util.List;

public class ChoiceParameterDefinition extends SimpleParameterDefinition {

    public ChoiceParameterDefinition(String name, String choices, String description) {
        super(name, description);
        throw new UnsupportedOperationException("stub");
    }

    public ChoiceParameterDefinition(String name, String[] choices, String description) {
        super(name, description);
        throw new UnsupportedOperationException("stub");
    }

    public ChoiceParameterDefinition(String name, String description) {
        super(name, description);
        throw new UnsupportedOperationException("stub");
    }

    public List<String> getChoices() {
        throw new UnsupportedOperationException("stub");
    }
}
