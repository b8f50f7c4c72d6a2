package vn.cityhall.organization.imports;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Uploading CSV files in tests, and unique codes so tests sharing one database never collide. */
final class ImportFixtures {

    private ImportFixtures() {
    }

    static String unique(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Uploads the file for a preview and returns where the server redirected (the preview page). */
    static String upload(MockMvc mvc, MockHttpSession session, String kind, byte[] content) throws Exception {
        return mvc.perform(multipart("/admin/imports/preview")
                        .file(new MockMultipartFile("file", kind + ".csv", "text/csv", content))
                        .param("kind", kind).with(csrf()).session(session))
                .andReturn().getResponse().getRedirectedUrl();
    }

    static String token(String previewUrl) {
        return previewUrl.substring(previewUrl.lastIndexOf('/') + 1);
    }
}
