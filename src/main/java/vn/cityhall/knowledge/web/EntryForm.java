package vn.cityhall.knowledge.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.Errors;

import vn.cityhall.knowledge.SourceLink;
import vn.cityhall.knowledge.internal.EntryContent;
import vn.cityhall.knowledge.internal.EntryDetails;
import vn.cityhall.knowledge.internal.KnowledgeCategory;
import vn.cityhall.shared.Texts;

/**
 * The add and edit form of an entry, bound as text: NFC-normalised and trimmed on binding, the answer's
 * line breaks kept (as {@code \n}). Links come as two parallel lists of titles and addresses; empty rows
 * are ignored. {@code version} is the version the edit form was opened with.
 */
public record EntryForm(String question, String answer, String category, String keywords, String[] linkTitle,
        String[] linkUrl, String version) {

    static final int QUESTION_MAX = 500;
    static final int ANSWER_MAX = 8000;
    static final int KEYWORDS_MAX = 500;
    static final int TITLE_MAX = 300;
    static final int URL_MAX = 1000;
    /** Link rows on the form, and the most links an entry keeps. */
    public static final int LINKS = 5;

    public EntryForm {
        question = Texts.cleanOrNull(question);
        answer = answer == null ? null : Texts.cleanOrNull(answer.replace("\r\n", "\n").replace('\r', '\n'));
        category = Texts.cleanOrNull(category);
        keywords = Texts.cleanOrNull(keywords);
        linkTitle = cleaned(linkTitle);
        linkUrl = cleaned(linkUrl);
        version = Texts.cleanOrNull(version);
    }

    static EntryForm blank() {
        return new EntryForm(null, null, null, null, null, null, null);
    }

    static EntryForm of(EntryDetails entry) {
        EntryContent content = entry.content();
        return new EntryForm(content.question(), content.answer(), content.category().name(),
                String.join(", ", content.keywords()),
                content.links().stream().map(SourceLink::title).toArray(String[]::new),
                content.links().stream().map(SourceLink::url).toArray(String[]::new), Long.toString(entry.version()));
    }

    /** Checks every field; the messages name the link row at fault. */
    void check(Errors errors) {
        require(errors, "question", question, QUESTION_MAX);
        require(errors, "answer", answer, ANSWER_MAX);
        if (category == null) {
            errors.rejectValue("category", "knowledge.error.required");
        } else if (KnowledgeCategory.parse(category) == null) {
            errors.rejectValue("category", "knowledge.error.category");
        }
        if (keywords != null && keywords.length() > KEYWORDS_MAX) {
            errors.rejectValue("keywords", "knowledge.error.tooLong", new Object[] {KEYWORDS_MAX}, null);
        }
        int rows = Math.max(linkTitle.length, linkUrl.length);
        int given = 0;
        for (int row = 0; row < rows; row++) {
            String title = at(linkTitle, row);
            String url = at(linkUrl, row);
            if (title.isEmpty() && url.isEmpty()) {
                continue;
            }
            given++;
            Object[] number = {row + 1};
            if (title.isEmpty()) {
                errors.rejectValue("linkTitle", "knowledge.error.link.titleMissing", number, null);
            } else if (title.length() > TITLE_MAX) {
                errors.rejectValue("linkTitle", "knowledge.error.link.titleTooLong", new Object[] {row + 1, TITLE_MAX},
                        null);
            }
            if (url.isEmpty()) {
                errors.rejectValue("linkUrl", "knowledge.error.link.urlMissing", number, null);
            } else if (url.length() > URL_MAX || !WebAddresses.isWebAddress(url)) {
                errors.rejectValue("linkUrl", "knowledge.error.link.url", number, null);
            }
        }
        if (given > LINKS) {
            errors.rejectValue("linkUrl", "knowledge.error.link.tooMany", new Object[] {LINKS}, null);
        }
    }

    /** The content to save; call only after {@link #check} found no error. */
    EntryContent content() {
        List<SourceLink> links = new ArrayList<>();
        for (int row = 0; row < Math.max(linkTitle.length, linkUrl.length); row++) {
            if (!at(linkUrl, row).isEmpty()) {
                links.add(new SourceLink(at(linkTitle, row), at(linkUrl, row)));
            }
        }
        return new EntryContent(question, answer, KnowledgeCategory.parse(category), keywordList(), links);
    }

    /** The keywords, split at commas, semicolons and line breaks, without repeats (ignoring accents and case). */
    List<String> keywordList() {
        if (keywords == null) {
            return List.of();
        }
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String keyword : keywords.split("[,;\\n]")) {
            String word = keyword.strip();
            if (!word.isEmpty()) {
                distinct.putIfAbsent(Texts.searchKey(word), word);
            }
        }
        return List.copyOf(distinct.values());
    }

    /** The title of link row {@code row} (0-based) for the form, or empty. */
    public String title(int row) {
        return at(linkTitle, row);
    }

    /** The address of link row {@code row} (0-based) for the form, or empty. */
    public String url(int row) {
        return at(linkUrl, row);
    }

    private static void require(Errors errors, String field, String value, int max) {
        if (value == null) {
            errors.rejectValue(field, "knowledge.error.required");
        } else if (value.length() > max) {
            errors.rejectValue(field, "knowledge.error.tooLong", new Object[] {max}, null);
        }
    }

    private static String at(String[] values, int index) {
        return index < values.length ? values[index] : "";
    }

    private static String[] cleaned(String[] values) {
        if (values == null) {
            return new String[0];
        }
        return Arrays.stream(values).map(value -> value == null ? "" : Texts.clean(value)).toArray(String[]::new);
    }
}
