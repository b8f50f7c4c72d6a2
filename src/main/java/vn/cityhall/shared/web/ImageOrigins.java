package vn.cityhall.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Origins outside CityHall whose images pages may show, such as a map's tile server. A module that
 * needs one declares it as a bean; the content security policy ({@code img-src}) allows exactly these.
 *
 * @param origins each {@code scheme://host[:port]}, the host possibly starting with {@code *.}
 */
public record ImageOrigins(List<String> origins) {

    private static final Pattern ORIGIN = Pattern.compile("https?://(\\*\\.)?[a-z0-9.-]+(:\\d{1,5})?");

    public ImageOrigins {
        origins = List.copyOf(origins);
        for (String origin : origins) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("Not an image origin: " + origin);
            }
        }
    }

    /**
     * The origin of a URL template such as {@code https://{s}.tile.example.org/{z}/{x}/{y}.png}
     * ({@code {s}}, a subdomain placeholder, becomes {@code *}); none for an empty template or a path
     * on CityHall itself ({@code /tiles/{z}/{x}/{y}.png}).
     *
     * @throws IllegalArgumentException if the template is neither an http(s) URL nor a local path
     */
    public static ImageOrigins ofUrlTemplate(String template) {
        if (template == null || template.isBlank() || (template.startsWith("/") && !template.startsWith("//"))) {
            return new ImageOrigins(List.of());
        }
        String placeholdersFilled = template.strip().replace("{s}", "sub").replaceAll("\\{[a-z]+}", "0");
        URI uri;
        try {
            uri = URI.create(placeholdersFilled);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a URL template: " + template, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((!scheme.equals("https") && !scheme.equals("http")) || uri.getHost() == null) {
            throw new IllegalArgumentException("Not an http(s) URL template: " + template);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (template.contains("{s}.")) {
            host = "*" + host.substring(host.indexOf('.'));
        }
        return new ImageOrigins(List.of(scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort())));
    }
}
