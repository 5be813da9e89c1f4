package io.hyperchain.billing.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResult;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import com.helger.ubl21.UBL21Marshaller;
import com.helger.xml.serialize.read.DOMReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * A UBL 2.1 document checked against the UBL XSD and the EN 16931 UBL Schematron (phive's rule
 * set): the unit test of the export and the accountant's end-to-end test both use it.
 */
public final class UblValidation {

    private static final ValidationExecutorSetRegistry<IValidationSourceXML> RULES = new ValidationExecutorSetRegistry<>();

    static {
        EN16931Validation.initEN16931(RULES);
    }

    private UblValidation() {
    }

    /** Fails with every problem found; an Invoice or a CreditNote by its root element. */
    public static void assertValid(String what, byte[] xml) throws IOException {
        boolean creditNote = new String(xml, StandardCharsets.UTF_8).contains("<CreditNote");
        if (creditNote) {
            assertValid(UBL21Marshaller.creditNote().getSchema(), EN16931Validation.VID_UBL_CREDIT_NOTE_1313, what, xml);
        } else {
            assertValid(UBL21Marshaller.invoice().getSchema(), EN16931Validation.VID_UBL_INVOICE_1313, what, xml);
        }
    }

    private static void assertValid(Schema schema, DVRCoordinate rulesId, String what, byte[] xml) throws IOException {
        List<String> problems = new ArrayList<>();
        try {
            var validator = schema.newValidator();
            validator.setErrorHandler(collecting(problems));
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (org.xml.sax.SAXException e) {
            problems.add("XSD: " + e.getMessage());
        }
        assertTrue(problems.isEmpty(), what + " against the UBL 2.1 XSD:\n" + String.join("\n", problems));

        IValidationExecutorSet<IValidationSourceXML> set = RULES.getOfID(rulesId);
        ValidationResultList results = ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(),
                set, ValidationSourceXML.create(what + ".xml", DOMReader.readXMLDOM(xml)));
        results.forEachFlattened(error -> {
            if (error.isError()) {
                problems.add(error.getAsString(Locale.ROOT));
            }
        });
        assertTrue(problems.isEmpty(), what + " against EN 16931 (" + rulesId + "):\n" + String.join("\n", problems)
                + "\n" + new String(xml, java.nio.charset.StandardCharsets.UTF_8));
        // every layer (XSD, Schematron) actually ran
        assertTrue(results.stream().noneMatch(ValidationResult::isSkipped), what + ": a validation layer was skipped");
    }

    private static ErrorHandler collecting(List<String> problems) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("XSD line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("XSD line " + e.getLineNumber() + ": " + e.getMessage());
            }
        };
    }
}
