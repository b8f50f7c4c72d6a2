package vn.cityhall.organization.web;

import org.springframework.web.util.UriComponentsBuilder;

import vn.cityhall.organization.PersonId;

/** The page that shows a new initial password once; what is sealed for it and how it is addressed. */
final class PasswordPage {

    private PasswordPage() {
    }

    static String href(PersonId person, String ticket, boolean created) {
        return UriComponentsBuilder.fromPath("/admin/people/{id}/password").queryParam("ticket", ticket)
                .queryParamIfPresent("created", created ? java.util.Optional.of("true") : java.util.Optional.empty())
                .buildAndExpand(person.value()).encode().toUriString();
    }

    /** The person id travels with the password, so a ticket cannot show one person's password as another's. */
    static String secret(PersonAdministration.NewPassword password) {
        return password.person().value() + "\n" + password.password();
    }

    /** The password inside an opened secret, if it belongs to this person. */
    static String passwordFor(PersonId person, String secret) {
        int newline = secret.indexOf('\n');
        if (newline < 0 || !secret.substring(0, newline).equals(Long.toString(person.value()))) {
            return null;
        }
        return secret.substring(newline + 1);
    }
}
