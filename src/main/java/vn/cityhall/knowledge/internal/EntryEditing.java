package vn.cityhall.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.knowledge.KnowledgeChanged;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.web.PageView;

/**
 * Staff's changes to the questions and answers: each saves the entry, names who changed it and when, and
 * publishes a {@link KnowledgeChanged} for the audit trail. Whether the caller may edit is the
 * controller's check.
 */
@Service
@Transactional
public class EntryEditing {

    static final String TARGET = "entry";
    static final int PAGE_SIZE = 20;
    /** The staff list's search: any entry sharing a word with the text. */
    private static final double ANY_MATCH = 0.0;
    private static final int MAX_MATCHES = 1_000;

    private final KnowledgeEntries entries;
    private final KnowledgeIndex index;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EntryEditing(KnowledgeEntries entries, KnowledgeIndex index, ApplicationEventPublisher events) {
        this.entries = entries;
        this.index = index;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /** One page of the entries the filter accepts: by relevance when it has words, else latest change first. */
    @Transactional(readOnly = true)
    public PageView<EntryRow> list(EntryFilter filter, int page) {
        int number = Math.max(0, page);
        if (!filter.hasText()) {
            Specification<KnowledgeEntry> where = (root, query, builder) -> builder.and(
                    filter.category() == null ? builder.conjunction() : builder.equal(root.get("category"), filter.category()),
                    filter.status() == null ? builder.conjunction() : builder.equal(root.get("status"), filter.status()));
            return PageView.of(entries.findAll(where, PageRequest.of(number, PAGE_SIZE,
                    Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")))), EntryRow::of);
        }
        List<Long> ids = index.search(filter.text(), filter::accepts, ANY_MATCH, MAX_MATCHES).stream()
                .map(match -> match.entry().id()).toList();
        List<Long> shown = ids.stream().skip((long) number * PAGE_SIZE).limit(PAGE_SIZE).toList();
        Map<Long, KnowledgeEntry> found = entries.findAllById(shown).stream()
                .collect(Collectors.toMap(KnowledgeEntry::id, Function.identity()));
        List<EntryRow> rows = new ArrayList<>();
        for (Long id : shown) {
            KnowledgeEntry entry = found.get(id);
            if (entry != null) {
                rows.add(EntryRow.of(entry));
            }
        }
        return new PageView<>(rows, number, PAGE_SIZE, ids.size());
    }

    @Transactional(readOnly = true)
    public EntryDetails find(long id) {
        return EntryDetails.of(entry(id));
    }

    /** Saves a new entry as a draft and returns its id. */
    public long create(EntryContent content) {
        KnowledgeEntry entry = entries.saveAndFlush(KnowledgeEntry.draft(content, actor(), now()));
        events.publishEvent(KnowledgeChanged.of(TARGET, entry.id(), "created", detail(entry)));
        return entry.id();
    }

    /** Replaces the entry's content, if nobody changed it since {@code version}; its status stays. */
    public void revise(long id, Long version, EntryContent content) {
        KnowledgeEntry entry = entry(id);
        KnowledgeRefusal.requireVersion(version, entry.version());
        entries.saveAndFlush(entry.revise(content, actor(), now()));
        events.publishEvent(KnowledgeChanged.of(TARGET, id, "updated", detail(entry)));
    }

    /** Makes the entry searchable by citizens; returns whether it changed. */
    public boolean publish(long id) {
        KnowledgeEntry entry = entry(id);
        boolean changed = entry.publish(actor(), now());
        if (changed) {
            entries.saveAndFlush(entry);
            events.publishEvent(KnowledgeChanged.of(TARGET, id, "published", detail(entry)));
        }
        return changed;
    }

    /** Takes the entry out of citizens' search; returns whether it changed. */
    public boolean unpublish(long id) {
        KnowledgeEntry entry = entry(id);
        boolean changed = entry.unpublish(actor(), now());
        if (changed) {
            entries.saveAndFlush(entry);
            events.publishEvent(KnowledgeChanged.of(TARGET, id, "unpublished", detail(entry)));
        }
        return changed;
    }

    private KnowledgeEntry entry(long id) {
        return entries.findById(id).orElseThrow(() -> new KnowledgeNotFound(TARGET, id));
    }

    private static String detail(KnowledgeEntry entry) {
        return "category=" + entry.category();
    }

    private static String actor() {
        return AuditActor.current().username();
    }

    private Instant now() {
        return clock.instant();
    }
}
