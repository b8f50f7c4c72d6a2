/**
 * The demo's Zalo chat simulator ({@code /zalo/simulator}, only with the built-in fake Zalo on): a staff member
 * plays a citizen on a page that looks like a Zalo chat. Every action becomes a webhook event signed as Zalo signs
 * it and posted over HTTP to the application's own {@code /zalo/webhook}; the replies shown are the messages the
 * fake Zalo accepted from the outbox worker, with the status the application recorded from the fake's receipts.
 * Nothing is short-circuited: signature, deduplication, the worker, the conversation, the outbox, tokens and
 * receipts all run as they would against a real Official Account.
 */
package vn.cityhall.zalo.simulator;
