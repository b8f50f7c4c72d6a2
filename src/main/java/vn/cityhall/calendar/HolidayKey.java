package vn.cityhall.calendar;

/**
 * The public holidays of the Labour Code 2019 (Law 45/2019/QH14), Art. 112(1), plus the
 * proposed Vietnamese Culture Day. Display names live in the message bundles under
 * {@link #messageCode()}, never in Java.
 */
public enum HolidayKey {

    /** Tết Dương lịch, 1 January. */
    NEW_YEAR,
    /** Tết Nguyên đán, the lunar New Year (five days by default). */
    TET,
    /** Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month. */
    HUNG_KINGS,
    /** Ngày Chiến thắng, 30 April. */
    REUNIFICATION,
    /** Ngày Quốc tế Lao động, 1 May. */
    LABOUR,
    /** Quốc khánh, 2 September and one adjacent day. */
    NATIONAL_DAY,
    /** Ngày Văn hóa Việt Nam, 24 November: proposed, not yet law (see {@link CalendarSettings}). */
    CULTURE_DAY;

    /** The message-bundle code of the holiday's name, e.g. {@code calendar.holiday.TET}. */
    public String messageCode() {
        return "calendar.holiday." + name();
    }
}
