package vn.cityhall.feedback.web;

import java.util.Locale;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.cityhall.feedback.Feedback;
import vn.cityhall.feedback.FeedbackAccess;
import vn.cityhall.feedback.FeedbackNotFound;
import vn.cityhall.feedback.Feedbacks;
import vn.cityhall.feedback.Timeline;
import vn.cityhall.files.FileId;
import vn.cityhall.files.FileResponses;
import vn.cityhall.files.FileStore;
import vn.cityhall.files.StoredFile;
import vn.cityhall.organization.StaffUser;

/**
 * A photo of the sender or a file attached to a note, for staff who may see the item; only files the item
 * refers to (any other id is 404, as is an item the person may not see). Photos open in the browser.
 */
@Controller
class ItemFileController {

    private final Feedbacks feedbacks;
    private final FeedbackAccess access;
    private final Timeline timeline;
    private final FileStore store;

    ItemFileController(Feedbacks feedbacks, FeedbackAccess access, Timeline timeline, FileStore store) {
        this.feedbacks = feedbacks;
        this.access = access;
        this.timeline = timeline;
        this.store = store;
    }

    @GetMapping("/feedback/items/{code}/files/{fileId:\\d+}")
    ResponseEntity<Resource> download(@PathVariable String code, @PathVariable long fileId,
            @AuthenticationPrincipal StaffUser user) {
        Feedback item = feedbacks.findByCode(code.toUpperCase(Locale.ROOT)).filter(found -> access.maySee(user, found))
                .orElseThrow(() -> new FeedbackNotFound(code));
        boolean photo = item.photos().contains(fileId);
        boolean attached = photo || timeline.findByItemIdOrderByAtAscIdAsc(item.id()).stream()
                .anyMatch(entry -> entry.fileId() != null && entry.fileId() == fileId);
        if (!attached) {
            throw new FeedbackNotFound(code);
        }
        StoredFile file = store.find(FileId.of(fileId)).orElseThrow(() -> new FeedbackNotFound(code));
        return photo ? FileResponses.inline(file, store.content(file)) : FileResponses.attachment(file, store.content(file));
    }
}
