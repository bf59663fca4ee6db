package org.vigil.cad.console.api;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.cad.console.Session;
import org.vigil.cad.console.Sessions;
import org.vigil.cad.console.User;
import org.vigil.cad.console.UserStore;
import org.vigil.cad.console.http.ApiCall;
import org.vigil.cad.console.http.ApiException;
import org.vigil.cad.console.http.ApiResponse;
import org.vigil.cad.console.http.JsonCodec;

/** Login and logout. The bcrypt check runs on the caller-supplied executor, never on an event loop. */
final class AuthApi {
    private static final Logger LOG = LoggerFactory.getLogger(AuthApi.class);

    private final UserStore users;
    private final Sessions sessions;
    private final Executor passwordChecks;
    private final JsonCodec json;

    AuthApi(UserStore users, Sessions sessions, Executor passwordChecks, JsonCodec json) {
        this.users = users;
        this.sessions = sessions;
        this.passwordChecks = passwordChecks;
        this.json = json;
    }

    CompletableFuture<ApiResponse> login(ApiCall call) {
        Requests.Login login = json.read(call.body(), Requests.Login.class);
        return CompletableFuture.supplyAsync(() -> check(login), passwordChecks)
                .thenApply(user -> user.map(u -> loggedIn(sessions.open(u, login.position())))
                        .orElseThrow(() -> refused(login)));
    }

    CompletableFuture<ApiResponse> logout(ApiCall call) {
        sessions.end(call.session().token());
        return CompletableFuture.completedFuture(json.response(HttpResponseStatus.OK,
                json.object().put("loggedOut", true)));
    }

    private Optional<User> check(Requests.Login login) {
        try {
            return users.authenticate(login.user(), login.password());
        } finally {
            Arrays.fill(login.password(), '\0');
        }
    }

    private ApiResponse loggedIn(Session session) {
        LOG.info("{} logged in as {} at position {}", session.user().name(), session.role().wireName(),
                printable(session.position()));
        return json.response(HttpResponseStatus.OK, json.object()
                .put("token", session.token())
                .put("user", session.user().name())
                .put("role", session.role().wireName())
                .put("position", session.position()));
    }

    private static ApiException refused(Requests.Login login) {
        LOG.info("login refused for user \"{}\" at position {}", printable(login.user()), printable(login.position()));
        return new ApiException(HttpResponseStatus.UNAUTHORIZED, "unauthorized", "wrong user name or password");
    }

    /** Names come from the network: keep line breaks and control characters out of the log. */
    private static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }
}
