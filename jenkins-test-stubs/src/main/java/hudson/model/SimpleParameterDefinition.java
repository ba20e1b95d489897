/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/model/SimpleParameterDefinition.java (class at 15, the protected constructors at 16 and 24). Its members are left
 * out (the abstract createValue(String) among them: no test subclasses it).
 */
package hudson.model;

public abstract class SimpleParameterDefinition extends ParameterDefinition {

    protected SimpleParameterDefinition(String name) {
        super(name);
        throw new UnsupportedOperationException("stub");
    }

    protected SimpleParameterDefinition(String name, String description) {
        super(name, description);
        throw new UnsupportedOperationException("stub");
    }
}
