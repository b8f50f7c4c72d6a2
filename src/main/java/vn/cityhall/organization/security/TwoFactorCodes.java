package vn.cityhall.organization.security;

import java.time.Clock;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.PersonId;

/** Checks two-factor codes against a person's secret, enrols and removes secrets; a code is never used twice. */
@Component
class TwoFactorCodes {

    private final People people;
    private final Clock clock;

    TwoFactorCodes(People people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /** Whether the code is valid now for the person's enabled secret and was not used before; uses it up. */
    @Transactional
    public boolean accept(PersonId id, String code) {
        Person person = people.findById(id.value()).orElse(null);
        if (person == null || !person.totpEnabled()) {
            return false;
        }
        return use(person, person.totpSecret(), code);
    }

    /** Enables two-factor authentication with a new secret once the app proved it computes its codes. */
    @Transactional
    public boolean enrol(PersonId id, String secret, String code) {
        Person person = people.findById(id.value()).orElseThrow();
        if (person.totpEnabled() || !use(person, secret, code)) {
            return false;
        }
        person.enableTotp(secret);
        people.save(person);
        return true;
    }

    /** Disables two-factor authentication, after a valid code (or the password, checked by the caller). */
    @Transactional
    public void disable(PersonId id) {
        Person person = people.findById(id.value()).orElseThrow();
        if (person.totpEnabled()) {
            person.disableTotp();
            people.save(person);
        }
    }

    private boolean use(Person person, String secret, String code) {
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty() || !person.useTotpStep(step.getAsLong())) {
            return false;
        }
        people.save(person);
        return true;
    }
}
