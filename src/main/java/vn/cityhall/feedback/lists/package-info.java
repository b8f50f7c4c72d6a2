/**
 * The lists feedback depends on, kept by the people responsible for them: categories and their extra
 * questions (system administrators), reject reasons and answer templates (system administrators and
 * feedback operators), and the blocklist of stopped senders (feedback operators). Every form checks
 * everything before it saves, saves nothing on a mistake, reports a concurrent change instead of
 * overwriting it, and every change is recorded in the audit trail.
 */
package vn.cityhall.feedback.lists;
