package vn.cityhall.notifications.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.cityhall.notifications.internal.LiveStreams;
import vn.cityhall.organization.StaffUser;

/**
 * The signed-in person's live-update stream (server-sent events), opened by every page of the staff app.
 * See the module documentation for the events it carries. A session that was idle longer than its timeout
 * (only the stream kept it alive) is ended instead, with 204, which tells the browser to stop.
 */
@RestController
class StreamController {

    private final LiveStreams streams;
    private final Clock clock;

    StreamController(LiveStreams streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    @GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> stream(@AuthenticationPrincipal StaffUser user,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId, HttpServletRequest request,
            HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (UserActivity.idleTooLong(session, clock.millis())) {
            session.invalidate();
            return ResponseEntity.noContent().build();
        }
        // Proxies such as nginx must pass events on at once instead of buffering the response.
        response.setHeader("X-Accel-Buffering", "no");
        return ResponseEntity.ok(streams.open(user.personId(), lastEventId != null && !lastEventId.isBlank()));
    }
}
