package vn.cityhall.notifications.web;

/**
 * One notification as a page shows it, in the viewer's language.
 *
 * @param when the time relative to now ("5 phút trước") or the date for older ones
 * @param whenExact the date and time in the city's zone, {@code dd/MM/yyyy HH:mm}
 * @param whenIso the instant for {@code <time datetime>}
 */
public record NotificationRow(long id, String title, String kindLabel, boolean read, boolean urgent, String when,
        String whenExact, String whenIso) {

    public String openHref() {
        return "/notifications/" + id + "/open";
    }
}
