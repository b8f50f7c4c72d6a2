package vn.cityhall.organization.web;

import java.util.Objects;

import vn.cityhall.organization.Person;

/** Compares a stored person with a profile, so that saving an unchanged profile records no change. */
public final class PersonProfiles {

    private PersonProfiles() {
    }

    public static boolean same(Person person, Person.Profile profile) {
        return Objects.equals(person.fullName(), profile.fullName()) && person.position() == profile.position()
                && Objects.equals(person.email(), profile.email()) && Objects.equals(person.phone(), profile.phone())
                && Objects.equals(person.zaloUserId(), profile.zaloUserId());
    }
}
