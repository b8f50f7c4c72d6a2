package vn.cityhall.feedback.web;

/** The operator's intake form as posted (all text, read leniently; the intake checks it). */
public record IntakeForm(String channel, String text, String categoryId, String communeId, String address,
        String senderName, String senderPhone, String senderEmail, String consentProcessing, String consentPublishing) {

    static IntakeForm blank() {
        return new IntakeForm("phone", null, null, null, null, null, null, null, null, null);
    }

    public boolean checked(String value) {
        return "on".equals(value) || "true".equals(value);
    }

}
