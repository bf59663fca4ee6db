package org.vigil.cad.bench;

import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.UnitStatus;

/** Pre-built unit commands that a rostered engine accepts over and over, so no benchmark allocates them. */
final class UnitCommands {
    private UnitCommands() {
    }

    /** Every unit out of service, then every unit available again: a round the engine can repeat forever. */
    static Command[] statusRound() {
        Command[] round = new Command[2 * DispatchMix.UNITS];
        for (int i = 0; i < DispatchMix.UNITS; i++) {
            round[i] = new Command.ChangeUnitStatus(DispatchMix.unitId(i), UnitStatus.OUTOFSERVICE, false);
            round[DispatchMix.UNITS + i] =
                    new Command.ChangeUnitStatus(DispatchMix.unitId(i), UnitStatus.AVAILABLE, false);
        }
        return round;
    }

    /** {@code count} AVL fixes going round the roster, each at a new position. */
    static Command[] avlFixes(int count) {
        Command[] fixes = new Command[count];
        for (int i = 0; i < count; i++) {
            fixes[i] = DispatchMix.avlFix(i % DispatchMix.UNITS, i / DispatchMix.UNITS);
        }
        return fixes;
    }
}
