package vn.cityhall.zalo.conversation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A feedback item being written in the conversation, kept as JSON in {@code zalo_conversation.draft}.
 *
 * @param text the description, or {@code null}
 * @param files the stored photos and documents (file ids), in the order they came
 * @param failedMedia how many attachments could not be fetched
 * @param categoryId the chosen category, or {@code null} (not chosen yet, or "không rõ")
 * @param categoryChosen whether the category step was answered
 * @param latitude with {@code longitude}: the shared location, or {@code null}
 * @param address the place name the phone gave with the location, or {@code null}
 * @param name the sender's name, or {@code null}
 * @param phone the sender's phone as typed or shared, or {@code null}
 * @param publish whether the sender agrees to publishing; {@code null} until asked
 */
record Draft(String text, List<Long> files, int failedMedia, Long categoryId, boolean categoryChosen,
        BigDecimal latitude, BigDecimal longitude, String address, String name, String phone, Boolean publish) {

    Draft {
        files = files == null ? List.of() : List.copyOf(files);
    }

    static Draft empty() {
        return new Draft(null, List.of(), 0, null, false, null, null, null, null, null, null);
    }

    Draft withText(String value) {
        return new Draft(value, files, failedMedia, categoryId, categoryChosen, latitude, longitude, address, name,
                phone, publish);
    }

    Draft withFiles(List<Long> added, int failed) {
        List<Long> all = new ArrayList<>(files);
        all.addAll(added);
        return new Draft(text, all, failedMedia + failed, categoryId, categoryChosen, latitude, longitude, address,
                name, phone, publish);
    }

    Draft withCategory(Long value) {
        return new Draft(text, files, failedMedia, value, true, latitude, longitude, address, name, phone, publish);
    }

    Draft withLocation(BigDecimal lat, BigDecimal lon, String place) {
        return new Draft(text, files, failedMedia, categoryId, categoryChosen, lat, lon, place, name, phone, publish);
    }

    Draft withName(String value) {
        return new Draft(text, files, failedMedia, categoryId, categoryChosen, latitude, longitude, address, value,
                phone, publish);
    }

    Draft withPhone(String value) {
        return new Draft(text, files, failedMedia, categoryId, categoryChosen, latitude, longitude, address, name,
                value, publish);
    }

    Draft withPublish(Boolean value) {
        return new Draft(text, files, failedMedia, categoryId, categoryChosen, latitude, longitude, address, name,
                phone, value);
    }

    boolean hasContact() {
        return name != null && phone != null;
    }
}
