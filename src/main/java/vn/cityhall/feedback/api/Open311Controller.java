package vn.cityhall.feedback.api;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.feedback.FeedbackChannel;
import vn.cityhall.feedback.FeedbackInvalid;
import vn.cityhall.feedback.FeedbackInvalid.FieldError;
import vn.cityhall.feedback.FeedbackReceipt;
import vn.cityhall.feedback.FeedbackSubmission;
import vn.cityhall.shared.CityZone;
import vn.cityhall.shared.Texts;
import vn.cityhall.shared.web.Localizer;

/**
 * Open311 GeoReport v2 at {@code /open311/v2/}, in XML and JSON by the resource's suffix: discovery,
 * services (the active categories), service definitions (their extra questions), requests (post one
 * with an API key; query them by id, service, status and dates), one request, tokens. Errors are the
 * specification's list of {@code {code, description}} with its status codes. One jurisdiction:
 * {@code jurisdiction_id} is accepted and ignored, as the specification allows. Texts are in
 * Vietnamese, or English when {@code Accept-Language} asks for it.
 * <p>
 * Our rules ask more of a posted request than the specification: a description, the sender's name
 * ({@code last_name} is the family name, written first) and phone number. Consent to the processing of
 * the contact details is given by the client's terms of use with its users, under which the key was
 * issued; consent to publishing is never assumed. Photos may be uploaded as {@code media} parts of a
 * {@code multipart/form-data} post (FixMyStreet's extension; categories that require a photo need one);
 * {@code media_url}, {@code device_id} and {@code account_id} are ignored.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    static final String FORMAT = "{format:json|xml}";
    /** When this endpoint's behaviour last changed, for discovery. */
    static final String CHANGESET = "2026-03-01T00:00:00+07:00";
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]+)](\\[])?");
    private static final Set<String> LIMITS = FeedbackApiErrors.LIMITS;
    private static final List<Locale> LANGUAGES = List.of(ApiProblems.VIETNAMESE, Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    /** The intake's field names as Open311 calls them. */
    private static final Map<String, String> PARAMETERS = Map.of("text", "description", "senderName",
            "first_name, last_name", "senderPhone", "phone", "senderEmail", "email", "location", "lat, long", "address",
            "address_string", "categoryId", "service_code", "photos", "media");

    private final ApiCategoryCatalog catalog;
    private final ApiItems items;
    private final ApiIntake intake;
    private final Open311Documents documents;
    private final PublicLinks links;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    Open311Controller(ApiCategoryCatalog catalog, ApiItems items, ApiIntake intake, Open311Documents documents,
            PublicLinks links, MessageSource messages, JsonMapper json, Clock clock) {
        this.catalog = catalog;
        this.items = items;
        this.intake = intake;
        this.documents = documents;
        this.links = links;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/discovery." + FORMAT)
    ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
        Localizer i18n = i18n(request);
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", Open311Documents.SPECIFICATION);
        endpoint.put("url", links.base(request) + "/open311/v2");
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of(Open311Format.XML.mediaType().toString(), Open311Format.JSON.mediaType().toString()));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", CHANGESET);
        discovery.put("contact", i18n.t("feedbackapi.open311.contact"));
        discovery.put("key_service", i18n.t("feedbackapi.open311.keyService"));
        discovery.put("endpoints", List.of(endpoint));
        return Open311Format.of(format).respond(HttpStatus.OK, "discovery", discovery, json);
    }

    @GetMapping("/services." + FORMAT)
    ResponseEntity<String> services(@PathVariable String format, HttpServletRequest request) {
        Localizer i18n = i18n(request);
        return Open311Format.of(format).respond(HttpStatus.OK, "services",
                catalog.active().stream().map(category -> documents.service(category, i18n)).toList(), json);
    }

    @GetMapping("/services/{code}." + FORMAT)
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format, HttpServletRequest request) {
        Localizer i18n = i18n(request);
        Open311Format chosen = Open311Format.of(format);
        ApiCategoryCatalog.Category category = catalog.byCode(code).orElseThrow(() -> failure(HttpStatus.NOT_FOUND, chosen,
                i18n, List.of(new FieldError("service_code", "feedbackapi.open311.error.service", code))));
        return chosen.respond(HttpStatus.OK, "service_definition", documents.definition(category, i18n), json);
    }

    @PostMapping("/requests." + FORMAT)
    ResponseEntity<String> create(@PathVariable String format,
            @RequestParam(name = "media", required = false) List<MultipartFile> media,
            @AuthenticationPrincipal ApiClientIdentity client, HttpServletRequest request) {
        Localizer i18n = i18n(request);
        Open311Format chosen = Open311Format.of(format);
        if (client == null) {
            throw failure(HttpStatus.FORBIDDEN, chosen, i18n, List.of(new FieldError("api_key",
                    "feedbackapi.open311.error.apiKey")));
        }
        String serviceCode = parameter(request, "service_code");
        if (serviceCode == null) {
            throw failure(HttpStatus.BAD_REQUEST, chosen, i18n, List.of(new FieldError("service_code",
                    "feedbackapi.open311.error.serviceRequired")));
        }
        ApiCategoryCatalog.Category category = catalog.byCode(serviceCode).orElseThrow(() -> failure(HttpStatus.NOT_FOUND,
                chosen, i18n, List.of(new FieldError("service_code", "feedbackapi.open311.error.service", serviceCode))));
        FeedbackReceipt receipt;
        try {
            receipt = intake.submit(client, draft(request, category), media == null ? List.of() : media);
        } catch (FeedbackInvalid invalid) {
            throw failure(HttpStatus.BAD_REQUEST, chosen, i18n, invalid.errors());
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", receipt.code());
        created.put("service_notice", i18n.t("feedbackapi.open311.notice", receipt.code(),
                TIME.format(receipt.screeningDueAt().atZone(CityZone.ID)), links.base(request) + "/portal/track"));
        created.put("account_id", null);
        return chosen.respond(HttpStatus.OK, "service_requests", List.of(created), json);
    }

    @GetMapping("/requests." + FORMAT)
    ResponseEntity<String> requests(@PathVariable String format,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCodes,
            @RequestParam(name = "start_date", required = false) String start,
            @RequestParam(name = "end_date", required = false) String end,
            @RequestParam(required = false) String status, @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize,
            @AuthenticationPrincipal ApiClientIdentity client, HttpServletRequest request) {
        Localizer i18n = i18n(request);
        Open311Format chosen = Open311Format.of(format);
        Open311Query query = Open311Query.parse(ids, serviceCodes, start, end, status, page, pageSize, clock.instant());
        if (!query.errors().isEmpty()) {
            throw failure(HttpStatus.BAD_REQUEST, chosen, i18n, query.errors());
        }
        return chosen.respond(HttpStatus.OK, "service_requests", items.find(query.filter()).stream()
                .map(item -> documents.request(item, client, i18n)).toList(), json);
    }

    @GetMapping("/requests/{id}." + FORMAT)
    ResponseEntity<String> request(@PathVariable String id, @PathVariable String format,
            @AuthenticationPrincipal ApiClientIdentity client, HttpServletRequest request) {
        Localizer i18n = i18n(request);
        Open311Format chosen = Open311Format.of(format);
        ApiItem item = find(id, chosen, i18n);
        return chosen.respond(HttpStatus.OK, "service_requests", List.of(documents.request(item, client, i18n)), json);
    }

    /** Requests always get their id at once ({@code type realtime}), so a token is the request's id. */
    @GetMapping("/tokens/{token}." + FORMAT)
    ResponseEntity<String> token(@PathVariable String token, @PathVariable String format, HttpServletRequest request) {
        Localizer i18n = i18n(request);
        Open311Format chosen = Open311Format.of(format);
        ApiItem item = find(token, chosen, i18n);
        Map<String, Object> resolved = new LinkedHashMap<>();
        resolved.put("service_request_id", item.code());
        resolved.put("token", token);
        return chosen.respond(HttpStatus.OK, "service_requests", List.of(resolved), json);
    }

    /** Anything else under {@code /open311/v2/}: 404 in the specification's format. */
    @RequestMapping("/**")
    ResponseEntity<String> unknown(HttpServletRequest request) {
        Open311Format chosen = request.getRequestURI().endsWith(".xml") ? Open311Format.XML : Open311Format.JSON;
        throw failure(HttpStatus.NOT_FOUND, chosen, i18n(request), List.of(new FieldError(null,
                "feedbackapi.open311.error.resource")));
    }

    @ExceptionHandler(Open311Failure.class)
    ResponseEntity<String> failed(Open311Failure failure) {
        return failure.format().respond(failure.status(), "errors", failure.errors(), json);
    }

    private ApiItem find(String code, Open311Format format, Localizer i18n) {
        return items.byCode(code.strip().toUpperCase(Locale.ROOT)).orElseThrow(() -> failure(HttpStatus.NOT_FOUND, format,
                i18n, List.of(new FieldError("service_request_id", "feedbackapi.open311.error.request", code))));
    }

    /** The posted request as the intake takes it, with the errors found in reading it. */
    private static ApiDraft draft(HttpServletRequest request, ApiCategoryCatalog.Category category) {
        List<FieldError> errors = new ArrayList<>();
        Double latitude = coordinate(request, "lat", errors);
        Double longitude = coordinate(request, "long", errors);
        String address = parameter(request, "address_string");
        if (latitude == null && longitude == null && address == null && errors.isEmpty()) {
            errors.add(new FieldError("lat, long", parameter(request, "address_id") != null
                    ? "feedbackapi.open311.error.addressId" : "feedbackapi.open311.error.location"));
        }
        String name = Texts.cleanOrNull(String.join(" ", nonNull(parameter(request, "last_name")),
                nonNull(parameter(request, "first_name"))));
        FeedbackSubmission submission = new FeedbackSubmission(FeedbackChannel.OPEN311, parameter(request, "description"),
                category.id(), null, address, latitude, longitude, name, parameter(request, "phone"),
                parameter(request, "email"), true, false, List.of(), null);
        return new ApiDraft(submission, category, attributes(request), errors);
    }

    /** {@code attribute[CODE]=value}; a list repeats the key as {@code attribute[CODE][]} (the first value counts). */
    private static Map<String, String> attributes(HttpServletRequest request) {
        Map<String, String> answers = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            Matcher matcher = ATTRIBUTE.matcher(name);
            if (matcher.matches() && values.length > 0) {
                answers.putIfAbsent(matcher.group(1), values[0]);
            }
        });
        return answers;
    }

    private static Double coordinate(HttpServletRequest request, String name, List<FieldError> errors) {
        String value = parameter(request, name);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "feedbackapi.open311.error.coordinate", name));
            return null;
        }
    }

    /** A parameter; an empty one is an absent one, as the specification requires. */
    private static String parameter(HttpServletRequest request, String name) {
        return Texts.cleanOrNull(request.getParameter(name));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private Open311Failure failure(HttpStatus status, Open311Format format, Localizer i18n, List<FieldError> errors) {
        boolean limited = errors.stream().allMatch(error -> LIMITS.contains(error.messageKey()));
        return new Open311Failure(status, format, errors.stream().map(error -> {
            Map<String, Object> described = new LinkedHashMap<>();
            // The HTTP status, or 429 for a sender over the limits, which the specification reports as 400.
            described.put("code", limited && status == HttpStatus.BAD_REQUEST ? 429 : status.value());
            String field = error.field() == null ? null : PARAMETERS.getOrDefault(error.field(),
                    error.field().startsWith("answers.") ? "attribute[" + error.field().substring(8) + "]" : error.field());
            String message = i18n.t(error.messageKey(), error.arguments());
            described.put("description", field == null ? message : field + ": " + message);
            return described;
        }).toList());
    }

    /** The language asked for in {@code Accept-Language} among Vietnamese and English; Vietnamese otherwise. */
    private Localizer i18n(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        Locale locale = LANGUAGES.get(0);
        if (header != null && !header.isBlank()) {
            try {
                Locale chosen = Locale.lookup(Locale.LanguageRange.parse(header), LANGUAGES);
                locale = chosen == null ? locale : chosen;
            } catch (IllegalArgumentException malformed) {
                // A malformed header: the default language.
            }
        }
        return new Localizer(messages, locale);
    }
}
