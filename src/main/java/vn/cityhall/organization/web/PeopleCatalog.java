package vn.cityhall.organization.web;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.People;
import vn.cityhall.organization.PersonId;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitTree;
import vn.cityhall.shared.Texts;
import vn.cityhall.shared.web.PageView;

/**
 * Searches staff for the people list. Names are matched without diacritics ("nguyen van an" finds
 * "Nguyễn Văn An"), which the database cannot do portably, so the search reads one light row per
 * person (two queries, no entities) and filters in memory: fast for the tens of thousands of staff
 * of a city.
 */
@Component
@Transactional(readOnly = true)
class PeopleCatalog {

    static final int PAGE_SIZE = 25;
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final People people;
    private final OrganizationDirectory directory;
    private final Clock clock;

    PeopleCatalog(People people, OrganizationDirectory directory, Clock clock) {
        this.people = people;
        this.directory = directory;
        this.clock = clock;
    }

    /** The result of a search, or {@code unknownUnit} when the unit filter names no unit. */
    record Result(PageView<PersonRow> page, boolean unknownUnit) {
    }

    Result search(PersonFilter filter, int pageNumber) {
        UnitTree tree = directory.units();
        Set<UnitId> units = null;
        if (!filter.unit().isEmpty()) {
            UnitNode unit = tree.roots().stream().flatMap(root -> tree.subtree(root.id()).stream()).map(tree::get)
                    .filter(candidate -> candidate.code().equalsIgnoreCase(filter.unit())).findFirst().orElse(null);
            if (unit == null) {
                return new Result(new PageView<>(List.of(), 0, PAGE_SIZE, 0), true);
            }
            units = filter.subtree() ? tree.subtree(unit.id()) : Set.of(unit.id());
        }
        Map<Long, Set<Role>> roles = new HashMap<>();
        people.findAllRoleGrants().forEach(grant -> roles
                .computeIfAbsent(grant.getPersonId(), key -> EnumSet.noneOf(Role.class)).add(grant.getRole()));
        Predicate<People.Listing> matches = matcher(filter, units, roles);
        List<People.Listing> found = new ArrayList<>(people.findAllListings().stream().filter(matches).toList());
        found.sort(Comparator.comparing(People.Listing::getFullName, VIETNAMESE)
                .thenComparing(People.Listing::getUsername));
        int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = Math.min(Math.max(pageNumber, 0), pages - 1);
        Instant now = clock.instant();
        List<PersonRow> rows = found.stream().skip((long) number * PAGE_SIZE).limit(PAGE_SIZE)
                .map(person -> PersonRow.of(person, roles.getOrDefault(person.getId(), Set.of()),
                        tree.find(UnitId.of(person.getUnitId())).orElse(null), now))
                .toList();
        return new Result(new PageView<>(rows, number, PAGE_SIZE, found.size()), false);
    }

    /** One person with their account state. */
    Optional<PersonDetail> detail(PersonId id) {
        return people.findById(id.value()).map(person -> new PersonDetail(
                PersonRow.of(person, directory.unit(person.unit().id()).orElse(null), clock.instant()),
                person.zaloUserId(), person.failedLogins(), person.passwordChangedAt(), person.createdAt(),
                person.totpEnabled()));
    }

    private static Predicate<People.Listing> matcher(PersonFilter filter, Set<UnitId> units,
            Map<Long, Set<Role>> roles) {
        String key = Texts.searchKey(filter.q());
        String lower = filter.q().toLowerCase(Locale.ROOT);
        String digits = filter.q().replaceAll("[^0-9]", "");
        Role role = filter.roleValue();
        Boolean active = filter.active();
        return person -> (units == null || units.contains(UnitId.of(person.getUnitId())))
                && (role == null || roles.getOrDefault(person.getId(), Set.of()).contains(role))
                && (active == null || person.getActive() == active)
                && (key.isEmpty() || Texts.searchKey(person.getFullName()).contains(key)
                        || person.getUsername().contains(lower)
                        || (person.getEmail() != null && person.getEmail().contains(lower))
                        || (digits.length() >= 3 && person.getPhone() != null
                                && person.getPhone().replaceAll("[^0-9]", "").contains(digits)));
    }
}
