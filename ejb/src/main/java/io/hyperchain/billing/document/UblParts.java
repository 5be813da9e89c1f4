package io.hyperchain.billing.document;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ContactType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PeriodType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;

/**
 * The parts an Invoice and a CreditNote share, shaped as EN 16931 / Peppol BIS Billing 3.0 expects
 * them. One VAT rate per document, so one VAT category: S (standard rated), or Z when the rate is
 * zero (S requires a rate above zero, BR-S-05).
 */
final class UblParts {

    static final String CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017";
    static final String PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

    private UblParts() {
    }

    static SupplierPartyType seller(BillingDocument.Party seller) {
        PartyType party = party(seller);
        // BR-S-02: a seller charging VAT names its VAT identifier, which starts with its country code (BR-CO-9)
        var taxScheme = new PartyTaxSchemeType();
        taxScheme.setCompanyID(vatId(seller));
        taxScheme.setTaxScheme(vat());
        party.addPartyTaxScheme(taxScheme);
        var supplier = new SupplierPartyType();
        supplier.setParty(withLegalEntityAndContact(party, seller));
        return supplier;
    }

    static CustomerPartyType buyer(BillingDocument.Party buyer) {
        var customer = new CustomerPartyType();
        customer.setParty(withLegalEntityAndContact(party(buyer), buyer));
        return customer;
    }

    // the order of the elements in the XML is JAXB's, so the legal entity may be added last
    private static PartyType party(BillingDocument.Party who) {
        var party = new PartyType();
        if (who.email() != null) {
            party.setEndpointID(who.email()).setSchemeID("EM"); // EAS code for an e-mail address
        }
        var name = new PartyNameType();
        name.setName(who.name());
        party.addPartyName(name);
        var country = new CountryType();
        country.setIdentificationCode(who.countryCode());
        var address = new AddressType();
        address.setCountry(country);
        party.setPostalAddress(address);
        return party;
    }

    private static PartyType withLegalEntityAndContact(PartyType party, BillingDocument.Party who) {
        var legal = new PartyLegalEntityType();
        legal.setRegistrationName(who.name());
        party.addPartyLegalEntity(legal);
        if (who.email() != null) {
            var contact = new ContactType();
            contact.setElectronicMail(who.email());
            party.setContact(contact);
        }
        return party;
    }

    /** "KR" + the seller's reference without separators: KR1234567890. */
    static String vatId(BillingDocument.Party seller) {
        String country = seller.countryCode().toUpperCase(Locale.ROOT);
        String reference = Objects.requireNonNull(seller.reference(), "the seller's reference makes its VAT id")
                .replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        return reference.startsWith(country) ? reference : country + reference;
    }

    static PeriodType month(String period) {
        YearMonth month = YearMonth.parse(period);
        var result = new PeriodType();
        result.setStartDate(month.atDay(1));
        result.setEndDate(month.atEndOfMonth());
        return result;
    }

    static BillingReferenceType invoiceReference(String invoiceNumber) {
        var document = new DocumentReferenceType();
        document.setID(invoiceNumber);
        var reference = new BillingReferenceType();
        reference.setInvoiceDocumentReference(document);
        return reference;
    }

    static TaxTotalType taxTotal(BillingDocument document, UblAmounts amounts) {
        var subtotal = new TaxSubtotalType();
        subtotal.setTaxableAmount(amounts.lineTotal()).setCurrencyID(document.currency());
        subtotal.setTaxAmount(amounts.tax()).setCurrencyID(document.currency());
        subtotal.setTaxCategory(taxCategory(document.taxRate()));
        var total = new TaxTotalType();
        total.setTaxAmount(amounts.tax()).setCurrencyID(document.currency());
        total.addTaxSubtotal(subtotal);
        return total;
    }

    static MonetaryTotalType monetaryTotal(BillingDocument document, UblAmounts amounts) {
        String currency = document.currency();
        var total = new MonetaryTotalType();
        total.setLineExtensionAmount(amounts.lineTotal()).setCurrencyID(currency);
        total.setTaxExclusiveAmount(amounts.lineTotal()).setCurrencyID(currency);
        total.setTaxInclusiveAmount(amounts.taxInclusive()).setCurrencyID(currency);
        total.setPayableRoundingAmount(amounts.rounding()).setCurrencyID(currency);
        total.setPayableAmount(amounts.payable()).setCurrencyID(currency);
        return total;
    }

    /** Item name = the line's description; the seller's item id = the metric code. */
    static ItemType item(BillingDocument.Line line, BigDecimal taxRate) {
        var item = new ItemType();
        item.setName(line.description() != null ? line.description() : line.metric());
        var id = new ItemIdentificationType();
        id.setID(line.metric());
        item.setSellersItemIdentification(id);
        item.addClassifiedTaxCategory(taxCategory(taxRate));
        return item;
    }

    static PriceType price(String currency, BigDecimal amount) {
        var price = new PriceType();
        price.setPriceAmount(amount).setCurrencyID(currency);
        return price;
    }

    /** UN/ECE Recommendation 20 codes (BR-CL-23). */
    static String unitCode(String unit) {
        return switch (unit) {
            case "hour" -> "HUR";
            case "month" -> "MON";
            case "each" -> "C62";
            default -> throw new IllegalArgumentException("no UN/ECE unit code for " + unit);
        };
    }

    // the same structure serves the line (ClassifiedTaxCategory) and the breakdown (TaxCategory)
    private static TaxCategoryType taxCategory(BigDecimal taxRate) {
        var category = new TaxCategoryType();
        category.setID(taxRate.signum() > 0 ? "S" : "Z");
        category.setPercent(percent(taxRate));
        category.setTaxScheme(vat());
        return category;
    }

    /** 0.10 → 10, 0.075 → 7.5 */
    static BigDecimal percent(BigDecimal rate) {
        BigDecimal percent = rate.movePointRight(2).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    private static TaxSchemeType vat() {
        var scheme = new TaxSchemeType();
        scheme.setID("VAT");
        return scheme;
    }
}
