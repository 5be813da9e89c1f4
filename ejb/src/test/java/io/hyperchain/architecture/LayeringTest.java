package io.hyperchain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of dependencies (docs/architecture.md): the decision cores at the bottom import no
 * framework; capabilities do not depend on each other in a circle.
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.hyperchain");
    }

    @Test
    void theDecisionCoresImportNoFramework() {
        noClasses().that().resideInAnyPackage("io.hyperchain.placement..", "io.hyperchain.billing.rating..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.hibernate..", "com.github.dockerjava..",
                        "org.quartz..", "org.eclipse.microprofile..")
                .check(classes);
    }

    @Test
    void theLoginRulesImportNoFramework() {
        noClasses().that().belongToAnyOf(io.hyperchain.tenant.LoginThrottlePolicy.class, io.hyperchain.tenant.LoginSource.class,
                        io.hyperchain.tenant.StoredPasswordHash.class)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.hibernate..", "org.eclipse.microprofile..")
                .check(classes);
    }

    @Test
    void theGroupRulesImportNoFramework() {
        // the tree, the fan-out and the commands: unit-tested without a container
        noClasses().that().belongToAnyOf(io.hyperchain.group.GroupTree.class, io.hyperchain.group.FanOut.class,
                        io.hyperchain.group.GroupCommand.class, io.hyperchain.group.CommandDeadline.class,
                        io.hyperchain.group.MemberOutcome.class, io.hyperchain.group.MemberActions.class)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.hibernate..", "com.github.dockerjava..",
                        "org.quartz..", "org.eclipse.microprofile..")
                .check(classes);
    }

    @Test
    void theDecisionCoresDependOnNoService() {
        noClasses().that().resideInAnyPackage("io.hyperchain.placement..", "io.hyperchain.billing.rating..")
                .should().dependOnClassesThat().resideInAnyPackage("io.hyperchain.cluster..", "io.hyperchain.environment..",
                        "io.hyperchain.storage..", "io.hyperchain.docker..", "io.hyperchain.metering..", "io.hyperchain.spare..",
                        "io.hyperchain.adjust..", "io.hyperchain.tenant..", "io.hyperchain.account..", "io.hyperchain.notify..")
                .check(classes);
    }

    @Test
    void billingIsFreeOfCycles() {
        slices().matching("io.hyperchain.billing.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void capabilitiesAreFreeOfCycles() {
        slices().matching("io.hyperchain.(*)..").should().beFreeOfCycles().check(classes);
    }
}
