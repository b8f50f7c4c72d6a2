package vn.cityhall.tasks.demo;

/**
 * One demo task.
 *
 * @param unit the responsible unit's code
 * @param holderUnit the unit it was delegated to, or {@code null}
 * @param holder the username of the official holding it, or {@code null}
 * @param assigner the username of the leader who assigned it
 * @param assignedDaysAgo calendar days since assignment
 * @param due working days from today to the deadline (negative: in the past)
 * @param outcome what became of it
 * @param progress the reported progress of an open task
 */
record DemoTask(String title, String reference, String unit, String holderUnit, String holder, String assigner,
        int assignedDaysAgo, int due, Outcome outcome, int progress) {

    enum Outcome {
        OPEN, DONE_ON_TIME, DONE_LATE, CANCELLED
    }

    static DemoTask open(String title, String reference, String unit, String holderUnit, String holder,
            String assigner, int assignedDaysAgo, int due, int progress) {
        return new DemoTask(title, reference, unit, holderUnit, holder, assigner, assignedDaysAgo, due, Outcome.OPEN,
                progress);
    }
}
