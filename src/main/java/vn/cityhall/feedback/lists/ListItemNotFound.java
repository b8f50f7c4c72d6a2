package vn.cityhall.feedback.lists;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A list entry asked for by id does not exist (any more): the page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ListItemNotFound extends RuntimeException {

    ListItemNotFound(String list, long id) {
        super(list + " " + id + " not found");
    }
}
