/**
 * The Kubernetes runtime: each leaf node as a pod with init and wait executor containers beside the
 * user's main container (docs/ARCHITECTURE.md), built, watched and collected through fabric8.
 */
package io.jenkins.plugins.argoworkflow.kubernetes;
