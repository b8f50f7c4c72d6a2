package vn.cityhall.organization.imports;

import java.util.List;

/**
 * One valid row of an import and what confirming it will do.
 *
 * @param key the unit code or login name
 * @param label the unit or person name
 * @param changes for an update, the columns whose values change
 * @param change what to apply (a planner's own record)
 */
public record PlannedRow(int row, ImportAction action, String key, String label, List<String> changes,
        Object change) {

    public String changesText() {
        return String.join(", ", changes);
    }
}
