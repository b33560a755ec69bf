package dev.parley.conversation.domain;

import java.util.List;

/**
 * One page the webchat customer viewed ({@code HitPageView}). Every component but the list is optional.
 *
 * @param url          the page's URL
 * @param title        the page's title
 * @param query        the URL's query string
 * @param method       the HTTP method
 * @param referrer     the referring URL
 * @param timeOnPage   seconds spent on the page
 * @param bounce       whether the visit bounced
 * @param prefetch     whether it was a prefetch
 * @param recording    whether the visit was recorded
 * @param redirect     whether the page redirected
 * @param metadata     extra key/value data
 */
public record PageView(
        String url,
        String title,
        String query,
        String method,
        String referrer,
        Double timeOnPage,
        Boolean bounce,
        Boolean prefetch,
        Boolean recording,
        Boolean redirect,
        List<PageViewMetadata> metadata) {
    /**
     * Creates the value, checking its components.
     *
     * @param url the page's URL
     * @param title the page's title
     * @param query the URL's query string
     * @param method the HTTP method
     * @param referrer the referring URL
     * @param timeOnPage seconds spent on the page
     * @param bounce whether the visit bounced
     * @param prefetch whether it was a prefetch
     * @param recording whether the visit was recorded
     * @param redirect whether the page redirected
     * @param metadata extra key/value data
     * @throws IllegalArgumentException when a metadata entry is null
     */
    public PageView {
        metadata = Checks.list(metadata, "page view metadata");
    }
}
