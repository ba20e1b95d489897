package io.jenkins.plugins.argoworkflow.engine.load;

import io.jenkins.plugins.argoworkflow.engine.model.ArchiveStrategy;
import io.jenkins.plugins.argoworkflow.engine.model.Arguments;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.model.ArtifactLocation;
import io.jenkins.plugins.argoworkflow.engine.model.Inputs;
import io.jenkins.plugins.argoworkflow.engine.model.Outputs;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.ValueFrom;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import java.util.ArrayList;
import java.util.List;

/** Readers for inputs, outputs, arguments, parameters and artifacts. */
final class IoReaders {

    private IoReaders() {
    }

    static Inputs inputs(YNode node, ModelReader r) {
        Fields f = r.fields(node, "Inputs");
        Inputs in = new Inputs(f.list("parameters", IoReaders::parameter), f.list("artifacts", IoReaders::artifact));
        f.finish();
        return in;
    }

    static Outputs outputs(YNode node, ModelReader r) {
        Fields f = r.fields(node, "Outputs");
        Outputs out = new Outputs(f.list("parameters", IoReaders::parameter), f.list("artifacts", IoReaders::artifact),
                f.string("result"), f.string("exitCode"));
        f.finish();
        return out;
    }

    static Arguments arguments(YNode node, ModelReader r) {
        Fields f = r.fields(node, "Arguments");
        Arguments a = new Arguments(f.list("parameters", IoReaders::parameter), f.list("artifacts", IoReaders::artifact));
        f.finish();
        return a;
    }

    static Parameter parameter(YNode node, ModelReader r) {
        Fields f = r.fields(node, "Parameter");
        Parameter p = new Parameter(f.string("name"), f.anyString("default"), f.anyString("value"),
                f.object("valueFrom", IoReaders::valueFrom), f.string("globalName"), f.anyStrings("enum"),
                f.anyString("description"), f.location());
        f.finish();
        return p;
    }

    static ValueFrom valueFrom(YNode node, ModelReader r) {
        Fields f = r.fields(node, "ValueFrom");
        ValueFrom v = new ValueFrom(f.string("path"), f.string("jsonPath"), f.string("jqFilter"), f.string("event"),
                f.string("parameter"), f.raw("supplied"), f.raw("configMapKeyRef"), f.anyString("default"),
                f.string("expression"), f.location());
        f.finish();
        return v;
    }

    static Artifact artifact(YNode node, ModelReader r) {
        Fields f = r.fields(node, "Artifact");
        Artifact a = new Artifact(f.string("name"), f.string("path"), f.integer("mode"), f.string("from"),
                f.bool("archiveLogs", false), f.object("archive", IoReaders::archive), f.string("globalName"),
                f.bool("optional", false), f.string("subPath"), f.bool("recurseMode", false),
                f.string("fromExpression"), storage(f, r), f.raw("artifactGC"), f.bool("deleted", false),
                f.location());
        f.finish();
        return a;
    }

    /** The one location kind an artifact names (s3, raw...), or null for the default repository. */
    static ArtifactLocation storage(Fields f, ModelReader r) {
        List<ArtifactLocation> found = new ArrayList<>();
        for (String kind : ArtifactLocation.KINDS) {
            YNode n = f.raw(kind);
            if (n == null) {
                continue;
            }
            if (n instanceof YMap m) {
                ArtifactLocationFields.check(kind, m, r);
                found.add(new ArtifactLocation(kind, m, m.location()));
            } else {
                r.typeError(n, "Artifact." + kind, "a mapping");
            }
        }
        if (found.size() > 1) {
            r.error(found.get(1).location(), "an artifact has one location, but this one sets "
                    + found.stream().map(ArtifactLocation::kind).toList() + "; keep one of them");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    static ArchiveStrategy archive(YNode node, ModelReader r) {
        Fields f = r.fields(node, "ArchiveStrategy");
        ArchiveStrategy result = ArchiveStrategy.DEFAULT;
        int set = 0;
        YNode tar = f.raw("tar");
        if (tar != null) {
            Fields t = r.fields(tar, "TarStrategy");
            result = new ArchiveStrategy(ArchiveStrategy.Kind.TAR, t.integer("compressionLevel"));
            t.finish();
            set++;
        }
        if (f.raw("none") != null) {
            result = new ArchiveStrategy(ArchiveStrategy.Kind.NONE, null);
            set++;
        }
        if (f.raw("zip") != null) {
            result = new ArchiveStrategy(ArchiveStrategy.Kind.ZIP, null);
            set++;
        }
        if (set > 1) {
            r.error(f.location(), "archive sets more than one of tar, none and zip; keep one");
        }
        f.finish();
        return result;
    }
}
