package io.hyperchain.web.api.doc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Constructible;
import org.eclipse.microprofile.openapi.spi.OASFactoryResolver;

/**
 * The OpenAPI model for tests, without a server's implementation: each model object is a map of its
 * properties behind the model interface (getX/setX, addX to a list or a map, the fluent defaults as
 * the interface writes them). Registered in META-INF/services, so {@code OASFactory} works in unit tests.
 */
public class MapModels extends OASFactoryResolver {

    @Override
    public <T extends Constructible> T createObject(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Properties(type)));
    }

    private record Properties(Class<?> type, Map<String, Object> values) implements InvocationHandler {

        Properties(Class<?> type) {
            this(type, new LinkedHashMap<>());
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            int arity = args == null ? 0 : args.length;
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            switch (name) {
                case "toString": return type.getSimpleName() + values;
                case "hashCode": return System.identityHashCode(proxy);
                case "equals": return proxy == args[0];
                default: break;
            }
            if (name.startsWith("get") && arity == 0) {
                return values.get(name.substring(3));
            }
            if (name.startsWith("set") && arity == 1) {
                values.put(name.substring(3), args[0]);
                return null;
            }
            if (name.startsWith("add")) {
                String property = collection(name.substring(3));
                if (arity == 1 && name.equals("addScheme")) { // SecurityRequirement.addScheme(name)
                    ((Map<String, Object>) values.computeIfAbsent("Schemes", k -> new LinkedHashMap<>())).put((String) args[0], List.of());
                } else if (arity == 1) {
                    ((List<Object>) values.computeIfAbsent(property, k -> new ArrayList<>())).add(args[0]);
                } else {
                    ((Map<Object, Object>) values.computeIfAbsent(property, k -> new LinkedHashMap<>())).put(args[0], args[1]);
                }
                return proxy;
            }
            throw new UnsupportedOperationException(type.getSimpleName() + "." + name + " is not in the test model");
        }

        /** The getter's property that addX adds to: Servers for addServer, APIResponses for addAPIResponse, ... */
        private String collection(String singular) {
            for (String candidate : List.of(singular + "s", singular + "es", singular.replaceAll("y$", "ies"), singular)) {
                try {
                    type.getMethod("get" + candidate);
                    return candidate;
                } catch (NoSuchMethodException e) {
                    // the next spelling
                }
            }
            return singular.equals("SecurityRequirement") ? "Security" : singular;
        }
    }
}
