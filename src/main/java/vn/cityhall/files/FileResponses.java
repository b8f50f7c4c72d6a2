package vn.cityhall.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Builds the response that serves a stored file, once the owning module has checked that the
 * user may see it:
 * <pre>{@code
 * StoredFile file = fileStore.find(id).orElseThrow(NotFound::new);
 * // the owning module's access check here
 * return FileResponses.attachment(file, fileStore.content(file));
 * }</pre>
 * The response carries the detected media type and length, {@code X-Content-Type-Options: nosniff},
 * the SHA-256 as ETag (Spring MVC then answers a matching {@code If-None-Match} with 304), a private
 * no-cache policy, and a {@code Content-Disposition} whose name works in every browser: an ASCII
 * fallback ({@code filename="Bao cao.pdf"}) and the exact name in UTF-8 ({@code filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf},
 * RFC 6266 and RFC 5987).
 */
public final class FileResponses {

    private FileResponses() {
    }

    /** Serves the file for download. */
    public static ResponseEntity<Resource> attachment(StoredFile file, Resource content) {
        return response(file, content, "attachment");
    }

    /**
     * Serves an image to show in a page ({@code <img src>}). Only re-encodable raster images are
     * shown inline; anything else is still served as an attachment.
     */
    public static ResponseEntity<Resource> inline(StoredFile file, Resource content) {
        boolean raster = switch (file.type()) {
            case JPEG, PNG, GIF, WEBP -> true;
            default -> false;
        };
        return response(file, content, raster ? "inline" : "attachment");
    }

    /** The {@code Content-Disposition} value for a file name, e.g. {@code attachment; filename="a.pdf"; filename*=UTF-8''a.pdf}. */
    public static String contentDisposition(String disposition, String fileName) {
        return disposition + "; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    private static ResponseEntity<Resource> response(StoredFile file, Resource content, String disposition) {
        MediaType type = MediaType.parseMediaType(file.mediaType());
        if ("text".equals(type.getType())) {
            type = new MediaType(type, StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(file.size())
                .eTag("\"" + file.sha256() + "\"")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(disposition, file.name()))
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    /** The name in printable ASCII: Vietnamese letters without their marks, anything else as "_". */
    static String asciiFallback(String name) {
        String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
        StringBuilder ascii = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            boolean plain = c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%';
            ascii.append(plain ? c : '_');
        }
        return ascii.toString();
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other UTF-8 byte as %XX. */
    static String rfc5987(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAttrChar(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0x0F, 16)));
            }
        }
        return encoded.toString();
    }

    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
