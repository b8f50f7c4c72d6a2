/**
 * The audit trail (nhật ký kiểm tra): an append-only, tamper-evident log of who did what, when and
 * from where. It records every event that implements {@link vn.cityhall.shared.Audited}, the
 * security events (logins, failed logins, access denials, logouts) and whatever other modules pass
 * to {@link vn.cityhall.audit.AuditTrail}. Every entry is chained to the previous one by a SHA-256
 * hash, so that {@link vn.cityhall.audit.AuditLog#verifyChain()} finds the first entry that was
 * changed or removed. Administrators search the log and run the verification under
 * {@code /admin/audit}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.cityhall.audit;
