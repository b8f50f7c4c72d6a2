package vn.cityhall.organization.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.People;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitTree;
import vn.cityhall.organization.UnitType;
import vn.cityhall.shared.Texts;

/**
 * Reads the unit tree for the administration pages: from the directory's cached {@link UnitTree}
 * plus one grouped query for the number of people per unit, so a page with hundreds of units costs
 * one query.
 */
@Component
class UnitCatalog {

    /** A search shows at most this many matches; the admin narrows the search for more. */
    static final int MAX_MATCHES = 200;

    private final OrganizationDirectory directory;
    private final People people;

    UnitCatalog(OrganizationDirectory directory, People people) {
        this.directory = directory;
        this.people = people;
    }

    /** A snapshot for one request. */
    View view() {
        Map<Long, Long> headcounts = new HashMap<>();
        people.countActivePeopleByUnit().forEach(count -> headcounts.put(count.getUnitId(), count.getPeople()));
        return new View(directory.units(), headcounts);
    }

    record View(UnitTree tree, Map<Long, Long> headcounts) {

        UnitRow row(UnitNode unit) {
            List<String> path = tree.ancestors(unit.id()).stream().map(UnitNode::name).toList();
            return new UnitRow(unit, path, headcounts.getOrDefault(unit.id().value(), 0L),
                    tree.children(unit.id()).size());
        }

        List<UnitRow> roots() {
            return tree.roots().stream().map(this::row).toList();
        }

        List<UnitRow> children(UnitId id) {
            return tree.children(id).stream().map(this::row).toList();
        }

        /** Every active unit in tree order, e.g. for a list of possible parents. */
        List<UnitRow> activeUnits() {
            return inTreeOrder().filter(UnitNode::active).map(this::row).toList();
        }

        /** The active unit with this code, if any. */
        Optional<UnitNode> activeByCode(String code) {
            return inTreeOrder().filter(unit -> unit.active() && unit.code().equals(code)).findFirst();
        }

        private Stream<UnitNode> inTreeOrder() {
            return tree.roots().stream().flatMap(root -> tree.subtree(root.id()).stream()).map(tree::get);
        }

        /** Units whose code, name or full name contains the query, accents ignored, in tree order. */
        List<UnitRow> search(String query, UnitType type, Boolean active) {
            String key = Texts.searchKey(query);
            Predicate<UnitNode> matches = unit -> (key.isEmpty() || Texts.searchKey(unit.code()).contains(key)
                    || Texts.searchKey(unit.name()).contains(key) || Texts.searchKey(unit.fullName()).contains(key))
                    && (type == null || unit.type() == type)
                    && (active == null || unit.active() == active);
            return inTreeOrder()
                    .filter(matches)
                    .limit(MAX_MATCHES + 1L)
                    .map(this::row)
                    .toList();
        }
    }
}
