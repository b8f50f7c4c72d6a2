package vn.cityhall.organization.security;

import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.PersonId;

/** Loads staff accounts for sign-in, and reloads the signed-in principal after its account changed. */
@Service
class StaffAccounts implements UserDetailsService {

    private final People people;

    StaffAccounts(People people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public StaffAccount loadUserByUsername(String username) {
        String normalized = username == null ? "" : Person.normalizeUsername(username);
        return people.findByUsername(normalized)
                .map(StaffAccount::forPerson)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + normalized));
    }

    /** The account as it is now in the database, e.g. after a password change. */
    @Transactional(readOnly = true)
    public Optional<StaffAccount> reload(PersonId person) {
        return people.findById(person.value()).map(StaffAccount::forPerson);
    }
}
