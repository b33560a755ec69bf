package dev.parley.conversation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.parley.conversation.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdk = classes()
            .that().resideInAPackage("dev.parley.conversation.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.parley.conversation.domain..", "java..")
            .because("the domain is the stable heart every adapter shares: it must build and run with nothing but the JDK");

    @ArchTest
    static final ArchRule domainIsOnePackage = classes()
            .that().resideInAPackage("dev.parley.conversation.domain..")
            .should().resideInAPackage("dev.parley.conversation.domain")
            .because("the domain is one package: the port, its records and its exceptions");
}
