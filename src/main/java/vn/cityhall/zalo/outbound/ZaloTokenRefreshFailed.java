package vn.cityhall.zalo.outbound;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.cityhall.shared.Notifiable;

/**
 * Refreshing the OA's access token failed: Zalo refused the refresh token (spent, expired, revoked) or
 * could not be reached. Messages wait in the outbox; if Zalo refused the token, an OA administrator must
 * authorize the app again in a browser. Published once per run of failures, to the system administrators.
 *
 * @param failingSince when this run of failures began
 * @param recipients the active system administrators' person ids
 * @param titleArguments the time the failures began (HH:mm dd/MM/yyyy)
 */
public record ZaloTokenRefreshFailed(Instant failingSince, Set<Long> recipients, List<String> titleArguments)
        implements Notifiable {

    public ZaloTokenRefreshFailed {
        Objects.requireNonNull(failingSince, "failingSince");
        recipients = Set.copyOf(recipients);
        titleArguments = List.copyOf(titleArguments);
    }

    @Override
    public String notificationKind() {
        return "zalo.tokenRefreshFailed";
    }

    @Override
    public String titleKey() {
        return "zalooutbound.notification.refreshFailed";
    }

    @Override
    public String link() {
        return ZaloOutboxController.PATH;
    }

    @Override
    public String deduplicationKey() {
        return "zalo.tokenRefreshFailed:" + failingSince.toEpochMilli();
    }

    @Override
    public boolean urgent() {
        return true;
    }
}
