package vn.cityhall.zalo.transcript;

/** A citizen in the list of conversations: Zalo user id, the name shared with the OA (or empty), follower or not. */
public record TranscriptUser(String userId, String sharedName, boolean follower, String lastInteraction) {
}
