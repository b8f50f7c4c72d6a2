package vn.cityhall.organization.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;

/**
 * Two-factor authentication for the signed-in staff member: enrol by scanning a QR code (or typing
 * the secret) into an authenticator app and confirming with a valid code; disable with a valid code
 * or the password. The new secret lives only in the session until it is confirmed.
 */
@Controller
class TwoFactorController {

    static final String PENDING_SECRET = TwoFactorController.class.getName() + ".secret";
    static final String ISSUER = "CityHall";

    private final People people;
    private final TwoFactorCodes codes;
    private final PasswordEncoder encoder;
    private final StaffAccounts accounts;
    private final SignedInSessions sessions;
    private final SecuritySettings settings;

    TwoFactorController(People people, TwoFactorCodes codes, PasswordEncoder encoder, StaffAccounts accounts,
            SignedInSessions sessions, SecuritySettings settings) {
        this.people = people;
        this.codes = codes;
        this.encoder = encoder;
        this.accounts = accounts;
        this.sessions = sessions;
        this.settings = settings;
    }

    @GetMapping(AccountGate.TWO_FACTOR_PAGE)
    String page(Authentication authentication, HttpSession session, Model model) {
        return render(model, (StaffUser) authentication.getPrincipal(), session, null);
    }

    /** The QR code of the pending secret's key URI, for the authenticator app. */
    @GetMapping(value = AccountGate.TWO_FACTOR_PAGE + "/qr.svg", produces = "image/svg+xml")
    @ResponseBody
    ResponseEntity<String> qrCode(Authentication authentication, HttpSession session) {
        StaffUser user = (StaffUser) authentication.getPrincipal();
        if (!(session.getAttribute(PENDING_SECRET) instanceof String secret)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.valueOf("image/svg+xml"))
                .body(QrCode.svg(Totp.keyUri(ISSUER, user.username(), secret)));
    }

    @PostMapping(AccountGate.TWO_FACTOR_PAGE + "/confirm")
    String confirm(@RequestParam(defaultValue = "") String code, Authentication authentication, HttpSession session,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        StaffUser user = (StaffUser) authentication.getPrincipal();
        if (!(session.getAttribute(PENDING_SECRET) instanceof String secret)) {
            return "redirect:" + AccountGate.TWO_FACTOR_PAGE;
        }
        if (!codes.enrol(user.person(), secret, code)) {
            return render(model, user, session, "security.twoFactor.enrol.wrongCode");
        }
        session.removeAttribute(PENDING_SECRET);
        refresh(authentication, user, request, response, true);
        redirect.addFlashAttribute("notice", "security.twoFactor.enabled");
        return "redirect:" + AccountGate.TWO_FACTOR_PAGE;
    }

    @PostMapping(AccountGate.TWO_FACTOR_PAGE + "/disable")
    String disable(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String password,
            Authentication authentication, HttpSession session, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        StaffUser user = (StaffUser) authentication.getPrincipal();
        if (settings.requireTotpForAdmins() && user.is(Role.SYSTEM_ADMIN)) {
            return render(model, user, session, "security.twoFactor.disable.requiredForAdmins");
        }
        String hash = people.findById(user.personId()).orElseThrow().passwordHash();
        boolean passwordRight = !password.isEmpty() && hash != null && encoder.matches(password, hash);
        if (!passwordRight && !codes.accept(user.person(), code)) {
            return render(model, user, session, "security.twoFactor.disable.wrongProof");
        }
        codes.disable(user.person());
        refresh(authentication, user, request, response, false);
        redirect.addFlashAttribute("notice", "security.twoFactor.disabled");
        return "redirect:" + AccountGate.TWO_FACTOR_PAGE;
    }

    private void refresh(Authentication authentication, StaffUser user, HttpServletRequest request,
            HttpServletResponse response, boolean factorGiven) {
        if (!(user instanceof StaffAccount)) {
            return;
        }
        accounts.reload(user.person()).ifPresent(account -> sessions.replace(factorGiven
                ? SignedInSessions.rebuild(authentication, account, TwoFactorRequirement.grantedFactor())
                : SignedInSessions.rebuild(authentication, account), request, response));
    }

    private String render(Model model, StaffUser user, HttpSession session, String error) {
        boolean enabled = people.findById(user.personId()).orElseThrow().totpEnabled();
        String secret = null;
        if (!enabled) {
            secret = session.getAttribute(PENDING_SECRET) instanceof String pending ? pending : Totp.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        model.addAttribute("enabled", enabled);
        model.addAttribute("secret", secret == null ? null : grouped(secret));
        model.addAttribute("required", settings.requireTotpForAdmins() && user.is(Role.SYSTEM_ADMIN));
        model.addAttribute("error", error);
        if (!model.containsAttribute("notice")) {
            model.addAttribute("notice", null);
        }
        return "account/twoFactor";
    }

    /** The secret in groups of four characters, easier to type. */
    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
