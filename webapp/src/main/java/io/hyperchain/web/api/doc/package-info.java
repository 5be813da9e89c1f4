/**
 * The REST API's OpenAPI document beyond the annotations on the resources: the shapes of the JSON
 * bodies the resources write by hand (classes for documentation only, never instantiated: the
 * resources build their JSON with {@code JsonValues}), and {@link io.hyperchain.web.api.doc.ApiAccessFilter},
 * which adds who may call each operation from its access annotation.
 */
package io.hyperchain.web.api.doc;
