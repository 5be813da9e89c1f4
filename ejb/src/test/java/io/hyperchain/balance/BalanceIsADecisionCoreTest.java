package io.hyperchain.balance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Rebalancing is a decision core (style rule 2): it imports no framework and no service. */
class BalanceIsADecisionCoreTest {

    @Test
    void balanceImportsNoFrameworkAndNoService() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.hyperchain.balance");
        noClasses().that().resideInAPackage("io.hyperchain.balance..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.hibernate..", "com.github.dockerjava..",
                        "org.quartz..", "org.eclipse.microprofile..", "io.hyperchain.cluster..", "io.hyperchain.environment..",
                        "io.hyperchain.docker..", "io.hyperchain.metering..", "io.hyperchain.spare..", "io.hyperchain.tenant..")
                .check(classes);
    }
}
