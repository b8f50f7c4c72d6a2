package vn.cityhall.organization.web;

import java.io.Serial;
import java.io.Serializable;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A message shown once on the page an administrator is redirected to after a change
 * (post/redirect/get). The text is already localized.
 *
 * @param tone a Bootstrap contextual colour: {@code success}, {@code danger}, {@code warning}
 */
public record Flash(String tone, String text) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The model attribute the admin templates read. */
    public static final String ATTRIBUTE = "flash";

    public static void success(RedirectAttributes redirect, String text) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash("success", text));
    }

    public static void danger(RedirectAttributes redirect, String text) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash("danger", text));
    }

    public String icon() {
        return "success".equals(tone) ? "check-circle" : "exclamation-triangle";
    }
}
