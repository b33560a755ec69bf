package dev.parley.conversation.domain;

import java.util.ArrayList;
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

    /**
     * A builder with every component absent (null, an empty list), to
     * set by name the ones that matter; {@link Builder#build()} checks them as the constructor does.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this page view's components, to make a copy that differs in a few of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.url = url;
        builder.title = title;
        builder.query = query;
        builder.method = method;
        builder.referrer = referrer;
        builder.timeOnPage = timeOnPage;
        builder.bounce = bounce;
        builder.prefetch = prefetch;
        builder.recording = recording;
        builder.redirect = redirect;
        builder.metadata.addAll(metadata);
        return builder;
    }

    /**
     * Builds a {@link PageView} one named component at a time. Not safe for use from several threads.
     */
    public static final class Builder {
        private String url;
        private String title;
        private String query;
        private String method;
        private String referrer;
        private Double timeOnPage;
        private Boolean bounce;
        private Boolean prefetch;
        private Boolean recording;
        private Boolean redirect;
        private final ArrayList<PageViewMetadata> metadata = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets {@link PageView#url()}.
         *
         * @param url the page's URL
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * Sets {@link PageView#title()}.
         *
         * @param title the page's title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets {@link PageView#query()}.
         *
         * @param query the URL's query string
         * @return this builder
         */
        public Builder query(String query) {
            this.query = query;
            return this;
        }

        /**
         * Sets {@link PageView#method()}.
         *
         * @param method the HTTP method
         * @return this builder
         */
        public Builder method(String method) {
            this.method = method;
            return this;
        }

        /**
         * Sets {@link PageView#referrer()}.
         *
         * @param referrer the referring URL
         * @return this builder
         */
        public Builder referrer(String referrer) {
            this.referrer = referrer;
            return this;
        }

        /**
         * Sets {@link PageView#timeOnPage()}.
         *
         * @param timeOnPage seconds spent on the page
         * @return this builder
         */
        public Builder timeOnPage(Double timeOnPage) {
            this.timeOnPage = timeOnPage;
            return this;
        }

        /**
         * Sets {@link PageView#bounce()}.
         *
         * @param bounce whether the visit bounced
         * @return this builder
         */
        public Builder bounce(Boolean bounce) {
            this.bounce = bounce;
            return this;
        }

        /**
         * Sets {@link PageView#prefetch()}.
         *
         * @param prefetch whether it was a prefetch
         * @return this builder
         */
        public Builder prefetch(Boolean prefetch) {
            this.prefetch = prefetch;
            return this;
        }

        /**
         * Sets {@link PageView#recording()}.
         *
         * @param recording whether the visit was recorded
         * @return this builder
         */
        public Builder recording(Boolean recording) {
            this.recording = recording;
            return this;
        }

        /**
         * Sets {@link PageView#redirect()}.
         *
         * @param redirect whether the page redirected
         * @return this builder
         */
        public Builder redirect(Boolean redirect) {
            this.redirect = redirect;
            return this;
        }

        /**
         * Replaces {@link PageView#metadata()}: extra key/value data.
         *
         * @param metadata the new list; null for none
         * @return this builder
         */
        public Builder metadata(List<PageViewMetadata> metadata) {
            this.metadata.clear();
            if (metadata != null) {
                this.metadata.addAll(metadata);
            }
            return this;
        }

        /**
         * Appends one element to {@link PageView#metadata()}: extra key/value data.
         *
         * @param value the element to append; never null (refused by {@link #build()})
         * @return this builder
         */
        public Builder addMetadata(PageViewMetadata value) {
            this.metadata.add(value);
            return this;
        }

        /**
         * Builds the page view.
         *
         * @return a new PageView
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does,
         *                                  naming the component that is missing or wrong
         */
        public PageView build() {
            return new PageView(url, title, query, method, referrer, timeOnPage, bounce, prefetch, recording, redirect, metadata);
        }
    }
}
