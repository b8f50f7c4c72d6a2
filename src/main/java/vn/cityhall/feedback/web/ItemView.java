package vn.cityhall.feedback.web;

import java.util.List;

import vn.cityhall.feedback.DuplicateFinder;
import vn.cityhall.feedback.FeedbackChoice;

/**
 * Everything the item page shows, already formatted, and which actions the viewer may take.
 *
 * @param dueKey message key of the deadline line (time left or overdue) with {@code dueArgs}
 */
public record ItemView(String code, String statusKey, String levelKey, String channelKey, String category,
        String commune, String address, String coordinates, String text, boolean offensive, String received,
        String screeningDue, String handlingDue, String dueKey, Object[] dueArgs, boolean late, String unit,
        List<String> coordinatorUnits, List<Attachment> photos, List<Line> timeline, List<AnswerLine> answers,
        String answer, String duplicateOf, String rejectAnswer, Integer rating, String ratingComment,
        boolean published, boolean consentPublishing, Actions actions, Choices choices,
        List<DuplicateFinder.Suggestion> duplicates) {

    /** A photo or document of the sender, or a file attached to a note. */
    public record Attachment(int position, long fileId, String href, boolean published) {
    }

    /** One line of the timeline. */
    public record Line(String at, String kindKey, String person, String unit, String note, String fileHref,
            boolean internal) {
    }

    /** A draft answer with its decision. */
    public record AnswerLine(String at, String author, String stateKey, String text, String decidedBy,
            String decisionNote) {
    }

    /** What the viewer may do now. */
    public record Actions(boolean screen, boolean transfer, boolean handle, boolean answer, boolean decide,
            boolean publish, boolean seeContact) {

        public boolean any() {
            return screen || transfer || handle || answer || decide || publish;
        }
    }

    /** The lists the forms choose from (empty when the viewer has no form that needs them). */
    public record Choices(List<FeedbackChoice> categories, List<FeedbackChoice> communes, List<FeedbackChoice> units,
            List<FeedbackChoice> coordinators, List<FeedbackChoice> reasons, List<FeedbackChoice> templates,
            List<FeedbackChoice> levels, String suggestedUnit) {

        static Choices none() {
            return new Choices(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        }
    }
}
