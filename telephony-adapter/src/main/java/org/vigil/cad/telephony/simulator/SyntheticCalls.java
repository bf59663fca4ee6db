package org.vigil.cad.telephony.simulator;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import org.vigil.cad.telephony.pidf.ClassOfService;

/**
 * An endless, seeded stream of plausible 9-1-1 calls in San Francisco: a mix of classes of service by weight,
 * each sent as an ALI spill or (a share of them) an NG9-1-1 INVITE; some wireless ALI calls rebid a few calls
 * later, some SIP callers hang up while it rings. The same settings give the same calls, byte for byte. Not
 * thread-safe: one consumer draws the calls.
 */
public final class SyntheticCalls implements Iterator<SyntheticCall> {
    private static final DateTimeFormatter ALI_TIME = DateTimeFormatter.ofPattern("MM/dd HH:mm:ss", Locale.ROOT);
    /** A rebid follows its call by this many calls, or a few more. */
    private static final int REBID_DELAY_MIN = 2;
    private static final int REBID_DELAY_SPREAD = 8;

    private final SyntheticCallSettings settings;
    private final AliRecordWriter ali;
    private final SipInviteWriter sip;
    private final SplittableRandom random;
    private final PhoneNumbers numbers;
    private final AliCallValues aliValues;
    private final List<String> classes = new ArrayList<>();
    private final int[] cumulativeWeights;
    private final PriorityQueue<PendingRebid> rebids =
            new PriorityQueue<>(Comparator.comparingLong(PendingRebid::dueSequence));
    /** ANIs that key ALI calls so far: a repeat is a rebid of a call no one has ended. At most 600. */
    private final Set<String> aniKeys = new HashSet<>();
    private long sequence;

    private record PendingRebid(long dueSequence, Map<String, String> values, String callback, String pani) {
    }

    public SyntheticCalls(SyntheticCallSettings settings, AliRecordWriter ali, SipInviteWriter sip) {
        this.settings = settings;
        this.ali = ali;
        this.sip = sip;
        this.random = new SplittableRandom(settings.seed());
        this.numbers = new PhoneNumbers(random);
        this.aliValues = new AliCallValues(random, numbers);
        // Sorted, so the draw does not depend on the weight map's iteration order.
        settings.mix().weights().entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).sorted()
                .forEach(classes::add);
        cumulativeWeights = new int[classes.size()];
        int total = 0;
        for (int i = 0; i < classes.size(); i++) {
            total += settings.mix().weights().get(classes.get(i));
            cumulativeWeights[i] = total;
        }
    }

    /** Always: the stream does not end; the player decides how many to take. */
    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public SyntheticCall next() {
        long number = sequence++;
        PendingRebid due = rebids.peek();
        if (due != null && due.dueSequence() <= number) {
            rebids.poll();
            Map<String, String> values = aliValues.rebid(due.values(), aliTime(number));
            return new SyntheticCall.AliSpill(number, values.get("classOfService"), due.callback(), due.pani(), true,
                    ali.write(values));
        }
        String classOfService = drawClass();
        if (random.nextDouble() < settings.mix().sipShare()) {
            return sipCall(number, classOfService);
        }
        return aliCall(number, classOfService);
    }

    private SyntheticCall aliCall(long number, String classOfService) {
        boolean keyedByPani = switch (classOfService) {
            case "WPH1", "WPH2", "VOIP" -> true;
            default -> false;
        };
        String callback = keyedByPani ? numbers.anyCallback() : numbers.nextCallback();
        Map<String, String> values = aliValues.newCall(classOfService, callback, aliTime(number));
        String rebidKey = keyedByPani ? values.get("pani").replace("-", "") : callback;
        boolean repeatsLiveKey = !keyedByPani && !aniKeys.add(callback);
        boolean wireless = classOfService.startsWith("WPH");
        if (wireless && random.nextDouble() < settings.mix().rebidShare()) {
            long due = number + REBID_DELAY_MIN + random.nextInt(REBID_DELAY_SPREAD);
            rebids.add(new PendingRebid(due, values, callback, rebidKey));
        }
        return new SyntheticCall.AliSpill(number, classOfService, callback, rebidKey, repeatsLiveKey,
                ali.write(values));
    }

    private SyntheticCall sipCall(long number, String aliClass) {
        String callback = numbers.anyCallback();
        SanFrancisco.Neighborhood place = SanFrancisco.pick(random, SanFrancisco.NEIGHBORHOODS);
        double[] position = SanFrancisco.near(random, place.latitude(), place.longitude(), place.radiusMeters());
        String classOfService = sipClassOf(aliClass);
        Ng911Call call = switch (aliClass) {
            case "WPH1" -> located(number, callback, classOfService, position, 300 + random.nextInt(2700), 90, "Cell");
            case "WPH2", "MOBL" -> located(number, callback, classOfService, position, 5 + random.nextInt(145), 90,
                    "GPS");
            case "VOIP" -> located(number, callback, classOfService, position, Double.NaN, 0, "Manual");
            default -> located(number, callback, classOfService, position, Double.NaN, 0, "Wiremap");
        };
        boolean abandoned = random.nextDouble() < settings.mix().abandonShare();
        return new SyntheticCall.SipCall(number, classOfService, callback, abandoned, sip.invite(call));
    }

    private Ng911Call located(long number, String callback, String classOfService, double[] position,
                              double uncertaintyMeters, int confidence, String method) {
        return new Ng911Call(settings.runTag() + "-" + number, callback, SanFrancisco.person(random),
                classOfService, position[0], position[1], uncertaintyMeters, confidence, method);
    }

    /** What an INVITE's ServiceInfo says for a caller of this ALI class. */
    static String sipClassOf(String aliClass) {
        return switch (aliClass) {
            case "WPH1", "WPH2", "MOBL" -> ClassOfService.WIRELESS;
            case "VOIP" -> ClassOfService.VOIP;
            case "RESD" -> ClassOfService.RESIDENCE;
            default -> ClassOfService.BUSINESS;
        };
    }

    private String drawClass() {
        int ticket = random.nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
        for (int i = 0; i < cumulativeWeights.length; i++) {
            if (ticket < cumulativeWeights[i]) {
                return classes.get(i);
            }
        }
        throw new IllegalStateException("unreachable: ticket " + ticket);
    }

    /** The time a record shows: the first call's, advanced at the run's rate; no clock is read. */
    private String aliTime(long number) {
        long nanos = Math.round(number * 1e9 / settings.callsPerSecond());
        LocalDateTime time = settings.firstCallTime().plusNanos(nanos);
        return time.format(ALI_TIME);
    }
}
