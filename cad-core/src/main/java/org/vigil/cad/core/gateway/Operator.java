package org.vigil.cad.core.gateway;

/** Who issued a command and from which position; every journaled event carries both. */
public record Operator(String user, String position) {
    /** Commands from the system itself: ticks, telephony, alarms. */
    public static final Operator SYSTEM = new Operator("system", "");

    public Operator {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("an operator needs a user name");
        }
        position = position == null ? "" : position;
    }
}
