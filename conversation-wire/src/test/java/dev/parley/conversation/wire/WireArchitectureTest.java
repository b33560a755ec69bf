package dev.parley.conversation.wire;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.parley.conversation.wire", importOptions = ImportOption.DoNotIncludeTests.class)
class WireArchitectureTest {

    @ArchTest
    static final ArchRule wireDependsOnlyOnTheDomainMoshiAndOkio = classes()
            .that().resideInAPackage("dev.parley.conversation.wire..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "dev.parley.conversation.domain..", "dev.parley.conversation.wire..",
                    "com.squareup.moshi..", "okio..")
            .because("the wire module is the one JSON layer shared by the client and the fake: "
                    + "it must not pull HTTP, server or other adapters' types into either");

    @ArchTest
    static final ArchRule onlyTheEntryTypeAndTheCodecArePublic = classes()
            .that().resideInAPackage("dev.parley.conversation.wire..")
            .and().arePublic()
            .and().areTopLevelClasses()
            .should().haveSimpleName("UltraCartJson").orShould().haveSimpleName("WireCodec")
            .orShould().haveSimpleName("RealtimeFrame").orShould().haveSimpleName("JsonBody")
            .because("UltraCartJson is the module's one entry type, WireCodec what it hands out, RealtimeFrame "
                    + "the realtime channel's frames both adapters speak and JsonBody a body spliced from kept JSON; "
                    + "DTOs and mappings are implementation detail the client and fake must not bind to");
}
