package io.hyperchain.billing.document;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;

/**
 * An invoice or credit note as an A4 PDF in the tenant's language. The font is embedded because the
 * standard PDF fonts have no Hangul; NanumGothic (Debian: fonts-nanum) covers Korean and Latin.
 */
public final class InvoicePdf {

    public static final String DEFAULT_FONT = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf";

    private final BaseFont regular;
    private final BaseFont bold;

    public InvoicePdf() {
        this(DEFAULT_FONT);
    }

    /** {@code fontPath}: a TrueType font with Hangul; its "…Bold.ttf" sibling is used for headings when present. */
    public InvoicePdf(String fontPath) {
        Path path = Path.of(fontPath);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("Invoice font not found: " + fontPath
                    + " (install the Debian package fonts-nanum, or set the invoice font path to a TrueType font with Korean glyphs)");
        }
        regular = font(path);
        Path boldPath = path.resolveSibling(path.getFileName().toString().replaceFirst("(?i)\\.ttf$", "Bold.ttf"));
        bold = Files.isRegularFile(boldPath) && !boldPath.equals(path) ? font(boldPath) : regular;
    }

    private static BaseFont font(Path path) {
        try {
            // Identity-H: any Unicode character; embedded: the reader's machine need not have the font.
            return BaseFont.createFont(path.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the invoice font " + path, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Not a usable TrueType font: " + path, e);
        }
    }

    public byte[] render(BillingDocument doc) {
        var labels = PdfLabels.of(doc.language());
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 50, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(doc, labels));
            document.addTitle(labels.title(doc.kind()) + " " + doc.number());
            document.addAuthor(doc.seller().name());
            // The issue date, not the rendering time: re-rendering an old invoice gives the same metadata.
            var issued = GregorianCalendar.from(doc.issueDate().atStartOfDay(ZoneOffset.UTC));
            document.addModificationDate(new PdfDate(issued));
            document.open();
            // Document.addCreationDate(PdfDate) is overridden by the clock in OpenPDF 2.0.5; the info dictionary is not.
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(issued));
            new InvoiceLayout(doc, labels, regular, bold).addTo(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render " + doc.number(), e);
        }
        return out.toByteArray();
    }

    /** Document number and page at the foot of every page, so a printed second page can be matched. */
    private final class Footer extends PdfPageEventHelper {
        private final BillingDocument doc;
        private final PdfLabels labels;

        Footer(BillingDocument doc, PdfLabels labels) {
            this.doc = doc;
            this.labels = labels;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var text = new Phrase(doc.number() + "  ·  " + labels.page().formatted(writer.getPageNumber()),
                    new Font(regular, 8, Font.NORMAL, InvoiceLayout.MUTED));
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, text,
                    (document.left() + document.right()) / 2, document.bottom() - 25, 0);
        }
    }
}
