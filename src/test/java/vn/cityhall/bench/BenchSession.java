package vn.cityhall.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated browser: its own cookie jar and connection, signed in through the login form
 * (GET /login for the {@code _csrf} token, POST /login with username, password and token).
 */
final class BenchSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String base;
    private final HttpClient client;

    private BenchSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    static BenchSession signIn(String base, String username, String password) throws IOException, InterruptedException {
        BenchSession session = new BenchSession(base);
        HttpResponse<String> page = session.client.send(session.request("/login").build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !token.find()) {
            throw new IOException("GET /login answered " + page.statusCode() + " without a _csrf field");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<Void> login = session.client.send(session.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("/login")) {
            throw new IOException("sign-in of " + username + " failed: " + login.statusCode() + " " + location);
        }
        return session;
    }

    /** GETs a page, reads the whole body and returns the status; an htmx request if asked. */
    int get(String path, boolean htmx) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path);
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
