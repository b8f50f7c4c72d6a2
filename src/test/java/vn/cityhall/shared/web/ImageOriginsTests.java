package vn.cityhall.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ImageOriginsTests {

    @Test
    void aTileUrlTemplateGivesItsOriginWithSubdomainsAsAWildcard() {
        assertThat(ImageOrigins.ofUrlTemplate("https://tile.openstreetmap.org/{z}/{x}/{y}.png").origins())
                .containsExactly("https://tile.openstreetmap.org");
        assertThat(ImageOrigins.ofUrlTemplate("https://{s}.tiles.example.vn:8443/{z}/{x}/{y}.png?key=abc").origins())
                .containsExactly("https://*.tiles.example.vn:8443");
    }

    @Test
    void noTilesOrTilesFromCityHallItselfNeedNoOrigin() {
        assertThat(ImageOrigins.ofUrlTemplate("").origins()).isEmpty();
        assertThat(ImageOrigins.ofUrlTemplate(null).origins()).isEmpty();
        assertThat(ImageOrigins.ofUrlTemplate("/tiles/{z}/{x}/{y}.png").origins()).isEmpty();
    }

    @Test
    void refusesWhatCouldWidenThePolicy() {
        assertThatThrownBy(() -> ImageOrigins.ofUrlTemplate("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImageOrigins.ofUrlTemplate("//tiles.example.vn/{z}.png")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImageOrigins(List.of("https://a.vn; script-src *"))).isInstanceOf(IllegalArgumentException.class);
    }
}
