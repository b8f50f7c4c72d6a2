package vn.cityhall.zalo.outbound;

/**
 * How a message goes out: a customer-service message to the Zalo user id, or, after a window error,
 * the configured ZNS template to the citizen's phone (zalo-oa.md §5).
 */
public enum OutboxChannel {
    CS, ZNS
}
