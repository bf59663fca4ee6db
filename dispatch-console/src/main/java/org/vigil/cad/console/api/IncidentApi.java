package org.vigil.cad.console.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.vigil.cad.console.http.ApiCall;
import org.vigil.cad.console.http.ApiResponse;
import org.vigil.cad.console.http.JsonCodec;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.journal.JournaledEvent;
import org.vigil.cad.core.pipeline.CommandResult;

/** The incident commands: create, narrative, assign units, close. */
final class IncidentApi {
    private final CommandExchange commands;
    private final JsonCodec json;

    IncidentApi(CommandExchange commands, JsonCodec json) {
        this.commands = commands;
        this.json = json;
    }

    CompletableFuture<ApiResponse> create(ApiCall call) {
        Requests.CreateIncident request = json.read(call.body(), Requests.CreateIncident.class);
        return commands.submit(request.toCommand(), call).thenApply(this::created);
    }

    CompletableFuture<ApiResponse> addNarrative(ApiCall call) {
        Requests.Narrative request = json.read(call.body(), Requests.Narrative.class);
        return commands.exchange(request.toCommand(call.pathParam("number")), call, HttpResponseStatus.OK);
    }

    CompletableFuture<ApiResponse> close(ApiCall call) {
        Requests.Close request = json.read(call.body(), Requests.Close.class);
        return commands.exchange(request.toCommand(call.pathParam("number")), call, HttpResponseStatus.OK);
    }

    /**
     * One AssignUnit per unit, put on the ring in the order given; each unit's result is reported. A unit
     * that cannot go does not hold back the others. The status is 200 when every unit went, else the
     * status of the first refusal, whose reason also heads the answer.
     */
    CompletableFuture<ApiResponse> assign(ApiCall call) {
        Requests.Assign request = json.read(call.body(), Requests.Assign.class);
        String number = call.pathParam("number");
        List<CompletableFuture<CommandResult>> pending = new ArrayList<>(request.units().size());
        for (String unitId : request.units()) {
            pending.add(commands.submit(new Command.AssignUnit(number, unitId), call));
        }
        return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                .thenApply(done -> assigned(request.units(), pending.stream().map(CompletableFuture::join).toList()));
    }

    private ApiResponse created(CommandResult result) {
        if (!result.accepted()) {
            return commands.refused(result);
        }
        String number = result.events().stream()
                .filter(e -> e.event() instanceof Event.IncidentCreated)
                .map(e -> ((Event.IncidentCreated) e.event()).incidentNumber())
                .findFirst().orElseThrow(() -> new IllegalStateException("accepted without an IncidentCreated event"));
        ObjectNode body = json.object().put("accepted", true).put("incidentNumber", number);
        body.set("events", json.events(result.events()));
        return json.response(HttpResponseStatus.CREATED, body);
    }

    private ApiResponse assigned(List<String> unitIds, List<CommandResult> results) {
        ArrayNode each = json.array();
        ObjectNode firstRefusal = null;
        HttpResponseStatus status = HttpResponseStatus.OK;
        for (int i = 0; i < results.size(); i++) {
            CommandResult result = results.get(i);
            ObjectNode entry;
            if (result.accepted()) {
                entry = commands.accepted(result);
            } else {
                JournaledEvent rejection = CommandExchange.rejectionOf(result);
                entry = commands.refusal(rejection).put("accepted", false);
                if (firstRefusal == null) {
                    firstRefusal = entry;
                    status = CommandExchange.statusOf(((Event.CommandRejected) rejection.event()).reason());
                }
            }
            each.add(json.object().put("unitId", unitIds.get(i)).setAll(entry));
        }
        ObjectNode body = json.object().put("accepted", firstRefusal == null);
        if (firstRefusal != null) {
            body.put("error", firstRefusal.get("error").asText())
                    .put("detail", firstRefusal.get("detail").asText())
                    .put("index", firstRefusal.get("index").asLong());
        }
        body.set("results", each);
        return json.response(status, body);
    }
}
