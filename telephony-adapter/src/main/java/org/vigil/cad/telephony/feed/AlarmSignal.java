package org.vigil.cad.telephony.feed;

/**
 * An alarm company's signal as the feed decoded it.
 *
 * @param account   the alarm company's account for the premises
 * @param alarmType e.g. ROBBERY, HOLDUP, PANIC, BURGLARY, FIRE, MEDICAL
 * @param premises  the premises' name, e.g. "City Hall"
 * @param zone      the zone or sensor that tripped
 */
public record AlarmSignal(String account, String company, String alarmType, String premises, String zone) {
}
