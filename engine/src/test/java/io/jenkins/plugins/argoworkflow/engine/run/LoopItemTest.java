package io.jenkins.plugins.argoworkflow.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YSeq;
import io.jenkins.plugins.argoworkflow.engine.yaml.YamlLoader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoopItemTest {

    private static List<YNode> yamlItems(String flowList) {
        return ((YSeq) new YamlLoader().loadAll("t.yaml", flowList).get(0)).items();
    }

    @ParameterizedTest(name = "withParam item {0} is named ({1}) and reads as {2}")
    @CsvSource(delimiter = '|', value = {
        "\"linux\"|linux|linux",
        "1.50|1.50|1.50",
        "1e3|1e3|1e3",
        "true|true|true",
        "{\"os\": \"linux\", \"arch\": \"amd64\"}|arch:amd64,os:linux|{\"os\":\"linux\",\"arch\":\"amd64\"}",
        "[1, \"a\", [2]]|[1 a [2]]|[1,\"a\",[2]]",
        "\"say (hi)\"|say hi|say (hi)",
        "\"a\\\"b\"|a\\\"b|a\"b",
        "null|[]|null"
    })
    void withParamItemsKeepTheirJsonText(String json, String description, String variable) {
        LoopItem item = new LoopItem(JsonValue.parse(json));
        assertThat(item.description()).isEqualTo(description);
        assertThat(item.asVariable()).isEqualTo(variable);
    }

    @ParameterizedTest(name = "withItems item {0} is named ({1})")
    @CsvSource(delimiter = '|', value = {
        "[yes]|true",
        "[1.0]|1",
        "[010]|8",
        "['010']|010",
        "[{b: 2, a: x}]|a:x,b:2",
        "[1e-7]|1e-7"
    })
    void withItemsGoThroughArgosYamlToJsonStep(String yaml, String description) {
        LoopItem item = new LoopItem(JsonValue.fromYaml(yamlItems(yaml).get(0)));
        assertThat(item.description()).isEqualTo(description);
    }
}
