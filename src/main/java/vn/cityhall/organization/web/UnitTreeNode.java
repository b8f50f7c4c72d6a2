package vn.cityhall.organization.web;

import java.util.List;

/**
 * A unit in the collapsible tree. The first levels arrive with their children; deeper levels
 * ({@code loaded} false) fetch theirs with htmx when opened.
 */
public record UnitTreeNode(UnitRow row, List<UnitTreeNode> children, boolean loaded) {

    public String childrenHref() {
        return row.href() + "/children";
    }
}
