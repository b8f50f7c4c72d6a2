package vn.cityhall.tasks.web;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.cityhall.files.FileId;
import vn.cityhall.files.FileResponses;
import vn.cityhall.files.FileStore;
import vn.cityhall.files.StoredFile;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskNotFoundException;

/**
 * Downloads a file attached to a task: only for people who may see the task, and only files that
 * the task's timeline refers to (any other id is 404, as is a task the person may not see).
 */
@Controller
class TaskFileController {

    private final TaskViews views;
    private final FileStore store;

    TaskFileController(TaskViews views, FileStore store) {
        this.views = views;
        this.store = store;
    }

    @GetMapping("/tasks/{id:\\d+}/files/{fileId:\\d+}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long fileId,
            @AuthenticationPrincipal StaffUser user) {
        TaskId task = TaskId.of(id);
        if (!views.attached(user, task, fileId)) {
            throw new TaskNotFoundException(task);
        }
        StoredFile file = store.find(FileId.of(fileId)).orElseThrow(() -> new TaskNotFoundException(task));
        return FileResponses.attachment(file, store.content(file));
    }
}
