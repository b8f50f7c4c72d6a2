/**
 * Files: the content-addressed store for everything people upload (feedback photos, progress-note
 * attachments, document scans, voice notes), used by every module through
 * {@link vn.cityhall.files.FileStore}.
 * <h2>Storing</h2>
 * {@code fileStore.store(UploadedContent.of(multipartFile), policy)} returns a
 * {@link vn.cityhall.files.StoredFile} or throws {@link vn.cityhall.files.FileRejectedException}
 * (a message key and arguments to show as a field error; nothing is kept). A
 * {@link vn.cityhall.files.FilePolicy} names the accepted {@link vn.cityhall.files.FileFamily
 * families}, the size limit and whether images are re-encoded; {@code fileStore.policy(IMAGES)}
 * uses the configured default limit. The type is read from the content, never from the name or
 * the browser's claim, and a name whose extension contradicts the content is refused, as is
 * anything executable, HTML or SVG. Images are re-encoded (turned upright, shrunk to
 * {@code cityhall.files.max-image-side}, EXIF/XMP/GPS dropped). How many files a form may carry is
 * the caller's rule ({@code FileRejectedException.tooMany(5)} gives the message).
 * <h2>Referring to files</h2>
 * A module keeps the {@link vn.cityhall.files.FileId} of each file it uses in its own table
 * (e.g. {@code feedback_attachment(feedback_id, file_id bigint not null)}), without a foreign key
 * to {@code files_file}, and nothing else: name, type and size come from
 * {@code fileStore.find(id)} or {@code findAll(ids)}. Files are never changed; deleting unused
 * files is left to a later clean-up.
 * <h2>Serving downloads</h2>
 * The module that owns the reference serves the download from its own route, after its own
 * access check (the file store knows nothing of who may see what):
 * <pre>{@code
 * // in the owning module's controller, mapped with GetMapping("/feedback/{id}/files/{fileId}")
 * ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long fileId, @AuthenticationPrincipal StaffUser user) {
 *     // 1. check that the user may see feedback id and that it references fileId
 *     StoredFile file = fileStore.find(FileId.of(fileId)).orElseThrow(NotFound::new);
 *     return FileResponses.attachment(file, fileStore.content(file));
 * }
 * }</pre>
 * {@link vn.cityhall.files.FileResponses} sets {@code Content-Disposition: attachment;
 * filename="…"; filename*=UTF-8''…} (RFC 5987, so Vietnamese names survive),
 * {@code X-Content-Type-Options: nosniff}, the media type, length and an ETag;
 * {@code FileResponses.inline} shows photos in a page.
 * <h2>Storage</h2>
 * Blobs live under {@code cityhall.files.root} (default {@code ${cityhall.data-dir}/files}) at
 * {@code ab/cd/<sha256>}, written to {@code tmp/} first and renamed into place; the folder may be
 * a volume shared by several nodes. Another backend (an S3-compatible store) would implement
 * {@code internal.BlobStorage}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files")
package vn.cityhall.files;
