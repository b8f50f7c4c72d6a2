package vn.cityhall.tasks.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import vn.cityhall.files.FileFamily;
import vn.cityhall.files.FileId;
import vn.cityhall.files.FilePolicy;
import vn.cityhall.files.FileRejectedException;
import vn.cityhall.files.FileStore;
import vn.cityhall.files.StoredFile;
import vn.cityhall.files.UploadedContent;
import vn.cityhall.tasks.TaskId;

/**
 * The files attached to a task's timeline (assignment, progress, notes, completion): at most
 * {@value #MAX_FILES} per form, documents and images, {@code 20 MB} each, checked and kept by the
 * files module; the task keeps their ids. Downloads go through {@code /tasks/{id}/files/{fileId}}.
 */
@Component
class TaskFiles {

    static final int MAX_FILES = 5;
    static final DataSize MAX_SIZE = DataSize.ofMegabytes(20);
    static final FilePolicy POLICY = FilePolicy.of(MAX_SIZE, FileFamily.DOCUMENTS, FileFamily.IMAGES);

    private final FileStore store;

    TaskFiles(FileStore store) {
        this.store = store;
    }

    /** Records a message when the form carries too many files. */
    void check(List<MultipartFile> uploads, ActionErrors errors) {
        if (sent(uploads).size() > MAX_FILES) {
            FileRejectedException tooMany = FileRejectedException.tooMany(MAX_FILES);
            errors.field("files", tooMany.messageKey(), tooMany.arguments());
        }
    }

    /**
     * Stores the uploads and returns their ids, in order.
     *
     * @throws FileRejectedException for the first file the policy refuses (call inside the action's
     *         transaction, so that files stored before it are not recorded either)
     */
    List<Long> store(List<MultipartFile> uploads) {
        List<Long> ids = new ArrayList<>();
        for (MultipartFile upload : sent(uploads)) {
            ids.add(store.store(UploadedContent.of(upload), POLICY).id().value());
        }
        return ids;
    }

    /** Names and download links of a timeline entry's files, in their order. */
    List<TaskDetails.FileLink> links(TaskId task, List<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return List.of();
        }
        Map<Long, StoredFile> known = store.findAll(fileIds.stream().map(FileId::new).toList()).stream()
                .collect(Collectors.toMap(file -> file.id().value(), Function.identity()));
        return fileIds.stream()
                .map(id -> new TaskDetails.FileLink(known.containsKey(id) ? known.get(id).name() : "#" + id,
                        "/tasks/" + task.value() + "/files/" + id))
                .toList();
    }

    /** The files actually chosen: a browser sends an empty part without a name when none was. */
    private static List<MultipartFile> sent(List<MultipartFile> uploads) {
        return uploads == null ? List.of() : uploads.stream()
                .filter(file -> file != null && (!file.isEmpty()
                        || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())))
                .toList();
    }
}
