package vn.cityhall.organization.imports;

/** Confirming found invalid rows after all (the database changed since the preview); nothing was imported. */
class ImportRejected extends RuntimeException {

    private final transient ImportPlan plan;

    ImportRejected(ImportPlan plan) {
        super(plan.problems().size() + " invalid rows");
        this.plan = plan;
    }

    ImportPlan plan() {
        return plan;
    }
}
