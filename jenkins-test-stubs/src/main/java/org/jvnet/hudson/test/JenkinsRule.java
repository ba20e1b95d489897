/*
 * Signature-only stub. Checked against jenkinsci/jenkins-test-harness at 2578.v44660312fd37 (commit 44660312, the version
 * plugin-pom 6.2221.va_045130417c9 pins),
 * src/main/java/org/jvnet/hudson/test/JenkinsRule.java (class at 263, jenkins at 275, contextPath at 291 (whose
 * "/jenkins" is null here: a stub holds no value), createProject at 870, createFreeStyleProject at 883 and 887,
 * createDummySecurityRealm at 968, DummySecurityRealm at 973 with its package-private constructor, getURL at 1026,
 * configRoundtrip() at 1393 and its Item, Builder and Cloud overloads at 1403, 1411 and 1457, assertBuildStatus at
 * 1473, assertBuildStatusSuccess at 1507 and 1512, buildAndAssertSuccess at 1518 and 1542, buildAndAssertStatus at
 * 1528, assertLogContains at 1551, assertLogNotContains at 1560, waitForCompletion at 1588, waitForMessage at 1613,
 * waitUntilNoActivity at 2035, createWebClient at 2331, the inner class WebClient at 2341 with
 * its constructor, login at 2429 and 2575, withThrowExceptionOnFailingStatusCode at 2505, goTo at 2724 and 2742,
 * addCrumb at 2811). WebClient extends the real HtmlUnit WebClient (org.htmlunit:htmlunit, docs/STUBS.md), whose
 * getPage(URL) and getPage(WebRequest) the tests call. JenkinsRule's interfaces (JUnit 4's TestRule and MethodRule,
 * Jenkins's RootAction), the configRoundtrip overloads for types the tests never name (Publisher,
 * ComputerConnector, User, Node, View), WebClient's other getPage overloads and the other members are left out.
 */
package org.jvnet.hudson.test;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TopLevelItem;
import hudson.security.AbstractPasswordBasedSecurityRealm;
import hudson.slaves.Cloud;
import hudson.tasks.Builder;
import java.io.IOException;
import java.net.URL;
import java.util.concurrent.Future;
import jenkins.model.Jenkins;
import jenkins.model.ParameterizedJobMixIn;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlPage;
import org.xml.sax.SAXException;

@SuppressWarnings("rawtypes")
public class JenkinsRule {

    public Jenkins jenkins;

    public String contextPath;

    public <T extends TopLevelItem> T createProject(Class<T> type, String name) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public FreeStyleProject createFreeStyleProject() throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public FreeStyleProject createFreeStyleProject(String name) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public DummySecurityRealm createDummySecurityRealm() {
        throw new UnsupportedOperationException("stub");
    }

    public static class DummySecurityRealm extends AbstractPasswordBasedSecurityRealm {

        DummySecurityRealm() {
            throw new UnsupportedOperationException("stub");
        }
    }

    public URL getURL() throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public void configRoundtrip() throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public <P extends Item> P configRoundtrip(P job) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public <B extends Builder> B configRoundtrip(B before) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public <C extends Cloud> C configRoundtrip(C cloud) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public <R extends Run> R assertBuildStatus(Result status, R r) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public <R extends Run> R assertBuildStatusSuccess(R r) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public <R extends Run> R assertBuildStatusSuccess(Future<? extends R> r) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public <J extends Job<J, R> & ParameterizedJobMixIn.ParameterizedJob<J, R>, R extends Run<J, R> & Queue.Executable>
            R buildAndAssertSuccess(J job) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public <J extends Job<J, R> & ParameterizedJobMixIn.ParameterizedJob<J, R>, R extends Run<J, R> & Queue.Executable>
            R buildAndAssertStatus(Result status, J job) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public FreeStyleBuild buildAndAssertSuccess(FreeStyleProject job) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public void assertLogContains(String substring, Run run) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public void assertLogNotContains(String substring, Run run) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public <R extends Run<?, ?>> R waitForCompletion(R r) throws InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public <R extends Run<?, ?>> R waitForMessage(String message, R r) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public void waitUntilNoActivity() throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public WebClient createWebClient() {
        throw new UnsupportedOperationException("stub");
    }

    public class WebClient extends org.htmlunit.WebClient {

        private static final long serialVersionUID = -7944895389154288881L;

        public WebClient() {
            throw new UnsupportedOperationException("stub");
        }

        public WebClient login(String username, String password) throws Exception {
            throw new UnsupportedOperationException("stub");
        }

        public WebClient withThrowExceptionOnFailingStatusCode(boolean enabled) {
            throw new UnsupportedOperationException("stub");
        }

        public WebClient login(String username) throws Exception {
            throw new UnsupportedOperationException("stub");
        }

        public HtmlPage goTo(String relative) throws IOException, SAXException {
            throw new UnsupportedOperationException("stub");
        }

        public Page goTo(String relative, String expectedContentType) throws IOException, SAXException {
            throw new UnsupportedOperationException("stub");
        }

        public WebRequest addCrumb(WebRequest req) {
            throw new UnsupportedOperationException("stub");
        }
    }
}
