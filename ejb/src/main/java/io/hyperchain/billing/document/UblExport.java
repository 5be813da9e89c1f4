package io.hyperchain.billing.document;

import com.helger.commons.error.list.ErrorList;
import com.helger.ubl21.UBL21Marshaller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;

/**
 * Finalized documents as a ZIP of UBL 2.1 XML, EN 16931 (Peppol BIS Billing 3.0 shape): one
 * Invoice per INVOICE, one CreditNote per CREDIT_NOTE, each entry named {@code <number>.xml}, in
 * the order given. Plain Java; needs a JAXB implementation at runtime (the application server's).
 *
 * <p>The same documents always give the same bytes: entries are stamped with their document's
 * issue date (local midnight, stored as such, so the JVM's time zone does not matter) and nothing
 * else in the output depends on the clock.
 */
public final class UblExport {

    private UblExport() {
    }

    public static byte[] zip(List<BillingDocument> documents) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (BillingDocument document : documents) {
                var entry = new ZipEntry(document.number() + ".xml");
                entry.setTimeLocal(document.issueDate().atStartOfDay());
                zip.putNextEntry(entry);
                zip.write(xml(document));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * One document as UBL XML (UTF-8). The marshaller checks it against the UBL 2.1 schema while
     * writing; a document the schema refuses is an error here, not a file a customer finds.
     */
    public static byte[] xml(BillingDocument document) {
        var errors = new ErrorList();
        byte[] xml = switch (document.kind()) {
            case INVOICE -> UBL21Marshaller.invoice().setFormattedOutput(true).setCollectErrors(errors)
                    .getAsBytes(UblInvoice.of(document));
            case CREDIT_NOTE -> UBL21Marshaller.creditNote().setFormattedOutput(true).setCollectErrors(errors)
                    .getAsBytes(UblCreditNote.of(document));
        };
        if (xml == null || errors.containsAtLeastOneError()) {
            throw new IllegalStateException("UBL for " + document.number() + " is not valid: " + errors);
        }
        return xml;
    }

    /** BR-CO / Peppol R003 want a buyer reference or an order reference: the tenant's reference. */
    static String buyerReference(BillingDocument document) {
        return Objects.requireNonNullElse(document.buyer().reference(), document.number());
    }

    /** A late adjustment's line says which month its usage belongs to. */
    static void noteOtherPeriod(BillingDocument document, BillingDocument.Line line, Consumer<NoteType> notes) {
        if (line.period() != null && !line.period().equals(document.period())) {
            notes.accept(new NoteType("Usage of " + line.period()));
        }
    }
}
