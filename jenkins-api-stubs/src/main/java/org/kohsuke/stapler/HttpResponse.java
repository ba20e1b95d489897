/*
 * Signature-only stub. Checked against jenkinsci/stapler, version 2050.v425108fd5089 (what jenkins-2.541.3 pins),
 * core/src/main/java/org/kohsuke/stapler/HttpResponse.java. Its generateResponse default methods are left out:
 * the plugin only returns FormValidation, which implements this interface.
 */
package org.kohsuke.stapler;

public interface HttpResponse {
}
