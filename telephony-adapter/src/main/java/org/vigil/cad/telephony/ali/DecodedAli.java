package org.vigil.cad.telephony.ali;

import java.util.List;
import java.util.Map;

/**
 * ALI text read into named fields, before their meaning is worked out.
 *
 * @param fields       non-blank field values by name, in reading order
 * @param displayNames how problems name a field (LAT for latitude); a field not listed is named as is
 * @param problems     what could not be read so far
 * @param wholeRecord  true for a full ALI record, which should carry a callback number, a class of service
 *                     and a location; false for fragments quoted in a narrative, which carry what they carry
 */
record DecodedAli(Map<String, String> fields, Map<String, String> displayNames, List<String> problems,
                  boolean wholeRecord) {

    String displayName(String field) {
        return displayNames.getOrDefault(field, field);
    }
}
