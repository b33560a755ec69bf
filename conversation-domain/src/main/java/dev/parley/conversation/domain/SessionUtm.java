package dev.parley.conversation.domain;

/**
 * Campaign data of the webchat customer's visit ({@code HitSessionUtm}). Every component is optional.
 *
 * @param utmSource   utm_source
 * @param utmMedium   utm_medium
 * @param utmCampaign utm_campaign
 * @param utmTerm     utm_term
 * @param utmContent  utm_content
 * @param utmId       utm_id
 * @param gclid       Google click id
 * @param gbraid      Google app-to-web click id
 * @param wbraid      Google web-to-app click id
 * @param fbclid      Facebook click id
 * @param fbAdId      Facebook ad id
 * @param msclkid     Microsoft click id
 * @param ttclid      TikTok click id
 * @param vmcid       UltraCart's visitor marketing id
 * @param ucMessageId UltraCart StoreFront Communications message id
 */
public record SessionUtm(
        String utmSource,
        String utmMedium,
        String utmCampaign,
        String utmTerm,
        String utmContent,
        String utmId,
        String gclid,
        String gbraid,
        String wbraid,
        String fbclid,
        String fbAdId,
        String msclkid,
        String ttclid,
        String vmcid,
        String ucMessageId) {

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
     * A builder holding this campaign data's components, to make a copy that differs in a few of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.utmSource = utmSource;
        builder.utmMedium = utmMedium;
        builder.utmCampaign = utmCampaign;
        builder.utmTerm = utmTerm;
        builder.utmContent = utmContent;
        builder.utmId = utmId;
        builder.gclid = gclid;
        builder.gbraid = gbraid;
        builder.wbraid = wbraid;
        builder.fbclid = fbclid;
        builder.fbAdId = fbAdId;
        builder.msclkid = msclkid;
        builder.ttclid = ttclid;
        builder.vmcid = vmcid;
        builder.ucMessageId = ucMessageId;
        return builder;
    }

    /**
     * Builds a {@link SessionUtm} one named component at a time. Not safe for use from several threads.
     */
    public static final class Builder {
        private String utmSource;
        private String utmMedium;
        private String utmCampaign;
        private String utmTerm;
        private String utmContent;
        private String utmId;
        private String gclid;
        private String gbraid;
        private String wbraid;
        private String fbclid;
        private String fbAdId;
        private String msclkid;
        private String ttclid;
        private String vmcid;
        private String ucMessageId;

        private Builder() {
        }

        /**
         * Sets {@link SessionUtm#utmSource()}.
         *
         * @param utmSource utm_source
         * @return this builder
         */
        public Builder utmSource(String utmSource) {
            this.utmSource = utmSource;
            return this;
        }

        /**
         * Sets {@link SessionUtm#utmMedium()}.
         *
         * @param utmMedium utm_medium
         * @return this builder
         */
        public Builder utmMedium(String utmMedium) {
            this.utmMedium = utmMedium;
            return this;
        }

        /**
         * Sets {@link SessionUtm#utmCampaign()}.
         *
         * @param utmCampaign utm_campaign
         * @return this builder
         */
        public Builder utmCampaign(String utmCampaign) {
            this.utmCampaign = utmCampaign;
            return this;
        }

        /**
         * Sets {@link SessionUtm#utmTerm()}.
         *
         * @param utmTerm utm_term
         * @return this builder
         */
        public Builder utmTerm(String utmTerm) {
            this.utmTerm = utmTerm;
            return this;
        }

        /**
         * Sets {@link SessionUtm#utmContent()}.
         *
         * @param utmContent utm_content
         * @return this builder
         */
        public Builder utmContent(String utmContent) {
            this.utmContent = utmContent;
            return this;
        }

        /**
         * Sets {@link SessionUtm#utmId()}.
         *
         * @param utmId utm_id
         * @return this builder
         */
        public Builder utmId(String utmId) {
            this.utmId = utmId;
            return this;
        }

        /**
         * Sets {@link SessionUtm#gclid()}.
         *
         * @param gclid Google click id
         * @return this builder
         */
        public Builder gclid(String gclid) {
            this.gclid = gclid;
            return this;
        }

        /**
         * Sets {@link SessionUtm#gbraid()}.
         *
         * @param gbraid Google app-to-web click id
         * @return this builder
         */
        public Builder gbraid(String gbraid) {
            this.gbraid = gbraid;
            return this;
        }

        /**
         * Sets {@link SessionUtm#wbraid()}.
         *
         * @param wbraid Google web-to-app click id
         * @return this builder
         */
        public Builder wbraid(String wbraid) {
            this.wbraid = wbraid;
            return this;
        }

        /**
         * Sets {@link SessionUtm#fbclid()}.
         *
         * @param fbclid Facebook click id
         * @return this builder
         */
        public Builder fbclid(String fbclid) {
            this.fbclid = fbclid;
            return this;
        }

        /**
         * Sets {@link SessionUtm#fbAdId()}.
         *
         * @param fbAdId Facebook ad id
         * @return this builder
         */
        public Builder fbAdId(String fbAdId) {
            this.fbAdId = fbAdId;
            return this;
        }

        /**
         * Sets {@link SessionUtm#msclkid()}.
         *
         * @param msclkid Microsoft click id
         * @return this builder
         */
        public Builder msclkid(String msclkid) {
            this.msclkid = msclkid;
            return this;
        }

        /**
         * Sets {@link SessionUtm#ttclid()}.
         *
         * @param ttclid TikTok click id
         * @return this builder
         */
        public Builder ttclid(String ttclid) {
            this.ttclid = ttclid;
            return this;
        }

        /**
         * Sets {@link SessionUtm#vmcid()}.
         *
         * @param vmcid UltraCart's visitor marketing id
         * @return this builder
         */
        public Builder vmcid(String vmcid) {
            this.vmcid = vmcid;
            return this;
        }

        /**
         * Sets {@link SessionUtm#ucMessageId()}.
         *
         * @param ucMessageId UltraCart StoreFront Communications message id
         * @return this builder
         */
        public Builder ucMessageId(String ucMessageId) {
            this.ucMessageId = ucMessageId;
            return this;
        }

        /**
         * Builds the campaign data.
         *
         * @return a new SessionUtm
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does,
         *                                  naming the component that is missing or wrong
         */
        public SessionUtm build() {
            return new SessionUtm(utmSource, utmMedium, utmCampaign, utmTerm, utmContent, utmId, gclid, gbraid, wbraid, fbclid, fbAdId, msclkid, ttclid, vmcid, ucMessageId);
        }
    }
}
