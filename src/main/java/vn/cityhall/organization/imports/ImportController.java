package vn.cityhall.organization.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.web.Flash;
import vn.cityhall.organization.web.OneTimeSecrets;
import vn.cityhall.shared.web.Localizer;

/**
 * Importing units and people from CSV: upload, a preview with every row's outcome and every
 * problem, then one confirmation that applies the whole file in one transaction, or nothing.
 */
@Controller
class ImportController {

    private final UnitImportPlanner unitPlanner;
    private final PersonImportPlanner personPlanner;
    private final ImportApplier applier;
    private final PendingImports pending;
    private final OneTimeSecrets secrets;
    private final MessageSource messages;
    private final Clock clock;

    ImportController(UnitImportPlanner unitPlanner, PersonImportPlanner personPlanner, ImportApplier applier,
            PendingImports pending, OneTimeSecrets secrets, MessageSource messages, Clock clock) {
        this.unitPlanner = unitPlanner;
        this.personPlanner = personPlanner;
        this.applier = applier;
        this.pending = pending;
        this.secrets = secrets;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/imports")
    String index(@RequestParam(required = false) String credentials, @RequestParam(required = false) String gone,
            HttpSession session, Model model, Locale locale) {
        String error = gone == null ? null : new Localizer(messages, locale).t("organization.import.credentials.gone");
        return indexPage(model, error, null, credentials != null && secrets.isAvailable(session, credentials)
                ? credentials : null);
    }

    @PostMapping("/admin/imports/preview")
    String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
            HttpSession session, Model model, Locale locale) throws IOException {
        ImportKind importKind = ImportKind.fromSlug(kind);
        Localizer i18n = new Localizer(messages, locale);
        if (importKind == null) {
            return indexPage(model, i18n.t("organization.import.kind.required"), null, null);
        }
        if (file == null || file.isEmpty()) {
            return indexPage(model, i18n.t("organization.import.file.required"), importKind, null);
        }
        if (file.getSize() > CsvReader.MAX_BYTES) {
            return indexPage(model, i18n.t("organization.import.file.tooLarge", CsvReader.MAX_BYTES / (1024 * 1024)),
                    importKind, null);
        }
        try {
            CsvTable table = CsvReader.read(file.getBytes(), importKind);
            PendingImports.Pending kept = pending.keep(session, importKind, fileName(file), table);
            return "redirect:/admin/imports/preview/" + kept.token();
        } catch (ImportFileException e) {
            return indexPage(model, i18n.t(e.key(), e.args()), importKind, null);
        }
    }

    @GetMapping("/admin/imports/preview/{token}")
    String preview(@PathVariable String token, @AuthenticationPrincipal StaffUser user, HttpSession session,
            Model model, Locale locale, RedirectAttributes redirect) {
        Optional<PendingImports.Pending> found = pending.find(session, token);
        if (found.isEmpty()) {
            Flash.danger(redirect, new Localizer(messages, locale).t("organization.import.expired"));
            return "redirect:/admin/imports";
        }
        PendingImports.Pending file = found.get();
        ImportPlan plan = file.kind() == ImportKind.UNITS ? unitPlanner.plan(file.table())
                : personPlanner.plan(file.table(), user);
        model.addAttribute("token", token);
        model.addAttribute("fileName", file.fileName());
        model.addAttribute("plan", plan);
        return "organization/imports/preview";
    }

    @PostMapping("/admin/imports/confirm")
    String confirm(@RequestParam(required = false) String token, @AuthenticationPrincipal StaffUser user,
            HttpSession session, Locale locale, RedirectAttributes redirect) {
        Localizer i18n = new Localizer(messages, locale);
        Optional<PendingImports.Pending> found = pending.find(session, token);
        if (found.isEmpty()) {
            Flash.danger(redirect, i18n.t("organization.import.expired"));
            return "redirect:/admin/imports";
        }
        PendingImports.Pending file = found.get();
        ImportApplier.Outcome outcome;
        try {
            outcome = applier.apply(file.kind(), file.table(), user);
        } catch (ImportRejected rejected) {
            Flash.danger(redirect, i18n.t("organization.import.changedSincePreview"));
            return "redirect:/admin/imports/preview/" + token;
        }
        pending.forget(session);
        Flash.success(redirect, i18n.t("organization.import.done", outcome.created(), outcome.updated(),
                outcome.unchanged()));
        if (outcome.credentials().isEmpty()) {
            return "redirect:/admin/imports";
        }
        String ticket = secrets.seal(session, CredentialsFile.of(outcome.credentials()));
        return "redirect:/admin/imports?credentials=" + ticket;
    }

    @PostMapping("/admin/imports/cancel")
    String cancel(HttpSession session, Locale locale, RedirectAttributes redirect) {
        pending.forget(session);
        Flash.success(redirect, new Localizer(messages, locale).t("organization.import.cancelled"));
        return "redirect:/admin/imports";
    }

    /** The login names and initial passwords of the people just imported; works once. */
    @PostMapping("/admin/imports/credentials")
    ResponseEntity<byte[]> credentials(@RequestParam(required = false) String ticket, HttpSession session) {
        byte[] file = secrets.open(session, ticket).orElse(null);
        if (file == null) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, "/admin/imports?gone=true")
                    .build();
        }
        return csv(file, "initial-passwords-" + LocalDate.now(clock) + ".csv");
    }

    @GetMapping("/admin/imports/template/{name}.csv")
    ResponseEntity<byte[]> template(@PathVariable String name) {
        ImportKind kind = ImportKind.fromSlug(name);
        if (kind == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return csv(ImportTemplates.of(kind), kind.slug() + ".csv");
    }

    private String indexPage(Model model, String error, ImportKind kind, String credentialsTicket) {
        model.addAttribute("kinds", List.of(ImportKind.values()));
        model.addAttribute("selected", kind == null ? ImportKind.UNITS : kind);
        model.addAttribute("error", error);
        model.addAttribute("credentials", credentialsTicket);
        model.addAttribute("maxMegabytes", CsvReader.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxRows", CsvReader.MAX_ROWS);
        return "organization/imports/index";
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "upload.csv" : name;
    }

    private static ResponseEntity<byte[]> csv(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
