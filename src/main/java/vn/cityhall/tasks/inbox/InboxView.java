package vn.cityhall.tasks.inbox;

import java.util.Locale;

/**
 * The three ways of looking at one's work, each a query on its own index:
 * <ul>
 * <li>{@link #MINE} "Giao cho tôi": tasks held by me, and tasks held by my unit with nobody named yet
 * (whoever works in the unit may take them up);</li>
 * <li>{@link #UNIT} "Của đơn vị": tasks held by or answered for by my unit (with the units below it
 * for a leader who asks), for leaders and clerks;</li>
 * <li>{@link #ASSIGNED} "Tôi đã giao / theo dõi": tasks I assigned.</li>
 * </ul>
 */
public enum InboxView {
    MINE, UNIT, ASSIGNED;

    /** The value in URLs: {@code mine}, {@code unit}, {@code assigned}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "tasks.inbox.view." + param();
    }

    /** The view named by a URL value; {@link #MINE} for anything else. */
    public static InboxView parse(String value) {
        for (InboxView view : values()) {
            if (view.param().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return view;
            }
        }
        return MINE;
    }
}
