package io.hyperchain.web.api;

import io.hyperchain.web.DatabaseOutage;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Our own bugs: logged in full under an incident id, shown to the client without internals. A
 * database that is away for a moment is no bug: 503 with Retry-After.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (isCharsetProblem(e)) { // a charset in Accept or Content-Type that does not exist
            return ErrorReply.of(400, "charset.unsupported", null,
                    "The charset named in Content-Type or Accept is unknown; use UTF-8.");
        }
        if (io.hyperchain.shared.LockConflict.causes(e)) { // not a bug: another request held the same rows; again in a moment
            LOG.log(Level.INFO, "lock contention, answered 503: " + e);
            return Response.fromResponse(ErrorReply.of(503, "service.busy", null,
                            "The portal is busy with the same thing for you just now. Try again in a moment."))
                    .header("Retry-After", 1).build();
        }
        if (DatabaseOutage.isCause(e)) { // not a bug: the database is away for a moment
            LOG.log(Level.WARNING, "database unavailable: " + e);
            return Response.fromResponse(ErrorReply.of(503, "service.unavailable", null,
                            "The portal cannot reach its database just now. Try again in a few seconds."))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        return incident(e);
    }

    private static boolean isCharsetProblem(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof java.nio.charset.UnsupportedCharsetException || e instanceof java.nio.charset.IllegalCharsetNameException) {
                return true;
            }
        }
        return false;
    }

    static Response incident(Throwable e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "incident " + incident, e);
        return ErrorReply.of(500, "internal", null,
                "Something went wrong on our side (incident " + incident + "). Please try again.");
    }
}
