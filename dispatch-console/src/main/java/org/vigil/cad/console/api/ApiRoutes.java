package org.vigil.cad.console.api;

import static org.vigil.cad.console.Role.ADMIN;
import static org.vigil.cad.console.Role.DISPATCHER;
import static org.vigil.cad.console.Role.SUPERVISOR;

import org.vigil.cad.console.ConsoleServices;
import org.vigil.cad.console.Sessions;
import org.vigil.cad.console.http.Access;
import org.vigil.cad.console.http.JsonCodec;
import org.vigil.cad.console.http.Router;

/** Every endpoint and who may call it, on one screen. */
public final class ApiRoutes {
    /** Moving units: the dispatch floor and those above it. */
    static final Access DISPATCH = Access.roles(DISPATCHER, SUPERVISOR, ADMIN);
    /** The roster and engine checks. */
    static final Access SUPERVISION = Access.roles(SUPERVISOR, ADMIN);

    private ApiRoutes() {
    }

    public static Router build(ConsoleServices services, Sessions sessions, JsonCodec json) {
        CommandExchange commands = new CommandExchange(services.pipeline().gateway(), services.pipeline().health(), json);
        SystemApi system = new SystemApi(services.pipeline().health(), services.metrics(), json);
        AuthApi auth = new AuthApi(services.users(), sessions, services.passwordChecks(), json);
        UnitApi units = new UnitApi(commands, json);
        IncidentApi incidents = new IncidentApi(commands, json);
        CallApi calls = new CallApi(services.callBoard(), json);
        AdminApi admin = new AdminApi(services.pipeline(), commands, services.journalPosition(), json);
        return new Router()
                .get("/health", Access.PUBLIC, system::health)
                .get("/metrics", Access.PUBLIC, system::metrics)
                .post("/api/login", Access.PUBLIC, auth::login)
                .post("/api/logout", Access.ANY_ROLE, auth::logout)
                .get("/api/calls", Access.ANY_ROLE, calls::list)
                .post("/api/units", SUPERVISION, units::register)
                .post("/api/units/{id}/status", DISPATCH, units::changeStatus)
                .post("/api/units/{id}/position", DISPATCH, units::reportPosition)
                .post("/api/incidents", Access.ANY_ROLE, incidents::create)
                .post("/api/incidents/{number}/narrative", Access.ANY_ROLE, incidents::addNarrative)
                .post("/api/incidents/{number}/assign", DISPATCH, incidents::assign)
                .post("/api/incidents/{number}/close", DISPATCH, incidents::close)
                .get("/api/admin/state-hash", SUPERVISION, admin::stateHash);
    }
}
