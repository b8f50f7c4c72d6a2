package vn.cityhall.feedback.web;

/**
 * One item of the screening queue as the operator sees it.
 *
 * @param dueKey the message key of the deadline clock, with {@code dueArgs}
 * @param late whether the screening deadline has passed
 */
public record QueueRow(String code, String excerpt, String channelKey, String category, String commune, String received,
        String due, String dueKey, Object[] dueArgs, boolean late, boolean offensive, int photos) {
}
