/**
 * The fake of UltraCart's conversation API over HTTP: {@link dev.parley.conversation.mock.server.FakeUltraCart}
 * (Javalin on Jetty, over the in-memory engine), its per-tenant control plane
 * {@link dev.parley.conversation.mock.server.FakeTenant}, {@link dev.parley.conversation.mock.server.Fault}s
 * and the journal's {@link dev.parley.conversation.mock.server.RecordedRequest}s. Everything else here
 * is package-private.
 *
 * <h2>Behaviour where the contract is silent</h2>
 * <ul>
 *   <li><b>Empty successes</b> (keep-alive, join, leave, mark read, queue status) are 204.</li>
 *   <li><b>Order of checks.</b> Path first: an unknown path is 404 and a known path with another method
 *       405 (with {@code Allow}), credentials or not; {@code HEAD} is 405 everywhere. Then the
 *       credential (401), the tenant's faults, the {@code X-UltraCart-Api-Version} header (400), the body
 *       size (413), the request against the contract (400), and the operation.</li>
 *   <li><b>Credentials.</b> {@code x-ultracart-simple-key} wins when both headers are sent; the same
 *       value as a key or a bearer token is the same tenant; an {@code Authorization} that is not a
 *       bearer token is 401.</li>
 *   <li><b>Validation.</b> Always: declared parameter types (whole numbers within int32/int64),
 *       required values, no control characters in path parameters, readable JSON (duplicate fields and
 *       trailing content refused). In strict mode also: no undeclared or repeated query parameter,
 *       bodies as {@code application/json} matching their closed schemas. A body sent to an operation
 *       that takes none is ignored (as the contract says of join).</li>
 *   <li><b>Faults</b> apply to API requests only (never the control plane or uploads), in the order
 *       added, the first matching one used; a 429 without a retry-after carries {@code Retry-After: 1}.</li>
 *   <li><b>Journal.</b> API requests under {@code /rest/v2} that carry a credential, refused ones
 *       included, in their tenant's journal; not the control plane, not uploads. Bodies are kept up to
 *       16 KiB; {@code cookie} and {@code proxy-authorization} are masked too; times are on the server's
 *       clock, not the tenant's.</li>
 *   <li><b>Uploads.</b> A refused upload is 403 (altered or expired URL), 404 (unknown key), 409 (second
 *       upload) or 413 (too large), in UltraCart's error shape; the signature is checked before the
 *       bytes are read. The stored media is readable by anyone who knows its key, like a message's
 *       media URL. The websocket URL of an agent authorization points at the fake's host, which does
 *       not serve UltraCart's websocket protocol (it is outside the REST contract).</li>
 *   <li><b>Resets.</b> A tenant's reset empties its data, faults and journal; the server's reset forgets
 *       every tenant, and upload URLs issued before stop working.</li>
 * </ul>
 */
package dev.parley.conversation.mock.server;
