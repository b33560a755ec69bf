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
}
