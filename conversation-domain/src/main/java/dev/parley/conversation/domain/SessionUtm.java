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
}
