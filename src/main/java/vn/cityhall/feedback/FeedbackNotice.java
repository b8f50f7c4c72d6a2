package vn.cityhall.feedback;

import java.util.List;

import vn.cityhall.shared.Notifiable;

/** A feedback step that staff are told about: its title names the item's code and it opens the item's page. */
interface FeedbackNotice extends FeedbackEvent, Notifiable {

    @Override
    default List<String> titleArguments() {
        return List.of(code());
    }

    @Override
    default String link() {
        return "/feedback/items/" + code();
    }
}
