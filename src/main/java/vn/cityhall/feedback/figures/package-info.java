/**
 * Read-only figures over feedback items for the public portal and the staff statistics: counts by
 * status group, on-time answers and ratings per commune, category and month; the published answers
 * (only their masked, published columns) with search and a map; the commune suggested for a map pin.
 * The staff statistics page ({@code /feedback/statistics}) and its XLSX export live here too.
 */
@org.springframework.modulith.NamedInterface("figures")
package vn.cityhall.feedback.figures;
