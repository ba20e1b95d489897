/**
 * Argo's expression languages and template substitution, evaluated as Argo v4.1.2 evaluates them.
 *
 * <ul>
 *   <li>{@link io.jenkins.plugins.argoworkflow.engine.expr.TemplateText}: {@code {{...}}} tags in a string, parsed
 *       once and rendered against {@link io.jenkins.plugins.argoworkflow.engine.expr.Variables};
 *       {@link io.jenkins.plugins.argoworkflow.engine.expr.Unresolved} says what happens to tags that do not
 *       resolve.</li>
 *   <li>{@link io.jenkins.plugins.argoworkflow.engine.expr.WhenExpression}: {@code when}, in govaluate.</li>
 *   <li>{@link io.jenkins.plugins.argoworkflow.engine.expr.DependsExpression}: a DAG task's {@code depends} or
 *       {@code dependencies}.</li>
 *   <li>{@link io.jenkins.plugins.argoworkflow.engine.expr.ExprLangExpression}: {@code {{= }}}, hook, retry and
 *       {@code valueFrom} expressions, in an expr-lang subset with Argo's functions and Sprig.</li>
 * </ul>
 *
 * <p>Parsed forms are immutable and may be shared between threads; each evaluation keeps its own state. Every
 * problem is an {@link io.jenkins.plugins.argoworkflow.engine.expr.ExpressionException} with the position in the
 * text it is about. The package depends on no other package of the engine (Jackson reads JSON).
 */
package io.jenkins.plugins.argoworkflow.engine.expr;
