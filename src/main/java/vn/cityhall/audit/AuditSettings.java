package vn.cityhall.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Audit settings, {@code cityhall.audit.*}.
 *
 * @param recordAnonymousDenials whether to record access denials of visitors who are not signed
 *        in. Off by default: such a denial is the ordinary "please sign in" redirect (or a 401 for
 *        the API), not a violation, and recording it would let anyone on the internet add entries
 *        to the chain at will. Denials of signed-in users are always recorded.
 * @param pageSize entries per page on the search page
 * @param verificationBatchSize entries read per query while verifying the chain
 */
@ConfigurationProperties("cityhall.audit")
record AuditSettings(
        @DefaultValue("false") boolean recordAnonymousDenials,
        @DefaultValue("50") int pageSize,
        @DefaultValue("1000") int verificationBatchSize) {

    AuditSettings {
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("cityhall.audit.page-size must be between 1 and 500: " + pageSize);
        }
        if (verificationBatchSize < 1) {
            throw new IllegalArgumentException("cityhall.audit.verification-batch-size must be positive");
        }
    }
}
