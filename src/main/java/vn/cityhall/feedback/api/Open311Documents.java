package vn.cityhall.feedback.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.cityhall.shared.web.Localizer;

/**
 * The Open311 documents, field by field in the specification's order: services (the active
 * categories), service definitions (their extra questions) and service requests (feedback items).
 * A request shows the public view: the published question and answer only, the commune as the
 * address, the map pin rounded to 3 decimals (about 100 m), never the sender. The client that sent
 * the item, when it gives its key, also reads what it sent and the answer.
 */
@Component
class Open311Documents {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    private final CommuneCodes units;

    Open311Documents(CommuneCodes units) {
        this.units = units;
    }

    Map<String, Object> service(ApiCategoryCatalog.Category category, Localizer i18n) {
        boolean english = isEnglish(i18n);
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", category.code());
        service.put("service_name", english ? category.nameEn() : category.name());
        service.put("description", category.description());
        service.put("metadata", !category.questions().isEmpty());
        service.put("type", "realtime");
        // The name in the other language is the one synonym every category has.
        service.put("keywords", english ? category.name() : category.nameEn());
        service.put("group", category.handledByCommune() ? i18n.t("feedbackapi.open311.group.commune")
                : units.nameByCode(category.handlerUnitCode()).orElse(category.handlerUnitCode()));
        return service;
    }

    Map<String, Object> definition(ApiCategoryCatalog.Category category, Localizer i18n) {
        boolean english = isEnglish(i18n);
        List<Map<String, Object>> attributes = new ArrayList<>();
        int order = 1;
        for (ApiCategoryCatalog.Question question : category.questions()) {
            Map<String, Object> attribute = new LinkedHashMap<>();
            attribute.put("variable", true);
            attribute.put("code", question.code());
            attribute.put("datatype", switch (question.kind()) {
                case TEXT -> "string";
                case NUMBER -> "number";
                case CHOICE -> "singlevaluelist";
            });
            attribute.put("required", question.required());
            attribute.put("datatype_description", i18n.t("feedbackapi.open311.datatype." + question.kind().name()));
            attribute.put("order", order++);
            attribute.put("description", english ? question.labelEn() : question.label());
            if (question.kind() == ApiCategoryCatalog.Kind.CHOICE) {
                attribute.put("values", question.choices().stream().map(choice -> {
                    Map<String, Object> value = new LinkedHashMap<>();
                    value.put("key", choice.key());
                    value.put("name", english ? choice.nameEn() : choice.name());
                    return value;
                }).toList());
            }
            attributes.add(attribute);
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", category.code());
        definition.put("attributes", attributes);
        return definition;
    }

    /** A service request; {@code viewer} is the client whose key came with the request, or {@code null}. */
    Map<String, Object> request(ApiItem item, ApiClientIdentity viewer, Localizer i18n) {
        boolean english = isEnglish(i18n);
        boolean sender = item.sentBy(viewer);
        String commune = units.name(item.communeId()).orElse(null);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", item.code());
        request.put("status", item.isOpen() ? "open" : "closed");
        request.put("status_notes", notes(item, sender, english, i18n));
        request.put("service_name", english ? item.categoryNameEn() : item.categoryName());
        request.put("service_code", item.categoryCode());
        request.put("description", sender ? item.text() : item.publishedText());
        request.put("agency_responsible", units.name(item.answeringUnitId()).orElse(null));
        request.put("service_notice", null);
        request.put("requested_datetime", W3cTime.format(item.receivedAt()));
        request.put("updated_datetime", W3cTime.format(item.updatedAt()));
        request.put("expected_datetime", W3cTime.format(item.expectedAt()));
        request.put("address", sender && item.address() != null
                ? (commune == null ? item.address() : item.address() + ", " + commune) : commune);
        request.put("address_id", null);
        request.put("zipcode", null);
        request.put("lat", rounded(item.latitude()));
        request.put("long", rounded(item.longitude()));
        request.put("media_url", null);
        return request;
    }

    /**
     * Why the item stands where it stands: the answer (to everyone else only once published), the
     * refusal's reason (with the operator's note for the sender), or the status in words.
     */
    private static String notes(ApiItem item, boolean sender, boolean english, Localizer i18n) {
        if (item.answer() != null) {
            if (sender) {
                return item.answer();
            }
            return item.publishedAnswer() != null ? item.publishedAnswer() : i18n.t("feedbackapi.open311.answered");
        }
        if (item.isRefused()) {
            String reason = english ? item.reasonAnswerEn() : item.reasonAnswer();
            String notes = sender ? item.refusal(english) : reason;
            if (notes != null) {
                return notes;
            }
        }
        return i18n.t("feedbackapi.status." + item.status().name());
    }

    /** Coordinates to 3 decimals (about 100 m), as published everywhere. */
    static BigDecimal rounded(Double coordinate) {
        return coordinate == null ? null : BigDecimal.valueOf(coordinate).setScale(3, RoundingMode.HALF_UP);
    }

    private static boolean isEnglish(Localizer i18n) {
        return "en".equals(i18n.language());
    }
}
