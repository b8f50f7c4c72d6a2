package vn.cityhall.organization.security;

/** The password of every demo account; printed at start-up in demo mode and refused otherwise. */
public final class DemoPassword {

    public static final String VALUE = "HaNoi@2026";

    private DemoPassword() {
    }
}
