package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageOverridesTest {

    private final ImageOverrides overrides =
            ImageOverrides.parse("argoproj/argosay:v2=mirror:5000/argosay:v2, busybox=mirror:5000/busybox");

    @Test
    void replacesImageValuesPlainOrQuotedInYamlAndJson() {
        String yaml = """
                  - image: busybox
                    image: "argoproj/argosay:v2"
                    image: 'busybox'   # a comment
                {"image": "busybox", "args": ["busybox"]}
                """;
        assertThat(overrides.apply(yaml)).isEqualTo("""
                  - image: mirror:5000/busybox
                    image: "mirror:5000/argosay:v2"
                    image: 'mirror:5000/busybox'   # a comment
                {"image": "mirror:5000/busybox", "args": ["busybox"]}
                """);
    }

    @Test
    void leavesOtherImagesAndOtherFieldsAlone() {
        String yaml = "image: busybox:1.36\nimage: alpine\nargs: [busybox]\nmessage: image: busybox-like\n";
        assertThat(overrides.apply(yaml)).isEqualTo(yaml);
    }

    @Test
    void noSpecGivesNoReplacement() {
        assertThat(ImageOverrides.parse(null).apply("image: busybox")).isEqualTo("image: busybox");
        assertThat(ImageOverrides.parse(" ").images()).isEmpty();
    }

    @Test
    void aPairWithoutEqualsSaysTheFormat() {
        assertThatThrownBy(() -> ImageOverrides.parse("busybox"))
                .hasMessageContaining("'busybox' is not FROM=TO").hasMessageContaining("separated by commas");
    }
}
