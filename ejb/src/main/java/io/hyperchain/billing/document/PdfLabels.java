package io.hyperchain.billing.document;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/** The words on an invoice PDF, in the tenant's language. */
record PdfLabels(String invoice, String creditNote, String seller, String buyer, String number, String issueDate,
                 String dueDate, String period, String creditsInvoice, String reason, String reference, String item,
                 String quantity, String unit, String unitPrice, String amount, String subtotal, String vat,
                 String total, String usageOf, String page, String footnote, DateTimeFormatter month,
                 Map<String, String> units) {

    static final PdfLabels EN = new PdfLabels("Invoice", "Credit note", "From", "Bill to", "Number", "Issue date",
            "Due date", "Billing period", "Credits invoice", "Reason", "Reference", "Item", "Quantity", "Unit",
            "Unit price", "Amount", "Subtotal", "VAT", "Total", "Usage of %s", "Page %d",
            "Amounts in %s. The total is rounded once to the currency's unit.",
            DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH),
            Map.of("hour", "hour", "month", "month", "each", "each"));

    // 대변표 rather than 수정세금계산서: the latter is the legal amended tax invoice issued through the
    // National Tax Service's e-tax system, which this PDF is not.
    static final PdfLabels KO = new PdfLabels("청구서", "대변표", "공급자", "공급받는 자", "문서 번호", "발행일",
            "지급 기한", "청구 기간", "원 청구서", "사유", "참조", "항목", "수량", "단위", "단가", "금액", "소계", "부가세",
            "합계", "%s 사용분", "%d 페이지", "금액 단위: %s. 합계는 통화 단위로 한 번만 반올림합니다.",
            DateTimeFormatter.ofPattern("yyyy년 M월", Locale.KOREAN),
            Map.of("hour", "시간", "month", "개월", "each", "개"));

    /** Korean for "ko", English otherwise. */
    static PdfLabels of(String language) {
        return "ko".equals(language) ? KO : EN;
    }

    String title(BillingDocument.Kind kind) {
        return kind == BillingDocument.Kind.INVOICE ? invoice : creditNote;
    }

    /** "2026-11" → "November 2026" / "2026년 11월"; anything else as it is. */
    String month(String period) {
        try {
            return month.format(YearMonth.parse(period));
        } catch (DateTimeParseException e) {
            return period;
        }
    }

    String unit(String code) {
        return units.getOrDefault(code, code);
    }
}
