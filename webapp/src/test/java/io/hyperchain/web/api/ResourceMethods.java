package io.hyperchain.web.api;

import io.hyperchain.web.security.AccessRule;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every REST resource method in the portal's compiled classes, found the way the JAX-RS runtime finds
 * them: each public method of a {@code @Path} class that carries {@code @GET}, {@code @POST}, ... or
 * {@code @Path}, with its path under /api/v1, its HTTP method and the access rule {@code AccessGuard}
 * reads. Shared by {@link ResourceAccessTest} (default deny at build time) and the hostile-caller IT.
 */
public final class ResourceMethods {

    private static final Set<Class<? extends Annotation>> PARAMETER_SOURCES = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    private ResourceMethods() {
    }

    /** One resource method; {@code path} is relative to /api/v1 ("invoices/{id}"). */
    public record ResourceMethod(Class<?> type, Method method, String path, AccessRule rule) {

        public String name() {
            return type.getSimpleName() + "." + method.getName();
        }

        /** GET, POST, ...; "locator" for a sub-resource locator. */
        public String http() {
            return Arrays.stream(method.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                    .filter(h -> h != null).map(HttpMethod::value).findFirst().orElse("locator");
        }

        /** The names of its {@code @QueryParam}s, in declaration order. */
        public List<String> queryParameters() {
            return Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream)
                    .filter(a -> a instanceof QueryParam).map(a -> ((QueryParam) a).value()).toList();
        }

        /** Whether it takes the request body (an entity parameter: one without a parameter annotation). */
        public boolean readsBody() {
            return Arrays.stream(method.getParameterAnnotations()).anyMatch(annotations -> Arrays.stream(annotations)
                    .noneMatch(a -> PARAMETER_SOURCES.contains(a.annotationType())));
        }

        @Override
        public String toString() {
            return name() + " (" + http() + " /api/v1/" + path + ")";
        }
    }

    /** Every resource method of the portal, sorted by name. */
    public static List<ResourceMethod> scan() {
        try {
            URI location = AccessGuard.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            var root = Paths.get(location);
            if (Files.isDirectory(root)) {
                return scan(root);
            }
            // the classes as a jar (a test runner may put the packaged module on the class path)
            try (var jar = FileSystems.newFileSystem(root, Map.of())) {
                return scan(jar.getPath("/"));
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("the portal's classes could not be read", e);
        }
    }

    private static List<ResourceMethod> scan(java.nio.file.Path classes) throws IOException {
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            return files.map(f -> classes.relativize(f).toString())
                    .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.startsWith("META-INF"))
                    .map(f -> load(f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.')))
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .flatMap(type -> Arrays.stream(type.getMethods())
                            .filter(m -> m.getDeclaringClass() != Object.class && !m.isBridge() && !m.isSynthetic())
                            .filter(ResourceMethods::isResourceMethod)
                            .map(m -> new ResourceMethod(type, m, path(type, m), AccessRule.of(m, type))))
                    .sorted(Comparator.comparing(ResourceMethod::name))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceMethods.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isResourceMethod(Method method) {
        return Modifier.isPublic(method.getModifiers()) && (method.isAnnotationPresent(Path.class)
                || Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)));
    }

    private static String path(Class<?> type, Method method) {
        String own = method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "";
        return Stream.of(type.getAnnotation(Path.class).value(), own).map(p -> p.replaceAll("^/+|/+$", ""))
                .filter(p -> !p.isEmpty()).collect(Collectors.joining("/"));
    }
}
