package dev.parley.conversation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules between Parley's modules, checked on their main classes. (The wire module checks
 * its own rule in {@code WireArchitectureTest}.)
 */
@AnalyzeClasses(packages = "dev.parley.conversation", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule tckDependsOnlyOnDomainAndTestLibraries = classes()
            .that().resideInAPackage("dev.parley.conversation.tck..")
            .and().resideOutsideOfPackage("dev.parley.conversation.tck.fake..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "dev.parley.conversation.domain..", "dev.parley.conversation.tck..",
                    "org.junit..", "org.opentest4j..", "org.assertj..", "org.apiguardian..")
            .because("the kit judges any implementation of the port, so it must not lean on one of them");

    @ArchTest
    static final ArchRule kitOnTheFakeUsesOnlyTheFakesApi = classes()
            .that().resideInAPackage("dev.parley.conversation.tck.fake..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "dev.parley.conversation.domain..", "dev.parley.conversation.tck..",
                    "dev.parley.conversation.mock.engine", "dev.parley.conversation.mock.server",
                    "org.junit..", "org.opentest4j..", "org.apiguardian..")
            .because("the ready backstages are glue between the kit and the fake's public control plane, nothing"
                    + " more: no HTTP library, no client, no internals of the fake");

    @ArchTest
    static final ArchRule kitDoesNotDependOnItsFakeWiring = noClasses()
            .that().resideInAPackage("dev.parley.conversation.tck..")
            .and().resideOutsideOfPackage("dev.parley.conversation.tck.fake..")
            .should().dependOnClassesThat().resideInAPackage("dev.parley.conversation.tck.fake..")
            .because("the kit judges any implementation; its wiring to the fake is an add-on users may leave out");

    @ArchTest
    static final ArchRule engineKnowsNothingOfHttp = classes()
            .that().resideInAPackage("dev.parley.conversation.mock.engine..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "javax.crypto..", "dev.parley.conversation.domain..",
                    "dev.parley.conversation.mock.engine..", "com.auth0.jwt..")
            .because("the in-memory engine is the reference implementation of the port; HTTP belongs to the"
                    + " Javalin layer around it");

    @ArchTest
    static final ArchRule domainDependsOnNoAdapter = noClasses()
            .that().resideInAPackage("dev.parley.conversation.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.parley.conversation.wire..", "dev.parley.conversation.client..",
                    "dev.parley.conversation.mock..", "dev.parley.conversation.tck..")
            .because("adapters depend on the domain, never the other way round");

    @ArchTest
    static final ArchRule fakeDoesNotDependOnTheKit = noClasses()
            .that().resideInAPackage("dev.parley.conversation.mock..")
            .should().dependOnClassesThat().resideInAPackage("dev.parley.conversation.tck..")
            .because("the fake is judged by the kit; shipping the kit inside it would make it judge itself");

    @ArchTest
    static final ArchRule clientNeverDependsOnTheFake = noClasses()
            .that().resideInAPackage("dev.parley.conversation.client..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.parley.conversation.mock..", "dev.parley.conversation.tck..", "io.javalin..")
            .because("applications ship the client to production; the fake and the kit are test tools");

    @ArchTest
    static final ArchRule fakeNeverDependsOnTheClient = noClasses()
            .that().resideInAPackage("dev.parley.conversation.mock..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.parley.conversation.client..", "retrofit2..")
            .because("the fake must stand for UltraCart to any client, so it cannot borrow our client's behaviour");
}
