package vn.cityhall.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.audit.ChainVerification.Kind;
import vn.cityhall.audit.ChainVerification.Problem;
import vn.cityhall.shared.AuditActor;

/**
 * Rows changed or removed directly in the database are found by the verification, which names
 * the first broken entry. Every test puts the rows back, so the shared chain stays sound.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class TamperDetectionTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvc mvc;

    Tampering tampering;
    String marker;

    @BeforeEach
    void setUp() {
        tampering = new Tampering(jdbc, transactions);
        marker = "tamper-" + UUID.randomUUID();
    }

    @Test
    @WithUserDetails("admin")
    void findsAChangedDetailAndReportsItOnThePageAndInJson() throws Exception {
        long target = append("password reset");
        append("after");
        Tampering.Snapshot original = tampering.snapshot(target);
        try {
            tampering.asAttacker(sql -> sql.update("update audit_entry set detail = ? where sequence_number = ?",
                    "nothing happened", target));

            ChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstProblem()).isEqualTo(new Problem(target, Kind.MODIFIED));
            assertThat(result.entries()).isEqualTo(target - 1);

            mvc.perform(get("/api/v1/admin/audit/verification"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.entries").value(target - 1))
                    .andExpect(jsonPath("$.firstProblem.sequence").value(target))
                    .andExpect(jsonPath("$.firstProblem.kind").value("MODIFIED"));
            mvc.perform(post("/admin/audit/verification").with(csrf()).header("HX-Request", "true"))
                    .andExpect(status().isOk())
                    .andExpect(view().name("audit/verificationResult"))
                    .andExpect(content().string(containsString(
                            "Nhật ký KHÔNG toàn vẹn: phát hiện sai lệch tại bản ghi số " + target + ".")))
                    .andExpect(content().string(containsString("Nội dung bản ghi này đã bị sửa sau khi ghi")));
        } finally {
            tampering.restore(original);
        }
        assertThat(verifier.verify().intact()).isTrue();
        assertThat(AuditRows.after(jdbc, target)).anySatisfy(row -> {
            assertThat(row.action()).isEqualTo(AuditLog.VERIFIED);
            assertThat(row.outcome()).isEqualTo(AuditOutcome.FAILURE);
            assertThat(row.detail())
                    .isEqualTo("MODIFIED at " + target + ", " + (target - 1) + " sound entries before it");
        });
    }

    @Test
    void findsADeletedEntryInTheMiddle() {
        append("first");
        long middle = append("middle");
        append("last");
        Tampering.Snapshot original = tampering.snapshot(middle);
        try {
            tampering.asAttacker(sql -> sql.update("delete from audit_entry where sequence_number = ?", middle));

            ChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstProblem()).isEqualTo(new Problem(middle, Kind.MISSING));
        } finally {
            tampering.restore(original);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void findsARewrittenEntryWithARecomputedHashAtTheNextLink() {
        long forged = append("role SYSTEM_ADMIN granted");
        long next = append("next");
        Tampering.Snapshot original = tampering.snapshot(forged);
        String recomputed = original.content("role OFFICER granted").hash();
        try {
            tampering.asAttacker(sql -> sql.update(
                    "update audit_entry set detail = ?, hash = ? where sequence_number = ?",
                    "role OFFICER granted", recomputed, forged));

            assertThat(verifier.verify().firstProblem()).isEqualTo(new Problem(next, Kind.BROKEN_LINK));
        } finally {
            tampering.restore(original);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void findsAnInvalidStoredValueAsAModification() {
        long target = append("outcome");
        Tampering.Snapshot original = tampering.snapshot(target);
        try {
            tampering.asAttacker(sql -> sql.update(
                    "update audit_entry set previous_hash = ? where sequence_number = ?", "not a hash", target));

            assertThat(verifier.verify().firstProblem()).isEqualTo(new Problem(target, Kind.MODIFIED));
        } finally {
            tampering.restore(original);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void onPostgresqlTheDatabaseItselfRefusesToChangeOrRemoveEntries() {
        assumeTrue(tampering.postgres(), "the append-only trigger exists on PostgreSQL only");
        long target = append("protected");
        assertThatThrownBy(() -> jdbc.update("update audit_entry set detail = 'x' where sequence_number = ?", target))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where sequence_number = ?", target))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(AuditRows.bySequence(jdbc, target).detail()).isEqualTo("protected");
    }

    private long append(String detail) {
        return trail.record(new AuditActor("tester", null, "192.0.2.1"), "test.tamper.target", "Probe", marker, detail,
                AuditOutcome.SUCCESS);
    }
}
