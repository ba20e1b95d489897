/*
 * Signature-only stub. Checked against jenkinsci/stapler, version 2050.v425108fd5089 (what jenkins-2.541.3 pins),
 * core/src/main/java/org/kohsuke/stapler/StaplerResponse2.java (interface at 49). The plugin uses only the
 * servlet members, which come from the real jakarta.servlet-api jar; the Stapler ones are left out.
 */
package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletResponse;

public interface StaplerResponse2 extends HttpServletResponse {
}
