package vn.cityhall.zalo.simulator;

/**
 * One bubble of the simulated chat. A citizen's bubble carries what was sent and the webhook's answer; the OA's
 * carries the text Zalo accepted and the status the application recorded for it.
 *
 * @param fromCitizen the citizen's bubble (right), or the OA's (left)
 * @param text what the bubble says, or {@code null} to show only its label
 * @param labelKey the message key naming what kind of event it was (e.g. a photo), or {@code null}
 * @param mediaPath the fake CDN path of a photo to show, or {@code null}
 * @param webhookKey the key of the webhook's answer to a citizen's event, or {@code null}
 * @param webhookStatus that answer's HTTP status (0 when the webhook could not be reached)
 * @param refused whether the webhook refused the event
 * @param statusKey the key of an OA message's status in the outbox, or {@code null}
 * @param shareRequest whether the OA's message asks the citizen to share their details
 */
public record ChatLine(String time, boolean fromCitizen, String text, String labelKey, String mediaPath,
        String webhookKey, int webhookStatus, boolean refused, String statusKey, boolean shareRequest) {
}
