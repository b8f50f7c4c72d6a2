package vn.cityhall.organization.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second sign-in step for accounts with two-factor authentication: the password was right, now
 * the code from the authenticator app. A wrong code counts as a failed sign-in (same lock and
 * address throttling); the right one adds the {@link TwoFactorRequirement#FACTOR} authority and
 * renews the session id.
 */
@Controller
class TwoFactorLoginController {

    private final TwoFactorCodes codes;
    private final LoginAttempts attempts;
    private final StaffAccounts accounts;
    private final SignedInSessions sessions;
    private final AuthenticationEventPublisher events;
    private final ApplicationEventPublisher applicationEvents;
    private final java.time.Clock clock;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    TwoFactorLoginController(TwoFactorCodes codes, LoginAttempts attempts, StaffAccounts accounts,
            SignedInSessions sessions, AuthenticationEventPublisher events, ApplicationEventPublisher applicationEvents,
            java.time.Clock clock) {
        this.codes = codes;
        this.attempts = attempts;
        this.accounts = accounts;
        this.sessions = sessions;
        this.events = events;
        this.applicationEvents = applicationEvents;
        this.clock = clock;
    }

    @GetMapping(SignInHandlers.TWO_FACTOR_STEP)
    String form(Authentication authentication, Model model) {
        if (!TwoFactorRequirement.isPending(authentication)) {
            return "redirect:/";
        }
        model.addAttribute("errorKey", null);
        model.addAttribute("errorArgument", null);
        return "security/twoFactor";
    }

    @PostMapping(SignInHandlers.TWO_FACTOR_STEP)
    String verify(@RequestParam(defaultValue = "") String code, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!TwoFactorRequirement.isPending(authentication)) {
            return "redirect:/";
        }
        StaffAccount account = (StaffAccount) authentication.getPrincipal();
        String address = request.getRemoteAddr();
        try {
            attempts.checkAddress(address);
        } catch (LoginThrottledException throttled) {
            events.publishAuthenticationFailure(throttled, authentication);
            return show(model, LoginProblem.of(throttled, null));
        }
        StaffAccount current = accounts.reload(account.person()).orElse(null);
        if (current == null || !current.isEnabled() || current.isLockedAt(clock.instant())) {
            // Deactivated or locked (e.g. by failures elsewhere) since the password was checked.
            sessions.signOut(request);
            new LoginProblem(current != null && current.isEnabled() ? "security.login.locked"
                    : "security.login.disabled", current != null && current.isEnabled()
                    ? LoginProblem.formatTime(current.lockedUntil()) : null, account.getUsername()).store(request);
            return "redirect:/login?error";
        }
        if (codes.accept(account.person(), code)) {
            attempts.succeeded(account.getUsername());
            Authentication upgraded = SignedInSessions.rebuild(authentication, current,
                    TwoFactorRequirement.grantedFactor());
            request.changeSessionId();
            sessions.replace(upgraded, request, response);
            events.publishAuthenticationSuccess(upgraded);
            // What the login filters publish once per sign-in; the audit trail records it.
            applicationEvents.publishEvent(new InteractiveAuthenticationSuccessEvent(upgraded, getClass()));
            return "redirect:" + afterSignIn(request, response);
        }
        events.publishAuthenticationFailure(new InvalidTwoFactorCodeException(), authentication);
        var lockedUntil = attempts.failed(account.getUsername(), address);
        if (lockedUntil.isPresent()) {
            sessions.signOut(request);
            new LoginProblem("security.login.locked", LoginProblem.formatTime(lockedUntil.get()),
                    account.getUsername()).store(request);
            return "redirect:/login?error";
        }
        return show(model, new LoginProblem("security.twoFactor.login.wrongCode", null, null));
    }

    private static String show(Model model, LoginProblem problem) {
        model.addAttribute("errorKey", problem.messageKey());
        model.addAttribute("errorArgument", problem.argument());
        return "security/twoFactor";
    }

    private String afterSignIn(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        return saved == null ? "/" : saved.getRedirectUrl();
    }
}
