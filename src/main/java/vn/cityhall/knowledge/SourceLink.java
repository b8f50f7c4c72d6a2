package vn.cityhall.knowledge;

/**
 * A link to an official source of an answer (a law on vbpl.vn, a procedure on dichvucong.gov.vn …).
 *
 * @param title what the link leads to, e.g. "Cổng Dịch vụ công quốc gia"
 * @param url an {@code http} or {@code https} address, checked when staff saved it
 */
public record SourceLink(String title, String url) {
}
