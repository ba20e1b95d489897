/*
 * Signature-only stub. Checked against jenkinsci/stapler, version 2050.v425108fd5089 (what jenkins-2.541.3 pins;
 * StaplerRequest2 exists since the Jakarta move that jenkins-2.479.3 already has),
 * core/src/main/java/org/kohsuke/stapler/StaplerRequest2.java (interface at 52, getRestOfPath at 80). The
 * servlet members come from the real jakarta.servlet-api jar; the other Stapler members are left out.
 */
package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;

public interface StaplerRequest2 extends HttpServletRequest {

    String getRestOfPath();
}
