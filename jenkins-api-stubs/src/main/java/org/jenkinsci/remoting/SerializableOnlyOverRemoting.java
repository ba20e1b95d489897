/*
 * Signature-only stub. Checked against jenkinsci/remoting, src/main/java/org/jenkinsci/remoting/
 * SerializableOnlyOverRemoting.java (remoting 3352.v17a_fb_4b_2773f, the version jenkins-2.541.3 bundles).
 * Its default getChannelForSerDes is left out: the plugin does not call it.
 */
package org.jenkinsci.remoting;

import java.io.Serializable;

public interface SerializableOnlyOverRemoting extends Serializable {
}
