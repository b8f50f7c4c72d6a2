/**
 * The staff pages of tasks: "Việc của tôi" ({@code /tasks}, and the main section of the home page
 * through {@code /tasks/inbox}), the live counters ({@code /tasks/counters}, refreshed on the
 * {@code sse:tasks} and {@code sse:reconnected} events, every minute and after an inline action), the task page
 * ({@code /tasks/{id}}) with its timeline, delegation chain and extension requests, the inline
 * actions ({@code POST /tasks/{id}/progress|notes|complete|extension|extension-decision|delegate|cancel},
 * answered with the task's row or card for htmx and with post/redirect/get otherwise), the assign
 * form for leaders ({@code /tasks/new}, with the live deadline {@code /tasks/new/due}), the choices the
 * forms filter ({@code /tasks/people}, {@code /tasks/unit-options}) and attachment downloads
 * ({@code /tasks/{id}/files/{fileId}}).
 */
package vn.cityhall.tasks.web;
