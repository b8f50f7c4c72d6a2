package vn.cityhall.organization.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Vietnamese login page, with the specific reason of a failed attempt and any OpenID Connect providers. */
@Controller
class LoginController {

    private final List<SignInOption> providers;

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.providers = providers(registrations.getIfAvailable());
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            @RequestParam(required = false) String ended, Authentication authentication, HttpServletRequest request,
            Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return TwoFactorRequirement.isPending(authentication) ? "redirect:" + SignInHandlers.TWO_FACTOR_STEP
                    : "redirect:/";
        }
        LoginProblem problem = LoginProblem.take(request);
        if (problem == null && error != null) {
            problem = new LoginProblem(LoginProblem.WRONG_CREDENTIALS, null, null);
        }
        model.addAttribute("errorKey", problem == null ? null : problem.messageKey());
        model.addAttribute("errorArgument", problem == null ? null : problem.argument());
        model.addAttribute("username", problem == null ? null : problem.username());
        model.addAttribute("loggedOut", logout != null && problem == null);
        model.addAttribute("sessionEnded", ended != null && problem == null);
        model.addAttribute("providers", providers);
        return "security/login";
    }

    private static List<SignInOption> providers(ClientRegistrationRepository registrations) {
        List<SignInOption> found = new ArrayList<>();
        if (registrations instanceof Iterable<?> all) {
            for (Object item : all) {
                if (item instanceof ClientRegistration registration) {
                    found.add(new SignInOption("/oauth2/authorization/" + registration.getRegistrationId(),
                            registration.getClientName()));
                }
            }
        }
        return List.copyOf(found);
    }
}
