package vn.cityhall.feedback.web;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.cityhall.feedback.FeedbackChoices;
import vn.cityhall.feedback.FeedbackPoints;

/**
 * {@code /feedback/map}: the viewer's pinned items on a map (the portal's tile server and map script), in the
 * state chosen, overdue ones marked; each point opens the item. {@code /feedback/map/points} gives the points.
 */
@Controller
class ItemMapController {

    private final FeedbackPoints points;
    private final FeedbackChoices choices;
    private final StaffMap map;
    private final Clock clock;

    ItemMapController(FeedbackPoints points, FeedbackChoices choices, Clock clock,
            @Value("${cityhall.portal.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tileUrl,
            @Value("${cityhall.portal.map.attribution:© OpenStreetMap}") String attribution,
            @Value("${cityhall.portal.map.latitude:21.0285}") double latitude,
            @Value("${cityhall.portal.map.longitude:105.8542}") double longitude,
            @Value("${cityhall.portal.map.zoom:13}") int zoom) {
        this.points = points;
        this.choices = choices;
        this.map = new StaffMap(tileUrl, attribution, latitude, longitude, zoom);
        this.clock = clock;
    }

    @GetMapping("/feedback/map")
    String page(ItemsFilter filter, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("query", filter.query());
        model.addAttribute("states", List.copyOf(ItemsFilter.STATES.keySet()).stream().sorted().toList());
        model.addAttribute("categories", choices.categories(filter.categoryId()));
        model.addAttribute("map", map);
        return "feedback/map";
    }

    @GetMapping(path = "/feedback/map/points", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<FeedbackPoints.Point> points(ItemsFilter filter, @AuthenticationPrincipal vn.cityhall.organization.StaffUser user) {
        return points.points(user, ItemsFilter.STATES.get(filter.stateOrDefault()), FeedbackChoices.id(filter.categoryId()),
                clock.instant());
    }
}
