package vn.cityhall.feedback.lists;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.shared.web.NavItem;

/** The lists in the navigation, each for the roles that keep it. */
@Configuration(proxyBeanMethods = false)
class FeedbackListsNavigation {

    private static final Set<String> KEEPERS = Set.of("SYSTEM_ADMIN", "FEEDBACK_OPERATOR");

    @Bean
    NavItem feedbackBlocklistNavItem() {
        return new NavItem("feedbacklists.nav.blocklist", BlocklistController.PATH, "slash-circle",
                Set.of("FEEDBACK_OPERATOR"), 21);
    }

    @Bean
    NavItem feedbackRejectReasonsNavItem() {
        return new NavItem("feedbacklists.nav.rejectReasons", RejectReasonController.PATH, "x-octagon", KEEPERS, 22);
    }

    @Bean
    NavItem feedbackAnswerTemplatesNavItem() {
        return new NavItem("feedbacklists.nav.answerTemplates", AnswerTemplateController.PATH, "journal-text",
                KEEPERS, 23);
    }

    @Bean
    NavItem feedbackCategoriesNavItem() {
        return new NavItem("feedbacklists.nav.categories", CategoryController.PATH, "tags", Set.of("SYSTEM_ADMIN"), 93);
    }
}
