package vn.cityhall.zalo.simulator;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.shared.CityZone;
import vn.cityhall.shared.web.Localizer;
import vn.cityhall.zalo.fake.FakeZalo;
import vn.cityhall.zalo.simulator.SimulatedCitizen.Sent;

/**
 * {@code /zalo/simulator}: the demo's Zalo chat, for feedback operators and administrators, only while the
 * built-in fake Zalo is on. The list creates and picks citizens; a citizen's page is their phone: write, send a
 * photo, a file or a location, share contact details, follow or unfollow, repeat the last event as Zalo's retry,
 * or send one with a forged signature. The chat reloads itself every second. A switch takes the fake Zalo down
 * and back up, to watch the replies wait in the outbox and arrive afterwards.
 */
@Controller
@ConditionalOnProperty(name = "cityhall.zalo.fake.enabled", havingValue = "true")
@PreAuthorize("hasAnyRole('FEEDBACK_OPERATOR', 'SYSTEM_ADMIN')")
class SimulatorController {

    static final String PATH = "/zalo/simulator";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final SimulatedCitizens citizens;
    private final CitizenPhone phone;
    private final SimulatorChat chat;
    private final FakeZalo zalo;
    private final MessageSource messages;

    SimulatorController(SimulatedCitizens citizens, CitizenPhone phone, SimulatorChat chat, FakeZalo zalo,
            MessageSource messages) {
        this.citizens = citizens;
        this.phone = phone;
        this.chat = chat;
        this.zalo = zalo;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("citizens", citizens.all().stream().map(SimulatorController::view).toList());
        model.addAttribute("down", zalo.down());
        return "zalo/simulator/citizens";
    }

    /** A new citizen, who follows the OA at once (as a citizen who found the OA would). */
    @PostMapping(PATH)
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String phoneNumber,
            @RequestParam(defaultValue = "true") boolean follow) {
        SimulatedCitizen citizen = citizens.create(name, phoneNumber);
        if (follow) {
            phone.follow(citizen, true);
        }
        return "redirect:" + PATH + "/" + citizen.userId();
    }

    @GetMapping(PATH + "/{userId}")
    String phone(@PathVariable String userId, Model model) {
        SimulatedCitizen citizen = citizen(userId);
        model.addAttribute("citizen", view(citizen));
        model.addAttribute("chat", chat.view(citizen));
        model.addAttribute("down", zalo.down());
        return "zalo/simulator/phone";
    }

    /** The chat alone, reloaded by the page every second. */
    @GetMapping(PATH + "/{userId}/chat")
    String chat(@PathVariable String userId, Model model) {
        SimulatedCitizen citizen = citizen(userId);
        model.addAttribute("citizen", view(citizen));
        model.addAttribute("chat", chat.view(citizen));
        return "zalo/simulator/chat";
    }

    @PostMapping(PATH + "/{userId}/text")
    String text(@PathVariable String userId, @RequestParam(required = false) String text, Locale locale,
            RedirectAttributes redirect) {
        return act(userId, locale, redirect, citizen -> phone.text(citizen, text));
    }

    @PostMapping(PATH + "/{userId}/photo")
    String photo(@PathVariable String userId, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String caption, Locale locale, RedirectAttributes redirect) {
        return act(userId, locale, redirect, citizen -> phone.photo(citizen, file, caption));
    }

    @PostMapping(PATH + "/{userId}/file")
    String file(@PathVariable String userId, @RequestParam(required = false) MultipartFile file, Locale locale,
            RedirectAttributes redirect) {
        return act(userId, locale, redirect, citizen -> phone.file(citizen, file));
    }

    @PostMapping(PATH + "/{userId}/location")
    String location(@PathVariable String userId, @RequestParam(required = false) String place,
            @RequestParam(required = false) String latitude, @RequestParam(required = false) String longitude,
            Locale locale, RedirectAttributes redirect) {
        return act(userId, locale, redirect, citizen -> phone.location(citizen, place, latitude, longitude));
    }

    @PostMapping(PATH + "/{userId}/share")
    String share(@PathVariable String userId, @RequestParam(required = false) String name,
            @RequestParam(required = false) String phoneNumber, @RequestParam(required = false) String address,
            Locale locale, RedirectAttributes redirect) {
        return act(userId, locale, redirect, citizen -> phone.share(citizen, name, phoneNumber, address));
    }

    /** {@code follow}, {@code unfollow}, {@code chatnow}, {@code sticker}, {@code again} (Zalo's retry). */
    @PostMapping(PATH + "/{userId}/event")
    String event(@PathVariable String userId, @RequestParam String kind, Locale locale, RedirectAttributes redirect) {
        return act(userId, locale, redirect, citizen -> switch (kind) {
            case "follow" -> phone.follow(citizen, true);
            case "unfollow" -> phone.follow(citizen, false);
            case "chatnow" -> phone.chatNow(citizen);
            case "sticker" -> phone.sticker(citizen);
            case "again" -> phone.again(citizen);
            default -> throw new SimulatorProblem("zalosimulator.problem.unknownAction");
        });
    }

    @PostMapping(PATH + "/{userId}/forged")
    String forged(@PathVariable String userId, @RequestParam(required = false) String text, Locale locale,
            RedirectAttributes redirect) {
        return act(userId, locale, redirect, citizen -> phone.forged(citizen, text));
    }

    /** Takes the fake Zalo API down (every call answers 503) or brings it back. */
    @PostMapping(PATH + "/outage")
    String outage(@RequestParam boolean on, @RequestParam(required = false) String back, Locale locale,
            RedirectAttributes redirect) {
        zalo.outage(on);
        redirect.addFlashAttribute("notice", new Localizer(messages, locale)
                .t(on ? "zalosimulator.outage.started" : "zalosimulator.outage.ended"));
        return "redirect:" + (back != null && back.matches("[0-9]{19}") ? PATH + "/" + back : PATH);
    }

    private interface Action {
        Sent apply(SimulatedCitizen citizen);
    }

    private String act(String userId, Locale locale, RedirectAttributes redirect, Action action) {
        SimulatedCitizen citizen = citizen(userId);
        Localizer i18n = new Localizer(messages, locale);
        try {
            Sent sent = action.apply(citizen);
            if (sent.status() == 0) {
                redirect.addFlashAttribute("problem", i18n.t("zalosimulator.problem.unreachable"));
            }
        } catch (SimulatorProblem problem) {
            redirect.addFlashAttribute("problem", i18n.t(problem.messageKey()));
        }
        return "redirect:" + PATH + "/" + citizen.userId();
    }

    private static CitizenView view(SimulatedCitizen citizen) {
        return new CitizenView(citizen.userId(), citizen.name(), citizen.phone(),
                TIME.format(citizen.createdAt().atZone(CityZone.ID)));
    }

    private SimulatedCitizen citizen(String userId) {
        return citizens.find(userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
