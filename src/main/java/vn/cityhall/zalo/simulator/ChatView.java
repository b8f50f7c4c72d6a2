package vn.cityhall.zalo.simulator;

import java.util.List;

/** The simulated chat, oldest first, and how many of the OA's messages to the citizen wait in the outbox. */
public record ChatView(List<ChatLine> lines, long waiting) {
}
