package io.hyperchain.web.api.doc;

import io.hyperchain.web.api.RestApplication;
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
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The operations of the REST API v1 as the resource classes declare them: HTTP method, path template
 * under /api/v1 and the Java method with its access rule (read as {@code AccessGuard} reads it). What
 * {@link ApiAccessFilter} needs to say, for each operation of the OpenAPI document, who may call it.
 */
public final class ApiMethods {

    private static final Logger LOG = Logger.getLogger(ApiMethods.class.getName());
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(?::[^}]*)?}");
    private static final String PREFIX = "/api/v1";
    private static final Set<Class<? extends Annotation>> PARAMETER_SOURCES = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    /** One operation: {@code template} is relative to /api/v1, normalized ("invoices/{id}"). */
    public record ApiMethod(String http, String template, Method method, AccessRule rule) {

        public String key() {
            return http + " " + template;
        }

        /** Whether it takes the request body: a parameter without a parameter annotation. */
        public boolean readsBody() {
            return Arrays.stream(method.getParameterAnnotations()).anyMatch(annotations -> Arrays.stream(annotations)
                    .noneMatch(a -> PARAMETER_SOURCES.contains(a.annotationType())));
        }

        public boolean isWrite() {
            return !Set.of("GET", "HEAD", "OPTIONS").contains(http);
        }
    }

    private final Map<String, ApiMethod> byKey;

    private ApiMethods(Collection<ApiMethod> methods) {
        this.byKey = methods.stream().collect(Collectors.toMap(ApiMethod::key, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    /** The operations of these resource classes (each a {@code @Path} class). */
    public static ApiMethods of(Collection<Class<?>> resources) {
        List<ApiMethod> methods = new ArrayList<>();
        for (Class<?> type : resources) {
            for (Method m : type.getMethods()) {
                http(m).filter(h -> m.getDeclaringClass() != Object.class && !m.isBridge() && Modifier.isPublic(m.getModifiers()))
                        .ifPresent(h -> methods.add(new ApiMethod(h, template(type, m), m, AccessRule.of(m, type))));
            }
        }
        methods.sort(Comparator.comparing(ApiMethod::key));
        return new ApiMethods(methods);
    }

    /** The resource classes of the API's package, found beside {@link RestApplication} (a directory or a jar). */
    public static ApiMethods scan() {
        return of(resourceClasses());
    }

    public List<ApiMethod> all() {
        return List.copyOf(byKey.values());
    }

    /** The operation for a method and a path of the OpenAPI document ("/api/v1/invoices/{id}", with or without a context root). */
    public Optional<ApiMethod> find(String http, String documentPath) {
        int at = documentPath.indexOf(PREFIX);
        if (at < 0) {
            return Optional.empty();
        }
        String rest = documentPath.substring(at + PREFIX.length());
        if (!rest.isEmpty() && !rest.startsWith("/")) {
            return Optional.empty(); // "/api/v10/…" is not ours
        }
        return Optional.ofNullable(byKey.get(http.toUpperCase(Locale.ROOT) + " " + normalize(rest)));
    }

    /** "/invoices/{id : \\d+}/" → "invoices/{id}". */
    static String normalize(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return PARAMETER.matcher(trimmed).replaceAll(m -> Matcher.quoteReplacement("{" + m.group(1) + "}"));
    }

    private static Optional<String> http(Method method) {
        return Arrays.stream(method.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(h -> h != null).map(HttpMethod::value).findFirst();
    }

    private static String template(Class<?> type, Method method) {
        String own = method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "";
        return normalize(Stream.of(type.getAnnotation(Path.class).value(), own).map(p -> p.replaceAll("^/+|/+$", ""))
                .filter(p -> !p.isEmpty()).collect(Collectors.joining("/")));
    }

    private static List<Class<?>> resourceClasses() {
        String pkg = RestApplication.class.getPackageName();
        URL here = RestApplication.class.getResource(RestApplication.class.getSimpleName() + ".class");
        List<String> names = new ArrayList<>();
        try {
            if (here != null && "file".equals(here.getProtocol())) {
                try (var files = Files.list(Paths.get(here.toURI()).getParent())) {
                    files.map(f -> f.getFileName().toString()).forEach(names::add);
                }
            } else if (here != null && here.openConnection() instanceof JarURLConnection jar) {
                String dir = pkg.replace('.', '/') + "/";
                jar.setUseCaches(false);
                try (var file = jar.getJarFile()) {
                    file.stream().map(e -> e.getName()).filter(n -> n.startsWith(dir) && n.indexOf('/', dir.length()) < 0)
                            .map(n -> n.substring(dir.length())).forEach(names::add);
                }
            } else {
                LOG.warning("the API's classes are at " + here + ", which cannot be listed: the OpenAPI document gets no access rules");
            }
        } catch (IOException | URISyntaxException e) {
            LOG.warning("the API's classes could not be listed (" + e + "): the OpenAPI document gets no access rules");
        }
        return names.stream().filter(n -> n.endsWith(".class") && !n.contains("$"))
                .map(n -> load(pkg + "." + n.substring(0, n.length() - ".class".length())))
                .filter(type -> type != null && type.isAnnotationPresent(Path.class)).<Class<?>>map(t -> t).toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RestApplication.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.warning("API class " + name + " could not be loaded: " + e);
            return null;
        }
    }
}
