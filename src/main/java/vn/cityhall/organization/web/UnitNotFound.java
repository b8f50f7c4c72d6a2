package vn.cityhall.organization.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.cityhall.organization.UnitId;

/** A unit id in an administration URL that does not exist: the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnitNotFound extends RuntimeException {

    UnitNotFound(UnitId id) {
        super("No unit " + id);
    }
}
