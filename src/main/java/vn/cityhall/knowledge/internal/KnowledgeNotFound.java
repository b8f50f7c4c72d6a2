package vn.cityhall.knowledge.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An entry or announcement asked for by id does not exist: the page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class KnowledgeNotFound extends RuntimeException {

    KnowledgeNotFound(String target, long id) {
        super(target + " " + id + " not found");
    }
}
