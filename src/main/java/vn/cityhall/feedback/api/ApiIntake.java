package vn.cityhall.feedback.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.cityhall.feedback.FeedbackIntake;
import vn.cityhall.feedback.FeedbackInvalid;
import vn.cityhall.feedback.FeedbackInvalid.FieldError;
import vn.cityhall.feedback.FeedbackReceipt;
import vn.cityhall.feedback.FeedbackSubmission;
import vn.cityhall.files.FileFamily;
import vn.cityhall.files.FileRejectedException;
import vn.cityhall.files.FileStore;
import vn.cityhall.files.UploadedContent;
import vn.cityhall.shared.Texts;

/**
 * Stores what an API client sends, in one transaction: the item through {@link FeedbackIntake} (every
 * intake rule applies), the client it came from, and the answers to the category's extra questions.
 * Every error is reported at once, those of the request and the answers together with the intake's;
 * nothing is stored while there is one. Photos or documents, when sent, are checked by the files
 * module only once everything else is right, as on the portal.
 */
@Service
class ApiIntake {

    static final int MAX_ANSWER_LENGTH = 1000;

    private final FeedbackIntake intake;
    private final FileStore files;
    private final JdbcTemplate jdbc;

    ApiIntake(FeedbackIntake intake, FileStore files, JdbcTemplate jdbc) {
        this.intake = intake;
        this.files = files;
        this.jdbc = jdbc;
    }

    /**
     * @throws FeedbackInvalid naming every field at fault; nothing is stored
     */
    @Transactional
    FeedbackReceipt submit(ApiClientIdentity client, ApiDraft draft) {
        return submit(client, draft, List.of());
    }

    /**
     * @param uploads photos or documents, at most as many as the intake allows
     * @throws FeedbackInvalid naming every field at fault (a refused file as {@code photos}); nothing is stored
     */
    @Transactional
    FeedbackReceipt submit(ApiClientIdentity client, ApiDraft draft, List<MultipartFile> uploads) {
        List<FieldError> errors = new ArrayList<>(draft.errors());
        Map<Long, String> answers = answers(draft, errors);
        List<MultipartFile> chosen = uploads.stream().filter(file -> file != null && !file.isEmpty()).toList();
        // The same submission with placeholder ids: the photo rules are checked before any file is kept.
        FeedbackSubmission counted = withPhotos(draft.submission(), Collections.nCopies(chosen.size(), 0L));
        if (!errors.isEmpty()) {
            try {
                intake.check(counted);
            } catch (FeedbackInvalid invalid) {
                errors.addAll(invalid.errors());
            }
            throw new FeedbackInvalid(errors);
        }
        FeedbackSubmission submission = draft.submission();
        if (!chosen.isEmpty()) {
            intake.check(counted);
            submission = withPhotos(submission, store(chosen));
        }
        FeedbackReceipt receipt = intake.submit(submission, client.id());
        if (!answers.isEmpty()) {
            jdbc.batchUpdate("insert into feedback_item_answer (item_id, question_id, answer) values (?, ?, ?)",
                    answers.entrySet().stream().map(answer -> new Object[] {receipt.id(), answer.getKey(), answer.getValue()})
                            .toList());
        }
        return receipt;
    }

    /**
     * The answers as stored (a choice by its key), by question id; adds an error per wrong or missing answer.
     * Messages about a question get its label in both languages ({0} Vietnamese, {1} English), and each
     * bundle uses its own.
     */
    private static Map<Long, String> answers(ApiDraft draft, List<FieldError> errors) {
        Map<Long, String> stored = new LinkedHashMap<>();
        ApiCategoryCatalog.Category category = draft.category();
        if (category == null) {
            if (draft.answers().values().stream().anyMatch(value -> Texts.cleanOrNull(value) != null)) {
                errors.add(new FieldError("answers", "feedbackapi.error.answersWithoutCategory"));
            }
            return stored;
        }
        draft.answers().keySet().stream().filter(code -> category.question(code).isEmpty()).sorted()
                .forEach(code -> errors.add(new FieldError(ApiDraft.answerField(code), "feedbackapi.error.answerUnknown",
                        code, category.code())));
        for (ApiCategoryCatalog.Question question : category.questions()) {
            String field = ApiDraft.answerField(question.code());
            String value = Texts.cleanOrNull(draft.answers().get(question.code()));
            if (value == null) {
                if (question.required()) {
                    errors.add(new FieldError(field, "feedbackapi.error.answerRequired", question.label(),
                            question.labelEn()));
                }
            } else if (value.length() > MAX_ANSWER_LENGTH) {
                errors.add(new FieldError(field, "feedbackapi.error.answerTooLong", question.label(),
                        question.labelEn(), MAX_ANSWER_LENGTH));
            } else if (question.kind() == ApiCategoryCatalog.Kind.NUMBER && !isNumber(value)) {
                errors.add(new FieldError(field, "feedbackapi.error.answerNumber", question.label(),
                        question.labelEn()));
            } else if (question.kind() == ApiCategoryCatalog.Kind.CHOICE && question.choice(value).isEmpty()) {
                errors.add(new FieldError(field, "feedbackapi.error.answerChoice", question.label(),
                        question.labelEn(),
                        question.choices().stream().map(ApiCategoryCatalog.Choice::key).collect(Collectors.joining(", "))));
            } else {
                stored.put(question.id(), value);
            }
        }
        return stored;
    }

    private List<Long> store(List<MultipartFile> uploads) {
        List<Long> stored = new ArrayList<>();
        for (MultipartFile upload : uploads) {
            try {
                stored.add(files.store(UploadedContent.of(upload), files.policy(FileFamily.IMAGES, FileFamily.DOCUMENTS))
                        .id().value());
            } catch (FileRejectedException rejected) {
                throw new FeedbackInvalid(List.of(new FieldError("photos", rejected.messageKey(), rejected.arguments())));
            }
        }
        return stored;
    }

    private static FeedbackSubmission withPhotos(FeedbackSubmission submission, List<Long> photos) {
        return new FeedbackSubmission(submission.channel(), submission.text(), submission.categoryId(),
                submission.communeId(), submission.address(), submission.latitude(), submission.longitude(),
                submission.senderName(), submission.senderPhone(), submission.senderEmail(),
                submission.consentProcessing(), submission.consentPublishing(), photos, submission.sourceAddress());
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value.replace(',', '.'));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
