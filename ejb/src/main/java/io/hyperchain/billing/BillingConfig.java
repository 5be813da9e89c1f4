package io.hyperchain.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Installation facts of billing, from MicroProfile Config (environment variables win). */
@ApplicationScoped
public class BillingConfig {

    /** The billing period is the calendar month here (HYPERCHAIN_BILLING_ZONE). */
    @Inject
    @ConfigProperty(name = "hyperchain.billing.zone", defaultValue = "Asia/Seoul")
    String zone;

    /** The seller named on every invoice (HYPERCHAIN_BILLING_SELLER). */
    @Inject
    @ConfigProperty(name = "hyperchain.billing.seller", defaultValue = "HyperChain")
    String seller;

    /** The seller's VAT / business registration number (HYPERCHAIN_BILLING_SELLERTAXID). */
    @Inject
    @ConfigProperty(name = "hyperchain.billing.sellerTaxId", defaultValue = "KR0000000000")
    String sellerTaxId;

    /** A TrueType font with Korean glyphs for invoice PDFs (HYPERCHAIN_BILLING_PDFFONT; Debian's fonts-nanum). */
    @Inject
    @ConfigProperty(name = "hyperchain.billing.pdfFont", defaultValue = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
    String pdfFont;

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public String seller() {
        return seller;
    }

    public String sellerTaxId() {
        return sellerTaxId;
    }

    public String pdfFont() {
        return pdfFont;
    }
}
