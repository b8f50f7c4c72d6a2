package vn.cityhall.tasks.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.cityhall.tasks.TaskId;

/** The files attached to a task's timeline: checks, storage, names and download links. */
@Component
class TaskFiles {

    /** At most this many files per form. */
    static final int MAX_FILES = 5;

    void check(List<MultipartFile> uploads, ActionErrors errors) {
        if (sent(uploads).size() > MAX_FILES) {
            errors.field("files", "tasks.form.files.tooMany", MAX_FILES);
        }
    }

    List<Long> store(List<MultipartFile> uploads) {
        return List.of();
    }

    List<TaskDetails.FileLink> links(TaskId task, List<Long> fileIds) {
        return fileIds.stream()
                .map(id -> new TaskDetails.FileLink("#" + id, "/tasks/" + task.value() + "/files/" + id))
                .toList();
    }

    private static List<MultipartFile> sent(List<MultipartFile> uploads) {
        return uploads == null ? List.of() : uploads.stream().filter(file -> file != null && !file.isEmpty()).toList();
    }
}
