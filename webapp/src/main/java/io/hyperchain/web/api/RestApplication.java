package io.hyperchain.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API v1; its contract is the table in docs/architecture.md. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {
}
