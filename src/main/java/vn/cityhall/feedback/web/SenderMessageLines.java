package vn.cityhall.feedback.web;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.cityhall.feedback.SenderMessages;
import vn.cityhall.feedback.SenderMessages.SenderMessage;
import vn.cityhall.shared.CityZone;

/** The messages other modules sent the item's sender, as the item page lists them (oldest first). */
@Component
class SenderMessageLines {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final ObjectProvider<SenderMessages> providers;

    SenderMessageLines(ObjectProvider<SenderMessages> providers) {
        this.providers = providers;
    }

    List<SenderMessageLine> about(long itemId) {
        return providers.orderedStream().flatMap(provider -> provider.about(itemId).stream())
                .sorted(Comparator.comparing(SenderMessage::at))
                .map(message -> new SenderMessageLine(TIME.format(message.at().atZone(CityZone.ID)), message.channelKey(),
                        message.text(), message.statusKey(), message.failed(), message.detail()))
                .toList();
    }
}
