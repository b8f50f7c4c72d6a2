package vn.cityhall.organization.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.StaffUser;

/** Loads staff accounts for form login. */
@Service
class StaffAccounts implements UserDetailsService {

    private final People people;

    StaffAccounts(People people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalized = username == null ? "" : Person.normalizeUsername(username);
        return people.findByUsername(normalized)
                .map(StaffUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + normalized));
    }
}
