package vn.cityhall.audit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import vn.cityhall.audit.AuditEntryView;
import vn.cityhall.audit.AuditLog;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Htmx;
import vn.cityhall.shared.web.PageView;

/**
 * The audit log for system administrators: search with filters, newest first, and one entry in
 * full. The same URL serves the whole page, or for htmx only the results.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private final AuditLog auditLog;
    private final MessageSource messages;

    AuditController(AuditLog auditLog, MessageSource messages) {
        this.auditLog = auditLog;
        this.messages = messages;
    }

    @GetMapping
    String search(@ModelAttribute("filter") AuditFilterForm filter, HttpServletRequest request, Locale locale,
            Model model) {
        Map<String, String> problems = filter.problems();
        PageView<AuditEntryView> results = problems.isEmpty()
                ? auditLog.search(filter.toQuery(), filter.pageNumber()) : null;
        Map<String, List<String>> fields = new LinkedHashMap<>();
        problems.forEach((field, key) -> fields.put(field, List.of(messages.getMessage(key, null, locale))));
        model.addAttribute("errors", new FormErrors(fields, List.of()));
        model.addAttribute("results", results);
        model.addAttribute("actionLabels", results == null ? Map.of() : actionLabels(results.items(), locale));
        model.addAttribute("pageLinkPrefix", filter.pageLinkPrefix());
        model.addAttribute("outcomes", AuditFilterForm.outcomes());
        return Htmx.isHtmx(request) ? "audit/results" : "audit/search";
    }

    @GetMapping("/entries/{sequence}")
    String entry(@PathVariable long sequence, Locale locale, Model model) {
        AuditEntryView entry = auditLog.entry(sequence)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("entry", entry);
        model.addAttribute("actionLabels", actionLabels(List.of(entry), locale));
        return "audit/entry";
    }

    /** Localized names of the actions the audit module knows; others are shown by their code. */
    private Map<String, String> actionLabels(List<AuditEntryView> entries, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (AuditEntryView entry : entries) {
            String label = messages.getMessage("audit.action." + entry.action(), null, null, locale);
            if (label != null) {
                labels.put(entry.action(), label);
            }
        }
        return labels;
    }
}
