package vn.cityhall.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.cityhall.feedback.FeedbackChoices;
import vn.cityhall.feedback.figures.MapPoint;
import vn.cityhall.feedback.figures.PublishedAnswer;
import vn.cityhall.feedback.figures.PublishedAnswers;
import vn.cityhall.files.FileId;
import vn.cityhall.files.FileResponses;
import vn.cityhall.files.FileStore;
import vn.cityhall.files.StoredFile;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitType;

/**
 * The published answers, for anyone: {@code /portal/answers} searches them (words without accents,
 * category, commune, month) with a map of their rounded locations ({@code /portal/answers/points});
 * {@code /portal/answers/{code}} shows one, with the photos the reviewer made public
 * ({@code /portal/answers/{code}/files/{position}}). Unpublished items do not exist here (404).
 */
@Controller
class PortalAnswersController {

    private final PublishedAnswers answers;
    private final FeedbackChoices choices;
    private final CategoryNames categories;
    private final OrganizationDirectory directory;
    private final FileStore files;
    private final PortalSettings settings;

    PortalAnswersController(PublishedAnswers answers, FeedbackChoices choices, CategoryNames categories,
            OrganizationDirectory directory, FileStore files, PortalSettings settings) {
        this.answers = answers;
        this.choices = choices;
        this.categories = categories;
        this.directory = directory;
        this.files = files;
        this.settings = settings;
    }

    @GetMapping("/portal/answers")
    String list(AnswersRequest request, Model model, Locale locale) {
        AnswersRequest.Parsed parsed = parse(request);
        var query = parsed.query();
        model.addAttribute("results", answers.search(query, request.pageNumber()));
        model.addAttribute("request", request);
        model.addAttribute("errors", parsed.errors());
        model.addAttribute("query", AnswersRequest.query(query));
        model.addAttribute("categoryNames", categories.in(locale));
        model.addAttribute("categories", choices.categories(query.categoryId() == null ? null : query.categoryId().toString()));
        model.addAttribute("communes", choices.communes(query.communeId() == null ? null : query.communeId().toString()));
        model.addAttribute("map", PortalMap.of(settings));
        return "portal/answers";
    }

    /** The located answers matching the search, rounded to about 100 m, for the map. */
    @GetMapping("/portal/answers/points")
    ResponseEntity<List<MapPoint>> points(AnswersRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(answers.points(parse(request).query()));
    }

    @GetMapping("/portal/answers/{code}")
    String answer(@PathVariable String code, Model model, Locale locale) {
        PublishedAnswer item = answers.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<Long, StoredFile> stored = files.findAll(item.photos().stream().map(photo -> FileId.of(photo.fileId()))
                .toList()).stream().collect(Collectors.toMap(file -> file.id().value(), Function.identity()));
        List<PublishedView.File> shown = new ArrayList<>();
        for (PublishedAnswer.Photo photo : item.photos()) {
            StoredFile file = stored.get(photo.fileId());
            if (file != null) {
                shown.add(new PublishedView.File(photo.position(), file.name(), isShownInline(file)));
            }
        }
        String category = item.categoryId() == null ? null : categories.in(locale).get(item.categoryId());
        model.addAttribute("view", new PublishedView(item, category, List.copyOf(shown)));
        model.addAttribute("map", PortalMap.of(settings));
        return "portal/answer";
    }

    @GetMapping("/portal/answers/{code}/files/{position:\\d+}")
    ResponseEntity<Resource> file(@PathVariable String code, @PathVariable int position) {
        PublishedAnswer item = answers.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        StoredFile file = item.photos().stream().filter(photo -> photo.position() == position).findFirst()
                .flatMap(photo -> files.find(FileId.of(photo.fileId())))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return FileResponses.inline(file, files.content(file));
    }

    private AnswersRequest.Parsed parse(AnswersRequest request) {
        return request.parse(categories::exists,
                id -> directory.unit(UnitId.of(id)).filter(unit -> unit.type() == UnitType.COMMUNE).isPresent());
    }

    private static boolean isShownInline(StoredFile file) {
        return switch (file.type()) {
            case JPEG, PNG, GIF, WEBP -> true;
            default -> false;
        };
    }
}
