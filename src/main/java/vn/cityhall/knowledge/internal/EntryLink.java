package vn.cityhall.knowledge.internal;

import jakarta.persistence.Embeddable;

import vn.cityhall.knowledge.SourceLink;

/** A link to an official source, as stored with its entry. */
@Embeddable
class EntryLink {

    private String title;

    private String url;

    protected EntryLink() {
    }

    EntryLink(SourceLink link) {
        this.title = link.title();
        this.url = link.url();
    }

    SourceLink toLink() {
        return new SourceLink(title, url);
    }
}
