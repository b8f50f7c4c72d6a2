/**
 * Staff pages of the Zalo conversations: each citizen's messages in and out, with the delivery status of
 * ours and the feedback items they are about. Every view of a conversation is audited.
 */
package vn.cityhall.zalo.transcript;
