package vn.cityhall.feedback.api;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/**
 * The two formats of Open311, chosen by the resource's suffix ({@code services.xml},
 * {@code services.json}): XML (mandatory) and JSON, both UTF-8.
 */
enum Open311Format {

    XML(new MediaType(MediaType.TEXT_XML, StandardCharsets.UTF_8)),
    JSON(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8));

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    /** The format of a suffix; the mappings accept only {@code json} and {@code xml}. */
    static Open311Format of(String suffix) {
        return valueOf(suffix.toUpperCase(Locale.ROOT));
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The document as a response: {@code root} names the XML root element (JSON has none). */
    ResponseEntity<String> respond(HttpStatus status, String root, Object document, JsonMapper json) {
        String body = this == JSON ? json.writeValueAsString(document) : Open311Xml.write(root, document);
        return ResponseEntity.status(status).contentType(mediaType).body(body);
    }
}
