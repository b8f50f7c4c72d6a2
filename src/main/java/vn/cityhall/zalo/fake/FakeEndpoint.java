package vn.cityhall.zalo.fake;

/** The Zalo endpoints the fake plays. */
public enum FakeEndpoint {
    /** {@code POST /v3.0/oa/message/cs}. */
    CS,
    /** {@code POST /v2.0/oa/message}, shut down by Zalo. */
    V2,
    /** {@code POST /message/template} (ZNS). */
    ZNS,
    /** {@code POST /v4/oa/access_token}. */
    OAUTH
}
