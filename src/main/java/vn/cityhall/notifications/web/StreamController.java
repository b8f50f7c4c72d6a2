package vn.cityhall.notifications.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.cityhall.notifications.internal.LiveStreams;
import vn.cityhall.organization.StaffUser;

/**
 * The signed-in person's live-update stream (server-sent events), opened by every page of the staff app.
 * See the module documentation for the events it carries.
 */
@RestController
class StreamController {

    private final LiveStreams streams;

    StreamController(LiveStreams streams) {
        this.streams = streams;
    }

    @GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal StaffUser user,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId, HttpServletResponse response) {
        // Proxies such as nginx must pass events on at once instead of buffering the response.
        response.setHeader("X-Accel-Buffering", "no");
        return streams.open(user.personId(), lastEventId != null && !lastEventId.isBlank());
    }
}
