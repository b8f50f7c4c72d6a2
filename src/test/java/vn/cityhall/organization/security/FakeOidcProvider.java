package vn.cityhall.organization.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A minimal OpenID Connect provider on the loopback interface for tests: a JWKS endpoint and a token
 * endpoint that answers any code with an RS256-signed ID token for the user set by the test.
 */
final class FakeOidcProvider {

    static final String CLIENT_ID = "cityhall";

    private final HttpServer server;
    private final RSAKey key;
    private volatile Map<String, Object> nextUser = Map.of();
    private volatile String nextNonce;

    FakeOidcProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID("fake-key").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/jwks", exchange -> respond(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/token", this::token);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The claims (besides the standard ones) of the next ID token, and the nonce of the login in progress. */
    void nextLogin(Map<String, Object> claims, String nonce) {
        this.nextUser = claims;
        this.nextNonce = nonce;
    }

    private void token(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(baseUrl())
                .subject("sub-" + nextUser.getOrDefault("preferred_username", "x"))
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nextNonce);
        nextUser.forEach(claims::claim);
        SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims.build());
        try {
            idToken.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IOException(e);
        }
        respond(exchange, "{\"access_token\":\"fake-access-token\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                + "\"scope\":\"openid profile email\",\"id_token\":\"" + idToken.serialize() + "\"}");
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
