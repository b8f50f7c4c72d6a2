package vn.cityhall.portal;

import java.util.List;

import vn.cityhall.feedback.figures.PublishedAnswer;

/**
 * A published answer's page: the item, its category's name in the page's language, and its public files.
 *
 * @param files the public photos (shown) and documents (linked), in order
 */
public record PublishedView(PublishedAnswer item, String category, List<File> files) {

    /** One public file, served at {@code /portal/answers/{code}/files/{position}}. */
    public record File(int position, String name, boolean image) {
    }
}
