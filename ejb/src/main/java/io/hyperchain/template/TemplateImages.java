package io.hyperchain.template;

import io.hyperchain.cluster.Node;
import io.hyperchain.docker.DockerGateway;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * P4.1, images without a registry: an admin's root-filesystem tarball, streamed to a temporary file
 * (with a size limit, hashed on the way), checked to be a tar, then imported into every node in service
 * at the same time, each engine on its own. No transaction is held while engines work; the upload's
 * file lives on this instance only until the imports end, so a node that joins later gets the image
 * from another engine ({@link TemplateDistribution}), never from here.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TemplateImages {

    /** The caller waits this long at most; imports still going on afterwards go on, and the page follows them. */
    static final long WAIT_SECONDS = 20;

    /**
     * An engine that has not imported the upload after this long has failed it (a frozen engine takes
     * the request and never answers); the template is free for another upload then.
     */
    static final long IMPORT_MINUTES = 15;

    @Inject
    TemplateRecords records;

    @Inject
    TemplateCatalogue catalogue;

    @Inject
    TemplateConfig config;

    @Inject
    DockerGateway docker;

    @Resource
    ManagedExecutorService executor;

    /** The template after the upload, and whether every engine is done with it. */
    public record Received(TemplateView template, boolean done) {
    }

    /**
     * Takes an upload for the template: 404 {@code template.notFound}, 409 {@code template.busy} or
     * {@code template.baseImage} before a byte is read; 413 {@code template.tooLarge} over the limit;
     * 400 {@code template.notTar} for anything but a tar (plain or gzip).
     */
    public Received receive(long templateId, InputStream body, String actor) {
        try {
            records.checkUploadable(templateId);
        } catch (DomainException refused) {
            UploadSpool.drain(body); // read before refusing, or the caller meets a closed connection, not the answer
            throw refused;
        }
        UploadSpool.Spooled upload;
        try {
            upload = UploadSpool.write(body, config.maxUploadBytes(), config.spoolDirectory());
        } catch (UploadSpool.TooLarge e) {
            throw new DomainException(Problem.TOO_LARGE, "template.tooLarge", null, "The image is larger than "
                    + config.maxUploadMiB() + " MiB, the most this portal takes (HYPERCHAIN_TEMPLATES_MAXUPLOADMIB).");
        } catch (UploadSpool.Unreadable e) {
            throw DomainException.invalid(null, "body.unreadable", "The upload could not be read to its end.");
        }
        CompletableFuture<Boolean> imports;
        try {
            if (!isTar(upload)) {
                throw DomainException.invalid(null, "template.notTar",
                        "The upload is not a tar archive (plain or gzip) of a root filesystem.");
            }
            var begun = records.beginImport(templateId, upload, actor);
            imports = importEverywhere(templateId, begun, upload);
        } catch (RuntimeException e) {
            upload.delete();
            throw e;
        }
        boolean done;
        try {
            imports.get(WAIT_SECONDS, TimeUnit.SECONDS);
            done = true;
        } catch (TimeoutException e) {
            done = false; // the page and the API show each engine as it finishes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done = false;
        } catch (ExecutionException e) {
            done = true; // each engine's failure is recorded on its row
        }
        return new Received(catalogue.one(templateId), done);
    }

    private static boolean isTar(UploadSpool.Spooled upload) {
        try (InputStream in = Files.newInputStream(upload.file())) {
            return TarCheck.isTar(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every engine at once; when all are done the template is ready (if one has it) and the file goes. */
    private CompletableFuture<Boolean> importEverywhere(long templateId, TemplateRecords.Begun begun, UploadSpool.Spooled upload) {
        var image = new ImageReference(begun.image());
        List<CompletableFuture<Boolean>> each = begun.targets().stream()
                .map(node -> CompletableFuture.supplyAsync(() -> importInto(templateId, node, image, upload), executor)
                        .orTimeout(IMPORT_MINUTES, TimeUnit.MINUTES)
                        .exceptionally(late -> {
                            records.record(templateId, node.id(), NodeImageState.FAILED, "no answer within " + IMPORT_MINUTES + " minutes");
                            return false;
                        }))
                .toList();
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(nothing -> each.stream().anyMatch(CompletableFuture::join))
                .whenComplete((reached, error) -> {
                    try {
                        records.finishImport(templateId, upload, Boolean.TRUE.equals(reached));
                    } finally {
                        upload.delete();
                    }
                });
    }

    /** One engine's import from this instance's file; its row says how it went. Never throws. */
    private boolean importInto(long templateId, Node node, ImageReference image, UploadSpool.Spooled upload) {
        try (InputStream tar = Files.newInputStream(upload.file())) {
            docker.importImage(node.dockerHost(), image.repository(), image.tag(), tar);
            records.record(templateId, node.id(), NodeImageState.READY, "imported (sha256 " + upload.sha256().substring(0, 12) + ")");
            return true;
        } catch (IOException | RuntimeException e) {
            records.record(templateId, node.id(), NodeImageState.FAILED, DockerGateway.problemOf(e));
            return false;
        }
    }
}
