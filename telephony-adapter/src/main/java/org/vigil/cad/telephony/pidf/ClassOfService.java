package org.vigil.cad.telephony.pidf;

import java.util.List;
import java.util.Locale;

/**
 * Maps RFC 7852 ServiceInfo to the class-of-service codes call-takers know from ALI, first rule that matches:
 * <ol>
 * <li>ServiceMobility "Mobile", or ServiceType "wireless": {@value #WIRELESS} (a mobile phone, like WPH2);</li>
 * <li>ServiceMobility "Nomadic", or ServiceType "VOIP": {@value #VOIP};</li>
 * <li>ServiceType "coin": {@value #COIN} (payphone);</li>
 * <li>ServiceEnvironment "Business": {@value #BUSINESS};</li>
 * <li>ServiceEnvironment "Residence": {@value #RESIDENCE};</li>
 * <li>otherwise "" (unknown).</li>
 * </ol>
 */
public final class ClassOfService {
    public static final String WIRELESS = "WIRELESS";
    public static final String VOIP = "VOIP";
    public static final String COIN = "COIN";
    public static final String BUSINESS = "BUSN";
    public static final String RESIDENCE = "RESD";

    private ClassOfService() {
    }

    public static String fromServiceInfo(String environment, List<String> serviceTypes, String mobility) {
        String env = lower(environment);
        String mob = lower(mobility);
        List<String> types = serviceTypes.stream().map(ClassOfService::lower).toList();
        if (mob.equals("mobile") || types.contains("wireless")) {
            return WIRELESS;
        }
        if (mob.equals("nomadic") || types.contains("voip")) {
            return VOIP;
        }
        if (types.contains("coin")) {
            return COIN;
        }
        if (env.equals("business")) {
            return BUSINESS;
        }
        if (env.equals("residence")) {
            return RESIDENCE;
        }
        return "";
    }

    private static String lower(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }
}
