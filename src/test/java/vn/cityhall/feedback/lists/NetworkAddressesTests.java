package vn.cityhall.feedback.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkAddressesTests {

    @Test
    void keepsAnIpv4AddressAsTyped() {
        assertThat(NetworkAddresses.normalize(" 203.0.113.7 ")).hasValue("203.0.113.7");
        assertThat(NetworkAddresses.normalize("0.0.0.0")).hasValue("0.0.0.0");
        assertThat(NetworkAddresses.normalize("255.255.255.255")).hasValue("255.255.255.255");
    }

    @Test
    void writesIpv6TheWayTheServerReportsAClientAddress() {
        assertThat(NetworkAddresses.normalize("2001:DB8::7")).hasValue("2001:db8:0:0:0:0:0:7");
        assertThat(NetworkAddresses.normalize("::1")).hasValue("0:0:0:0:0:0:0:1");
        assertThat(NetworkAddresses.normalize("::ffff:198.51.100.4")).as("an IPv4-mapped address").hasValue("198.51.100.4");
    }

    @Test
    void refusesWhatIsNotAnAddressLiteralWithoutLookingItUp() {
        assertThat(NetworkAddresses.normalize("256.1.1.1")).isEmpty();
        assertThat(NetworkAddresses.normalize("10.0.0")).isEmpty();
        assertThat(NetworkAddresses.normalize("010.0.0.1")).as("leading zeros are ambiguous").isEmpty();
        assertThat(NetworkAddresses.normalize("1.2.3.4/24")).isEmpty();
        assertThat(NetworkAddresses.normalize("2001:db8::zz")).isEmpty();
        assertThat(NetworkAddresses.normalize("1:2:3:4:5:6:7:8:9")).isEmpty();
        assertThat(NetworkAddresses.normalize("fe80::1%eth0")).isEmpty();
        assertThat(NetworkAddresses.normalize("localhost")).isEmpty();
        assertThat(NetworkAddresses.normalize("cityhall.example")).isEmpty();
        assertThat(NetworkAddresses.normalize("")).isEmpty();
        assertThat(NetworkAddresses.normalize(null)).isEmpty();
    }
}
