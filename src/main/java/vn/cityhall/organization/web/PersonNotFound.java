package vn.cityhall.organization.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.cityhall.organization.PersonId;

/** A person id in an administration URL that does not exist: the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PersonNotFound extends RuntimeException {

    PersonNotFound(PersonId id) {
        super("No person " + id);
    }
}
