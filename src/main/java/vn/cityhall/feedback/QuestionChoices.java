package vn.cityhall.feedback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The answers a {@link CategoryQuestion.Kind#CHOICE} question offers, stored in one column as
 * {@code KEY=Nhãn|Label;KEY2=Nhãn 2|Label 2}: a key (upper-case letters, digits, underscore) that
 * Open311 clients send back, then the Vietnamese and the English label. Typed entries may also be
 * separated by line breaks; they are stored separated by semicolons.
 */
public final class QuestionChoices {

    /** The length of the column that stores them. */
    public static final int MAX_LENGTH = 2000;

    /** At least two answers, or it is not a choice. */
    public static final int MIN_CHOICES = 2;

    private static final Pattern KEY = Pattern.compile("[A-Z0-9_]{1,40}");
    private static final Pattern ENTRY_SEPARATOR = Pattern.compile("[;\\r\\n]+");

    private QuestionChoices() {
    }

    /** One answer of a choice question. */
    public record Choice(String key, String label, String labelEn) {
    }

    /** What is wrong with a list of choices as typed. */
    public enum Problem {
        /** Nothing given. */
        EMPTY,
        /** An entry is not {@code KEY=Nhãn|Label}. */
        SYNTAX,
        /** A key is not upper-case letters, digits and underscores (at most 40). */
        KEY,
        /** A key appears twice. */
        DUPLICATE_KEY,
        /** Fewer than {@link #MIN_CHOICES} entries. */
        TOO_FEW,
        /** Longer than {@link #MAX_LENGTH} characters once stored. */
        TOO_LONG
    }

    /** Choices that cannot be stored; {@code entry} is the entry at fault, if one is. */
    public static final class Invalid extends IllegalArgumentException {

        private final Problem problem;
        private final String entry;

        Invalid(Problem problem, String entry) {
            super(problem + (entry == null ? "" : ": " + entry));
            this.problem = problem;
            this.entry = entry;
        }

        public Problem problem() {
            return problem;
        }

        public String entry() {
            return entry;
        }
    }

    /**
     * Reads choices as typed or stored.
     *
     * @throws Invalid naming the first problem found
     */
    public static List<Choice> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new Invalid(Problem.EMPTY, null);
        }
        List<Choice> choices = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String raw : ENTRY_SEPARATOR.split(text)) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            Choice choice = entry(entry);
            if (!keys.add(choice.key())) {
                throw new Invalid(Problem.DUPLICATE_KEY, choice.key());
            }
            choices.add(choice);
        }
        if (choices.size() < MIN_CHOICES) {
            throw new Invalid(Problem.TOO_FEW, null);
        }
        if (format(choices).length() > MAX_LENGTH) {
            throw new Invalid(Problem.TOO_LONG, null);
        }
        return List.copyOf(choices);
    }

    /** The stored form: {@code KEY=Nhãn|Label} entries joined by semicolons. */
    public static String format(List<Choice> choices) {
        return choices.stream().map(choice -> choice.key() + "=" + choice.label() + "|" + choice.labelEn())
                .collect(Collectors.joining(";"));
    }

    private static Choice entry(String entry) {
        int equals = entry.indexOf('=');
        int bar = entry.indexOf('|');
        if (equals < 0 || bar < equals || entry.indexOf('=', equals + 1) >= 0 || entry.indexOf('|', bar + 1) >= 0) {
            throw new Invalid(Problem.SYNTAX, entry);
        }
        String key = entry.substring(0, equals).strip();
        String label = entry.substring(equals + 1, bar).strip();
        String labelEn = entry.substring(bar + 1).strip();
        if (!KEY.matcher(key).matches()) {
            throw new Invalid(Problem.KEY, entry);
        }
        if (label.isEmpty() || labelEn.isEmpty()) {
            throw new Invalid(Problem.SYNTAX, entry);
        }
        return new Choice(key, label, labelEn);
    }
}
