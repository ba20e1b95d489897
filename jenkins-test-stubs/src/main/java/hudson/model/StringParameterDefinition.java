/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/model/StringParameterDefinition.java (class at 44, the constructors at 53, 57, 64 and 70, getDefaultValue at 86).
 * The other members are left out.
 */
package hudson.model;

public class StringParameterDefinition extends SimpleParameterDefinition {

    public StringParameterDefinition(String name) {
        super(name);
        throw new UnsupportedOperationException("stub");
    }

    public StringParameterDefinition(String name, String defaultValue, String description, boolean trim) {
        super(name, description);
        throw new UnsupportedOperationException("stub");
    }

    public StringParameterDefinition(String name, String defaultValue, String description) {
        super(name, description);
        throw new UnsupportedOperationException("stub");
    }

    public StringParameterDefinition(String name, String defaultValue) {
        super(name);
        throw new UnsupportedOperationException("stub");
    }

    public String getDefaultValue() {
        throw new UnsupportedOperationException("stub");
    }
}
