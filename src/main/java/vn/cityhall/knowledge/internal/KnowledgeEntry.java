package vn.cityhall.knowledge.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.cityhall.knowledge.SourceLink;

/**
 * A question and its answer, with a category, keywords and links to official sources. It starts as a
 * draft; once published, citizens find it on the portal and on Zalo until it is unpublished.
 */
@Entity
@Table(name = "knowledge_entry")
public class KnowledgeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String question;

    private String answer;

    @Enumerated(EnumType.STRING)
    private KnowledgeCategory category;

    private String keywords;

    @Enumerated(EnumType.STRING)
    private EntryStatus status;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "knowledge_entry_link", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<EntryLink> links = new ArrayList<>();

    @Version
    private long version;

    protected KnowledgeEntry() {
    }

    static KnowledgeEntry draft(EntryContent content, String actor, Instant now) {
        KnowledgeEntry entry = new KnowledgeEntry();
        entry.status = EntryStatus.DRAFT;
        return entry.revise(content, actor, now);
    }

    KnowledgeEntry revise(EntryContent content, String actor, Instant now) {
        this.question = content.question();
        this.answer = content.answer();
        this.category = content.category();
        this.keywords = content.joinedKeywords();
        this.links.clear();
        content.links().forEach(link -> this.links.add(new EntryLink(link)));
        return touched(actor, now);
    }

    /** Makes the entry searchable; publishing a published entry changes nothing. */
    boolean publish(String actor, Instant now) {
        if (status == EntryStatus.PUBLISHED) {
            return false;
        }
        status = EntryStatus.PUBLISHED;
        publishedAt = now;
        touched(actor, now);
        return true;
    }

    /** Takes the entry out of the search; unpublishing a draft changes nothing. */
    boolean unpublish(String actor, Instant now) {
        if (status == EntryStatus.DRAFT) {
            return false;
        }
        status = EntryStatus.DRAFT;
        touched(actor, now);
        return true;
    }

    private KnowledgeEntry touched(String actor, Instant now) {
        this.updatedBy = actor;
        this.updatedAt = now;
        return this;
    }

    public long id() {
        return id;
    }

    public String question() {
        return question;
    }

    public KnowledgeCategory category() {
        return category;
    }

    public EntryStatus status() {
        return status;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    EntryContent content() {
        return new EntryContent(question, answer, category, EntryContent.splitKeywords(keywords),
                links.stream().map(EntryLink::toLink).toList());
    }

    List<SourceLink> sourceLinks() {
        return links.stream().map(EntryLink::toLink).toList();
    }
}
