package vn.cityhall.notifications.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.notifications.internal.Channel;
import vn.cityhall.notifications.internal.DeliveryPreferences;
import vn.cityhall.notifications.internal.DeliveryPreferences.Choice;
import vn.cityhall.notifications.internal.KindCatalog;
import vn.cityhall.notifications.internal.NotificationSettings;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.PersonView;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.Htmx;
import vn.cityhall.shared.web.Localizer;

/**
 * Each person chooses, per kind of notification, whether it reaches them in the app and by e-mail. The
 * form sends the kinds it showed and the boxes that are ticked; a box not ticked is off. A form naming a
 * kind or channel that does not exist is refused as a whole and changes nothing.
 */
@Controller
class PreferenceController {

    private final DeliveryPreferences preferences;
    private final KindCatalog kinds;
    private final NotificationSettings settings;
    private final OrganizationDirectory directory;
    private final NotificationViews views;

    PreferenceController(DeliveryPreferences preferences, KindCatalog kinds, NotificationSettings settings,
            OrganizationDirectory directory, NotificationViews views) {
        this.preferences = preferences;
        this.kinds = kinds;
        this.settings = settings;
        this.directory = directory;
        this.views = views;
    }

    @GetMapping("/notifications/preferences")
    String show(@AuthenticationPrincipal StaffUser user, Locale locale, Model model) {
        model.addAttribute("preferences", page(user, views.i18n(locale), List.of(), (String) model.getAttribute("flash")));
        return "notifications/preferences";
    }

    @PostMapping("/notifications/preferences")
    String save(@AuthenticationPrincipal StaffUser user, @RequestParam(name = "kind", required = false) List<String> shown,
            @RequestParam(name = "on", required = false) List<String> ticked, Locale locale, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Localizer i18n = views.i18n(locale);
        List<String> errors = new ArrayList<>();
        Set<String> kindsShown = new LinkedHashSet<>();
        for (String kind : shown == null ? List.<String>of() : shown) {
            if (kinds.exists(kind)) {
                kindsShown.add(kind);
            } else {
                errors.add(i18n.t("notifications.preferences.error.unknownKind", kind));
            }
        }
        if (kindsShown.isEmpty() && errors.isEmpty()) {
            errors.add(i18n.t("notifications.preferences.error.noKinds"));
        }
        Set<Choice> enabled = new HashSet<>();
        for (String value : ticked == null ? List.<String>of() : ticked) {
            Choice choice = parse(value);
            if (choice == null || !kindsShown.contains(choice.kind())) {
                errors.add(i18n.t("notifications.preferences.error.invalidChoice", value));
            } else {
                enabled.add(choice);
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("preferences", page(user, i18n, errors, null));
            if (Htmx.isHtmx(request)) {
                return "notifications/preferencesForm";
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "notifications/preferences";
        }
        preferences.save(user.personId(), kindsShown, enabled);
        String flash = i18n.t("notifications.preferences.saved");
        if (Htmx.isHtmx(request)) {
            model.addAttribute("preferences", page(user, i18n, List.of(), flash));
            return "notifications/preferencesForm";
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/notifications/preferences";
    }

    private PreferencesPage page(StaffUser user, Localizer i18n, List<String> errors, String flash) {
        List<PreferencesPage.KindRow> rows = new ArrayList<>();
        for (Map.Entry<String, Map<Channel, Boolean>> entry : preferences.of(user.personId()).entrySet()) {
            rows.add(new PreferencesPage.KindRow(entry.getKey(), views.kindLabel(entry.getKey(), i18n),
                    entry.getValue().get(Channel.IN_APP), entry.getValue().get(Channel.EMAIL)));
        }
        rows.sort(java.util.Comparator.comparing(PreferencesPage.KindRow::label, java.text.Collator.getInstance(i18n.locale())));
        boolean hasAddress = directory.person(user.person()).map(PersonView::email)
                .filter(email -> !email.isBlank()).isPresent();
        return new PreferencesPage(rows, settings.emailEnabled(), hasAddress, errors, flash);
    }

    /** {@code kind|CHANNEL}, or {@code null} when the value is not one. */
    private static Choice parse(String value) {
        int bar = value == null ? -1 : value.lastIndexOf('|');
        if (bar <= 0) {
            return null;
        }
        try {
            return new Choice(value.substring(0, bar), Channel.valueOf(value.substring(bar + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
