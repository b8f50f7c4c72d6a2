/**
 * Notifications: the bell and the list of notifications in the staff app, e-mails over SMTP, each
 * person's choice of channels per kind, and live updates of open pages over server-sent events.
 * <p>
 * The module is only ever told things, never called: it listens to events that implement
 * {@link vn.cityhall.shared.Notifiable} (after the publisher's commit, through the event publication
 * registry) and stores one notification per active recipient, at most once per recipient and
 * deduplication key, and queues an e-mail where the person's preferences ask for one. Kinds are
 * {@code module.what}; their label is the message {@code notifications.kind.<kind>}. The preferences page
 * lists the kinds seen so far plus {@code cityhall.notifications.known-kinds}. E-mails leave through an
 * outbox ({@code notifications_email}) sent by a scheduled job under ShedLock ({@code notifications.email}),
 * retried with a growing delay; administrators see failed and pending e-mails at
 * {@code /admin/notifications/email} and send them again.
 * <p>
 * <b>Live page parts.</b> Every signed-in page holds one server-sent-event stream,
 * {@code GET /notifications/stream}, opened by the layout ({@code hx-ext="sse"} and
 * {@code sse-connect="/notifications/stream"} on {@code <body>}). To make a part of a page refresh when
 * something changes, another module
 * <ol>
 * <li>renders the part as an element that loads itself, e.g.
 * {@code <div hx-get="/tasks/counters" hx-trigger="sse:tasks, sse:reconnected" hx-swap="innerHTML">}
 * (anywhere in the page: the whole body is inside the stream's element), and</li>
 * <li>publishes {@code new vn.cityhall.shared.LiveUpdate(recipientPersonIds, "tasks")} when it changes;
 * published inside a transaction, it is pushed after the commit, as an SSE event named by the topic.</li>
 * </ol>
 * The bell uses topic {@code notifications}. After the browser reconnects (the stream is closed after
 * {@code stream-timeout} and reopened), the stream sends {@code notifications} and {@code reconnected}
 * first, so parts that listen to {@code sse:reconnected} catch up on what they missed.
 * <p>
 * The stream does not count as use of the session: a session idle longer than its timeout is ended when its
 * stream reconnects, so an open tab cannot keep a session alive; a page whose session is over stops
 * reconnecting ({@code static/js/notifications.js}).
 * <p>
 * <b>Limitation.</b> A push reaches the streams open on the node that handled the event. With several
 * nodes, a person whose page is connected to another node sees the change at their next page load; delivery
 * to every node comes with the externalization of events to RabbitMQ.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package vn.cityhall.notifications;
