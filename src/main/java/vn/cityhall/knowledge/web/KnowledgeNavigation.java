package vn.cityhall.knowledge.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.shared.web.NavItem;

/** The questions and answers and the announcements in the staff navigation, for their editors. */
@Configuration(proxyBeanMethods = false)
class KnowledgeNavigation {

    @Bean
    NavItem knowledgeEntriesNavItem() {
        return new NavItem("knowledge.nav.entries", EntryController.PATH, "journal-bookmark", KnowledgeEditors.ROLES,
                24);
    }

    @Bean
    NavItem knowledgeAnnouncementsNavItem() {
        return new NavItem("knowledge.nav.announcements", AnnouncementController.PATH, "broadcast",
                KnowledgeEditors.ROLES, 25);
    }
}
