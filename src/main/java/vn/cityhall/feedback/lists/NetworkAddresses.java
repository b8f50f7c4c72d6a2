package vn.cityhall.feedback.lists;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Network addresses as an operator types them, in the form the server reports a client's address
 * (and intake stores it): IPv4 in dotted decimal, IPv6 in Java's full form ({@code 2001:db8:0:0:0:0:0:1}),
 * which is how Tomcat prints a connection's address. Only literals are accepted: nothing is ever
 * looked up in DNS.
 */
final class NetworkAddresses {

    private static final Pattern IPV4 = Pattern.compile("(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private NetworkAddresses() {
    }

    /** The address in stored form, or empty if the text is not an IPv4 or IPv6 literal. */
    static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        Matcher ipv4 = IPV4.matcher(text);
        if (ipv4.matches()) {
            for (int group = 1; group <= 4; group++) {
                if (Integer.parseInt(ipv4.group(group)) > 255) {
                    return Optional.empty();
                }
            }
            return Optional.of(text);
        }
        if (!text.contains(":") || !IPV6_CHARACTERS.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            // In brackets the JDK parses the text as an IPv6 literal and refuses it otherwise, never resolving a name.
            // An IPv4-mapped address (::ffff:192.0.2.1) comes back as the IPv4 address it maps.
            return Optional.of(InetAddress.getByName("[" + text + "]").getHostAddress());
        } catch (UnknownHostException notALiteral) {
            return Optional.empty();
        }
    }
}
