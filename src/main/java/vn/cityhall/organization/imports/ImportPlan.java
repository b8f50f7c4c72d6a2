package vn.cityhall.organization.imports;

import java.util.List;

/** Everything an import would do, and every problem that prevents it. */
public record ImportPlan(ImportKind kind, List<PlannedRow> rows, List<RowProblem> problems, int totalRows) {

    /** The preview shows at most this many rows and problems; the counts cover all of them. */
    public static final int SHOWN = 500;

    public boolean valid() {
        return problems.isEmpty();
    }

    public long count(ImportAction action) {
        return rows.stream().filter(row -> row.action() == action).count();
    }

    public long invalidRows() {
        return problems.stream().mapToInt(RowProblem::row).distinct().count();
    }

    public List<PlannedRow> shownRows() {
        return rows.stream().limit(SHOWN).toList();
    }

    public List<RowProblem> shownProblems() {
        return problems.stream().limit(SHOWN).toList();
    }
}
