package io.hyperchain.shared;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A JDBC connection that only records the statements prepared and the parameters set and executed. */
public final class RecordingConnection {

    /** One executed statement: its SQL and its parameters by index. */
    public record Executed(String sql, Map<Integer, Object> parameters) {
    }

    private final List<Executed> executed = new ArrayList<>();

    public List<Executed> executed() {
        return executed;
    }

    public Connection connection() {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "prepareStatement" -> statement((String) args[0]);
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private PreparedStatement statement(String sql) {
        Map<Integer, Object> parameters = new TreeMap<>();
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("set") && args != null && args.length == 2 && args[0] instanceof Integer index) {
                        parameters.put(index, args[1]);
                        return null;
                    }
                    return switch (name) {
                        case "executeUpdate" -> {
                            executed.add(new Executed(sql, new TreeMap<>(parameters)));
                            yield 1;
                        }
                        case "close" -> null;
                        default -> throw new UnsupportedOperationException(name);
                    };
                });
    }
}
