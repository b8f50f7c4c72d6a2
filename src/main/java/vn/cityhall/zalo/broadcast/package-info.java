/**
 * Announcements of the knowledge module broadcast to the OA's followers within Zalo's interaction window.
 */
package vn.cityhall.zalo.broadcast;
