package vn.cityhall.portal;

/**
 * The portal's feedback form as posted. {@code website} is the honeypot: hidden from people, filled
 * by bots.
 */
public record PortalForm(String text, String categoryId, String communeId, String address, String latitude,
        String longitude, String senderName, String senderPhone, String senderEmail, String consentProcessing,
        String consentPublishing, String website) {

    static PortalForm blank() {
        return new PortalForm(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public boolean checked(String value) {
        return "on".equals(value) || "true".equals(value);
    }

    boolean isBot() {
        return website != null && !website.isBlank();
    }


    static Double coordinate(String value) {
        try {
            return value == null || value.isBlank() ? null : Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
