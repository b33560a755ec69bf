package dev.parley.conversation.domain;

/**
 * How the webchat customer's visit began ({@code HitSessionStart}). Every component is optional.
 *
 * @param channel              the marketing channel
 * @param referrer             the referring URL
 * @param userAgent            the browser's user agent
 * @param userIp               the visitor's IP address
 * @param geolocationCountry   country from geolocation
 * @param geolocationProvince  province or state from geolocation
 * @param geolocationLatitude  latitude
 * @param geolocationLongitude longitude
 * @param screenWidth          screen width in pixels
 * @param screenHeight         screen height in pixels
 * @param timeOnSite           seconds on the site ({@code time_on_Site} on the wire)
 * @param bot                  whether the visitor is a bot
 * @param fakeBot              whether it is a bot posing as a browser
 * @param bounce               whether the visit bounced
 * @param prefetch             whether it was a prefetch
 * @param deviceSwitchDetected whether the visitor switched devices
 * @param noCookieSupport      whether the browser refuses cookies
 */
public record SessionStart(
        String channel,
        String referrer,
        String userAgent,
        String userIp,
        String geolocationCountry,
        String geolocationProvince,
        Double geolocationLatitude,
        Double geolocationLongitude,
        Integer screenWidth,
        Integer screenHeight,
        Double timeOnSite,
        Boolean bot,
        Boolean fakeBot,
        Boolean bounce,
        Boolean prefetch,
        Boolean deviceSwitchDetected,
        Boolean noCookieSupport) {

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
     * A builder holding this session start's components, to make a copy that differs in a few of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.channel = channel;
        builder.referrer = referrer;
        builder.userAgent = userAgent;
        builder.userIp = userIp;
        builder.geolocationCountry = geolocationCountry;
        builder.geolocationProvince = geolocationProvince;
        builder.geolocationLatitude = geolocationLatitude;
        builder.geolocationLongitude = geolocationLongitude;
        builder.screenWidth = screenWidth;
        builder.screenHeight = screenHeight;
        builder.timeOnSite = timeOnSite;
        builder.bot = bot;
        builder.fakeBot = fakeBot;
        builder.bounce = bounce;
        builder.prefetch = prefetch;
        builder.deviceSwitchDetected = deviceSwitchDetected;
        builder.noCookieSupport = noCookieSupport;
        return builder;
    }

    /**
     * Builds a {@link SessionStart} one named component at a time. Not safe for use from several threads.
     */
    public static final class Builder {
        private String channel;
        private String referrer;
        private String userAgent;
        private String userIp;
        private String geolocationCountry;
        private String geolocationProvince;
        private Double geolocationLatitude;
        private Double geolocationLongitude;
        private Integer screenWidth;
        private Integer screenHeight;
        private Double timeOnSite;
        private Boolean bot;
        private Boolean fakeBot;
        private Boolean bounce;
        private Boolean prefetch;
        private Boolean deviceSwitchDetected;
        private Boolean noCookieSupport;

        private Builder() {
        }

        /**
         * Sets {@link SessionStart#channel()}.
         *
         * @param channel the marketing channel
         * @return this builder
         */
        public Builder channel(String channel) {
            this.channel = channel;
            return this;
        }

        /**
         * Sets {@link SessionStart#referrer()}.
         *
         * @param referrer the referring URL
         * @return this builder
         */
        public Builder referrer(String referrer) {
            this.referrer = referrer;
            return this;
        }

        /**
         * Sets {@link SessionStart#userAgent()}.
         *
         * @param userAgent the browser's user agent
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * Sets {@link SessionStart#userIp()}.
         *
         * @param userIp the visitor's IP address
         * @return this builder
         */
        public Builder userIp(String userIp) {
            this.userIp = userIp;
            return this;
        }

        /**
         * Sets {@link SessionStart#geolocationCountry()}.
         *
         * @param geolocationCountry country from geolocation
         * @return this builder
         */
        public Builder geolocationCountry(String geolocationCountry) {
            this.geolocationCountry = geolocationCountry;
            return this;
        }

        /**
         * Sets {@link SessionStart#geolocationProvince()}.
         *
         * @param geolocationProvince province or state from geolocation
         * @return this builder
         */
        public Builder geolocationProvince(String geolocationProvince) {
            this.geolocationProvince = geolocationProvince;
            return this;
        }

        /**
         * Sets {@link SessionStart#geolocationLatitude()}.
         *
         * @param geolocationLatitude latitude
         * @return this builder
         */
        public Builder geolocationLatitude(Double geolocationLatitude) {
            this.geolocationLatitude = geolocationLatitude;
            return this;
        }

        /**
         * Sets {@link SessionStart#geolocationLongitude()}.
         *
         * @param geolocationLongitude longitude
         * @return this builder
         */
        public Builder geolocationLongitude(Double geolocationLongitude) {
            this.geolocationLongitude = geolocationLongitude;
            return this;
        }

        /**
         * Sets {@link SessionStart#screenWidth()}.
         *
         * @param screenWidth screen width in pixels
         * @return this builder
         */
        public Builder screenWidth(Integer screenWidth) {
            this.screenWidth = screenWidth;
            return this;
        }

        /**
         * Sets {@link SessionStart#screenHeight()}.
         *
         * @param screenHeight screen height in pixels
         * @return this builder
         */
        public Builder screenHeight(Integer screenHeight) {
            this.screenHeight = screenHeight;
            return this;
        }

        /**
         * Sets {@link SessionStart#timeOnSite()}.
         *
         * @param timeOnSite seconds on the site ({@code time_on_Site} on the wire)
         * @return this builder
         */
        public Builder timeOnSite(Double timeOnSite) {
            this.timeOnSite = timeOnSite;
            return this;
        }

        /**
         * Sets {@link SessionStart#bot()}.
         *
         * @param bot whether the visitor is a bot
         * @return this builder
         */
        public Builder bot(Boolean bot) {
            this.bot = bot;
            return this;
        }

        /**
         * Sets {@link SessionStart#fakeBot()}.
         *
         * @param fakeBot whether it is a bot posing as a browser
         * @return this builder
         */
        public Builder fakeBot(Boolean fakeBot) {
            this.fakeBot = fakeBot;
            return this;
        }

        /**
         * Sets {@link SessionStart#bounce()}.
         *
         * @param bounce whether the visit bounced
         * @return this builder
         */
        public Builder bounce(Boolean bounce) {
            this.bounce = bounce;
            return this;
        }

        /**
         * Sets {@link SessionStart#prefetch()}.
         *
         * @param prefetch whether it was a prefetch
         * @return this builder
         */
        public Builder prefetch(Boolean prefetch) {
            this.prefetch = prefetch;
            return this;
        }

        /**
         * Sets {@link SessionStart#deviceSwitchDetected()}.
         *
         * @param deviceSwitchDetected whether the visitor switched devices
         * @return this builder
         */
        public Builder deviceSwitchDetected(Boolean deviceSwitchDetected) {
            this.deviceSwitchDetected = deviceSwitchDetected;
            return this;
        }

        /**
         * Sets {@link SessionStart#noCookieSupport()}.
         *
         * @param noCookieSupport whether the browser refuses cookies
         * @return this builder
         */
        public Builder noCookieSupport(Boolean noCookieSupport) {
            this.noCookieSupport = noCookieSupport;
            return this;
        }

        /**
         * Builds the session start.
         *
         * @return a new SessionStart
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does,
         *                                  naming the component that is missing or wrong
         */
        public SessionStart build() {
            return new SessionStart(channel, referrer, userAgent, userIp, geolocationCountry, geolocationProvince, geolocationLatitude, geolocationLongitude, screenWidth, screenHeight, timeOnSite, bot, fakeBot, bounce, prefetch, deviceSwitchDetected, noCookieSupport);
        }
    }
}
