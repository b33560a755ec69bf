package dev.parley.conversation.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client's shape: a tiny public API, no transport types in it, and no dependency on the fake. */
class ClientArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.parley.conversation.client");

    @Test
    void mainCodeNeverDependsOnTheFake() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAPackage("dev.parley.conversation.mock..")
                .because("the client talks to UltraCart or the fake over HTTP only; users must not ship the fake");
        rule.check(MAIN);
    }

    @Test
    void onlyTheEntryPointItsAsyncViewTheRetryPolicyAndTheirNestedTypesArePublic() {
        ArchRule rule = classes().that().arePublic()
                .should().haveNameMatching("dev\\.parley\\.conversation\\.client\\.(UltraCartConversationClient|AsyncConversationClient|RetryPolicy)(\\$.*)?")
                .because("everything else is an implementation detail that may change in any release");
        rule.check(MAIN);
    }

    @Test
    void everyNonPublicClassIsFinalOrAnInterface() {
        ArchRule rule = classes().that().areNotPublic().and().areNotInterfaces().and().areNotEnums()
                .and().areNotAnonymousClasses().and().areNotRecords()
                .should().haveModifier(JavaModifier.FINAL)
                .because("package-private classes are not extension points");
        rule.check(MAIN);
    }

    @Test
    void publicSignaturesShowNoRetrofitMoshiOrOkioAndOkHttpOnlyAsTheSharedClient() {
        ArchRule rule = methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .should(new ArchCondition<>("use no transport types but OkHttpClient") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        List<JavaClass> types = new ArrayList<>(method.getRawParameterTypes());
                        types.add(method.getRawReturnType());
                        for (JavaClass type : types) {
                            String name = type.getName();
                            boolean transport = name.startsWith("retrofit2.") || name.startsWith("okhttp3.")
                                    || name.startsWith("okio.") || name.startsWith("com.squareup.moshi.");
                            if (transport && !name.equals("okhttp3.OkHttpClient")) {
                                events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes " + name));
                            }
                        }
                    }
                })
                .because("users code against the domain port; Retrofit, Moshi and OkHttp may change underneath");
        rule.check(MAIN);
    }
}
