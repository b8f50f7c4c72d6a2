package vn.cityhall.bench;

/**
 * When each sender posts (times as {@link System#nanoTime}): back to back during the warm-up; then, at a given
 * rate, in slots spread evenly over the senders (sender i takes slots i, i + senders, i + 2 senders…), for the
 * measured seconds; then back to back again for the measured seconds. A sender that falls behind its slots posts
 * at once until it has caught up, and each post of the paced phase is timed from its slot, not from the moment it
 * could be sent, so that a slow answer also counts for the posts it held back.
 */
record ZaloSchedule(long start, long pacedFrom, long backToBackFrom, long end, long slotNanos, int senders) {

    /** What a sender does next. */
    enum Phase { WARM_UP, PACED, WAIT, BACK_TO_BACK, DONE }

    /** A sender's next step: the phase, and the moment its post is timed from (or waits until). */
    record Next(Phase phase, long at) {
    }

    /** @param rate posts a second in the paced phase, over all senders; 0 for none */
    static ZaloSchedule of(long start, int warmupSeconds, int seconds, int rate, int senders) {
        long pacedFrom = start + warmupSeconds * 1_000_000_000L;
        long backToBackFrom = rate > 0 ? pacedFrom + seconds * 1_000_000_000L : pacedFrom;
        return new ZaloSchedule(start, pacedFrom, backToBackFrom, backToBackFrom + seconds * 1_000_000_000L,
                rate > 0 ? 1_000_000_000L / rate : 0, senders);
    }

    /** The first paced slot of sender {@code index}. */
    long firstSlot(int index) {
        return pacedFrom + index * slotNanos;
    }

    /** The slot after {@code slot} of the same sender. */
    long nextSlot(long slot) {
        return slot + senders * slotNanos;
    }

    /** What a sender whose next paced slot is {@code slot} does at {@code now}. */
    Next next(long now, long slot) {
        if (now < pacedFrom) {
            return new Next(Phase.WARM_UP, now);
        }
        if (slot < backToBackFrom) {
            return new Next(Phase.PACED, slot);
        }
        if (now < backToBackFrom) {
            return new Next(Phase.WAIT, backToBackFrom);
        }
        return now < end ? new Next(Phase.BACK_TO_BACK, now) : new Next(Phase.DONE, now);
    }
}
