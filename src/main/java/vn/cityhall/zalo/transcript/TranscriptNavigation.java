package vn.cityhall.zalo.transcript;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.shared.web.NavItem;

/** The Zalo conversations in the navigation, for feedback operators and administrators. */
@Configuration(proxyBeanMethods = false)
class TranscriptNavigation {

    @Bean
    NavItem zaloConversationsNavItem() {
        return new NavItem("zalotranscript.nav", TranscriptController.PATH, "chat-dots",
                Set.of("FEEDBACK_OPERATOR", "SYSTEM_ADMIN"), 35);
    }
}
