package vn.cityhall.notifications.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Keeps the session's idle timeout meaningful despite the live-update stream. Every request to the server
 * counts as use of the session, and an open tab reconnects its stream forever, so without care an idle tab
 * would keep its session alive for good. This records when the person last did something other than
 * being streamed to (or their bell reloading), and the stream refuses to reopen for a session idle longer
 * than its timeout, ending it.
 */
@Configuration(proxyBeanMethods = false)
class UserActivity implements WebMvcConfigurer {

    static final String LAST_ACTIVITY = UserActivity.class.getName() + ".lastActivity";
    /** The attribute is rewritten at most this often, to keep session writes rare. */
    private static final long RESOLUTION_MILLIS = 30_000;

    private final Clock clock;

    UserActivity(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                record(request.getSession(false), clock.millis());
                return true;
            }
        }).excludePathPatterns("/notifications/stream", "/notifications/bell", "/webjars/**", "/css/**", "/js/**",
                "/img/**");
    }

    static void record(HttpSession session, long now) {
        if (session == null) {
            return;
        }
        try {
            Object last = session.getAttribute(LAST_ACTIVITY);
            if (!(last instanceof Long previous) || now - previous >= RESOLUTION_MILLIS) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        } catch (IllegalStateException invalidated) {
            // The session ended during this request (e.g. sign-out): nothing to record.
        }
    }

    /** Whether the session saw no activity for longer than its timeout (only the stream kept it alive). */
    static boolean idleTooLong(HttpSession session, long now) {
        if (session == null || session.getMaxInactiveInterval() <= 0) {
            return false;
        }
        Object last = session.getAttribute(LAST_ACTIVITY);
        return last instanceof Long previous && now - previous >= session.getMaxInactiveInterval() * 1000L;
    }
}
