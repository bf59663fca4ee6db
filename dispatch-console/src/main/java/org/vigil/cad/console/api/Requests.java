package org.vigil.cad.console.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.UnitStatus;

/**
 * The JSON bodies the API accepts, each decoded strictly and turned into a command. Missing required
 * fields are refused here (400); what the rules decide (a blank type, a closed incident) is the engine's.
 */
final class Requests {
    private Requests() {
    }

    record Login(String user, char[] password, String position) {
        Login {
            Fields.required(user, "user");
            Fields.required(password, "password");
            Fields.requiredText(position, "position");
            position = position.strip();
        }
    }

    record RegisterUnit(String unitId, String unitType, String agency, String station, Double homeLatitude,
                        Double homeLongitude) {
        RegisterUnit {
            Fields.required(unitId, "unitId");
            Fields.required(unitType, "unitType");
            Fields.pair(homeLatitude, homeLongitude, "homeLatitude", "homeLongitude");
        }

        Command.RegisterUnit toCommand() {
            return new Command.RegisterUnit(unitId, unitType, agency, station, Fields.orUnknown(homeLatitude),
                    Fields.orUnknown(homeLongitude));
        }
    }

    record CreateIncident(Long callId, String type, Integer priority, String address, Double latitude,
                          Double longitude, String narrative) {
        CreateIncident {
            Fields.required(type, "type");
            Fields.required(priority, "priority");
            Fields.pair(latitude, longitude, "latitude", "longitude");
        }

        Command.CreateIncident toCommand() {
            Location location = new Location(address, Fields.orUnknown(latitude), Fields.orUnknown(longitude),
                    Double.NaN, 0);
            return new Command.CreateIncident(callId == null ? 0 : callId, type, priority, location, narrative);
        }
    }

    record Narrative(String text) {
        Narrative {
            Fields.required(text, "text");
        }

        Command.AddNarrative toCommand(String incidentNumber) {
            return new Command.AddNarrative(incidentNumber, text);
        }
    }

    record Assign(List<String> units) {
        Assign {
            Fields.required(units, "units");
            if (units.isEmpty()) {
                throw new IllegalArgumentException("field \"units\" must name at least one unit");
            }
            if (units.contains(null)) {
                throw new IllegalArgumentException("field \"units\" must not contain null");
            }
            units = List.copyOf(units);
        }
    }

    record Close(String disposition) {
        Close {
            Fields.required(disposition, "disposition");
        }

        Command.CloseIncident toCommand(String incidentNumber) {
            return new Command.CloseIncident(incidentNumber, disposition);
        }
    }

    record UnitStatusChange(String status, Boolean override) {
        UnitStatusChange {
            Fields.required(status, "status");
            parse(status);
            override = Boolean.TRUE.equals(override);
        }

        Command.ChangeUnitStatus toCommand(String unitId) {
            return new Command.ChangeUnitStatus(unitId, parse(status), override);
        }

        private static UnitStatus parse(String text) {
            try {
                return UnitStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown unit status \"" + text + "\"; expected one of "
                        + Arrays.toString(UnitStatus.values()));
            }
        }
    }

    record UnitPosition(Double latitude, Double longitude) {
        UnitPosition {
            Fields.required(latitude, "latitude");
            Fields.required(longitude, "longitude");
        }

        Command.UpdateUnitPosition toCommand(String unitId) {
            return new Command.UpdateUnitPosition(unitId, latitude, longitude);
        }
    }
}
