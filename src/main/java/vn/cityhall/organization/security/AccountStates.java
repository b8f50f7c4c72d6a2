package vn.cityhall.organization.security;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The version and active flag of a person's row, read on every signed-in request by
 * {@link AccountRevalidation}: one primary-key lookup in plain JDBC, without the repository's
 * transaction and projection proxy, which cost more than the query.
 */
class AccountStates {

    private static final String QUERY = "select version, active from organization_person where id = ?";

    private final JdbcTemplate jdbc;

    AccountStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the session compares with, or empty when the person no longer exists. */
    record AccountState(long version, boolean active) {
    }

    Optional<AccountState> of(long personId) {
        return jdbc.query(QUERY, (rs, row) -> new AccountState(rs.getLong("version"), rs.getBoolean("active")), personId)
                .stream().findFirst();
    }
}
