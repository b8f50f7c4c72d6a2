package vn.cityhall.feedback.figures;

/**
 * Counts of feedback items: received, then by where they stand (in progress: received, accepted or
 * assigned; answered: answered or closed; not accepted: rejected or merged as a duplicate), answered on
 * time among those with a deadline verdict, and the ratings senders gave.
 *
 * @param timed answered items whose on-time verdict is known ({@code on_time} not null)
 * @param ratingSum the sum of the ratings (1–5) of the {@code rated} items
 */
public record Tally(long received, long inProgress, long answered, long notAccepted, long onTime, long timed,
        long ratingSum, long rated) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0);

    /** One group of items, all in the same status. */
    static Tally of(String status, long count, long onTime, long timed, long ratingSum, long rated) {
        return switch (status) {
            case "RECEIVED", "ACCEPTED", "ASSIGNED" -> new Tally(count, count, 0, 0, onTime, timed, ratingSum, rated);
            case "ANSWERED", "CLOSED" -> new Tally(count, 0, count, 0, onTime, timed, ratingSum, rated);
            default -> new Tally(count, 0, 0, count, onTime, timed, ratingSum, rated);
        };
    }

    public Tally plus(Tally other) {
        return new Tally(received + other.received, inProgress + other.inProgress, answered + other.answered,
                notAccepted + other.notAccepted, onTime + other.onTime, timed + other.timed,
                ratingSum + other.ratingSum, rated + other.rated);
    }

    /** Answered late: with a verdict, not on time. */
    public long late() {
        return timed - onTime;
    }

    /** Percentage answered on time among the answered items with a verdict, or {@code null} when there are none. */
    public Double onTimeRate() {
        return timed == 0 ? null : 100.0 * onTime / timed;
    }

    /** The average rating, 1 to 5, or {@code null} when nobody rated. */
    public Double averageRating() {
        return rated == 0 ? null : (double) ratingSum / rated;
    }
}
