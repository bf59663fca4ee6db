package org.vigil.cad.telephony.pidf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 7852 Additional Data, decoded: ProviderInfo, ServiceInfo, DeviceInfo, SubscriberInfo and Comment
 * blocks flattened into named fields for the call-taker.
 *
 * @param fields         decoded values by name ("provider.name", "service.environment", "device.model",
 *                       "subscriber.name", "comment", ...), in the order decoded
 * @param classOfService the class of service ServiceInfo implies ({@link ClassOfService}), "" if none
 * @param subscriberName the subscriber's name from SubscriberInfo, "" if none
 * @param problems       what could not be read
 */
public record AdditionalData(Map<String, String> fields, String classOfService, String subscriberName,
                             List<String> problems) {

    public static final AdditionalData EMPTY = new AdditionalData(Map.of(), "", "", List.of());

    public AdditionalData {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        classOfService = classOfService == null ? "" : classOfService;
        subscriberName = subscriberName == null ? "" : subscriberName;
        problems = List.copyOf(problems);
    }

    /** Both sets of blocks together; where both name a field, the first one given wins. */
    public AdditionalData plus(AdditionalData other) {
        Map<String, String> merged = new LinkedHashMap<>(fields);
        other.fields.forEach(merged::putIfAbsent);
        List<String> allProblems = new ArrayList<>(problems);
        allProblems.addAll(other.problems);
        return new AdditionalData(merged, classOfService.isEmpty() ? other.classOfService : classOfService,
                subscriberName.isEmpty() ? other.subscriberName : subscriberName, allProblems);
    }

    public boolean isEmpty() {
        return fields.isEmpty() && problems.isEmpty();
    }
}
