package io.hyperchain.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The portal is ready only when its database answers. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/hyperchain")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            statement.execute("select 1");
            return response.up().withData("product", connection.getMetaData().getDatabaseProductVersion()).build();
        } catch (SQLException e) {
            return response.down().withData("problem", e.getMessage() == null ? e.toString() : e.getMessage()).build();
        }
    }
}
