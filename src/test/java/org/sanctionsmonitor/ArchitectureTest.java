package org.sanctionsmonitor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;
import java.util.List;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/** The layout rules of DESIGN.md §2–3 and the README's "How it is built", kept true by the build. */
@AnalyzeClasses(packages = "org.sanctionsmonitor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {"country", "resolution", "source", "incident", "statement", "dashboard",
        "timeline", "search", "demo", "follow"};

    @ArchTest
    static final ArchRule feature_trees_have_no_cycles = slices()
            .matching("org.sanctionsmonitor.(*)..")
            .should().beFreeOfCycles()
            .because("features depend on each other in one direction, their ui packages included: a page shows another"
                    + " feature's records through that feature's service or a page section it contributes, and links to"
                    + " its pages through Pages");

    @ArchTest
    static final ArchRule the_editorial_core_depends_on_no_feature = noClasses()
            .that().resideInAPackage("org.sanctionsmonitor.editorial..")
            .should().dependOnClassesThat().resideInAnyPackage(featurePackages())
            .because("features register their record types with the core; the core knows none of them");

    @ArchTest
    static final ArchRule base_depends_on_no_feature = noClasses()
            .that().resideInAPackage("org.sanctionsmonitor.base..")
            .should().dependOnClassesThat().resideInAnyPackage(featurePackages())
            .orShould().dependOnClassesThat().resideInAnyPackage("org.sanctionsmonitor.editorial..", "org.sanctionsmonitor.security..");

    @ArchTest
    static final ArchRule views_do_not_touch_the_database = noClasses().that().resideInAPackage("org.sanctionsmonitor..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
            .because("views are thin: they call feature services");

    @ArchTest
    static final ArchRule repositories_are_package_private = classes().that().areAssignableTo(Repository.class)
            .and().areInterfaces().should().notBePublic()
            .because("a repository is used only inside its own feature");

    @ArchTest
    static final ArchRule repositories_are_used_only_inside_their_feature = classes().that().areAssignableTo(Repository.class)
            .and().areInterfaces().should(beUsedOnlyInTheirOwnPackage());

    @ArchTest
    static final ArchRule routes_live_in_ui_packages = classes().that().areAnnotatedWith(Route.class)
            .should().resideInAPackage("org.sanctionsmonitor..ui..");

    @ArchTest
    static final ArchRule views_are_package_private = classes().that().areAnnotatedWith(Route.class)
            .and().doNotHaveFullyQualifiedName("org.sanctionsmonitor.security.ui.LoginView") // the security configuration names it
            .should().notBePublic()
            .because("other features link to a page through Pages, never by importing its view");

    @ArchTest
    static final ArchRule domain_does_not_depend_on_views = noClasses().that().resideOutsideOfPackage("org.sanctionsmonitor..ui..")
            .and().doNotHaveFullyQualifiedName("org.sanctionsmonitor.security.SecurityConfiguration")
            .should().dependOnClassesThat().resideInAPackage("org.sanctionsmonitor..ui..")
            .because("services and entities know nothing of the screens that show them");

    @ArchTest
    static final ArchRule services_return_read_models_not_entities = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().arePublic()
            .should(returnNoEntity())
            .because("views get records filled by SQL (read models) or an editor's form data, never managed entities");

    @ArchTest
    static final ArchRule read_models_are_records = classes()
            .that().resideInAnyPackage(featurePackages()).and().resideOutsideOfPackage("org.sanctionsmonitor..ui..")
            .and().haveSimpleNameEndingWith("Row").or().haveSimpleNameEndingWith("Details").or().haveSimpleNameEndingWith("Option")
            .should().beRecords()
            .because("read models are immutable records filled by SQL");

    @ArchTest
    static final ArchRule no_data_in_static_fields = fields().that().areStatic()
            .and().areDeclaredInClassesThat().resideInAPackage("org.sanctionsmonitor..")
            // Where zonky unpacked this JVM's PostgreSQL programs: the same for every instance, found once.
            .and().doNotHaveName("binDirectory")
            .should().beFinal()
            .because("several app instances share one database and nothing else: only per-user UI state may live in "
                    + "memory (README \"Several instances\"), and a static field holds state for everyone");

    @ArchTest
    static final ArchRule singletons_keep_no_collections_of_data = fields().that().areNotStatic()
            .and().areDeclaredInClassesThat(springSingletons())
            // Registries of the features' beans (editorial types, pages that can be followed), built once at start-up
            // and never changed.
            .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName("org.sanctionsmonitor.editorial.EditorialTypes")
            .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName("org.sanctionsmonitor.follow.PageChangesRegistry")
            .should().notHaveRawType(Map.class).andShould().notHaveRawType(ConcurrentMap.class)
            .andShould().notHaveRawType(Collection.class).andShould().notHaveRawType(java.util.List.class)
            .andShould().notHaveRawType(java.util.Set.class)
            .because("a cache or register of data in a singleton would differ between instances; data lives in "
                    + "PostgreSQL, and what must reach every instance goes through ClusterEvents");

    private static DescribedPredicate<JavaClass> springSingletons() {
        return DescribedPredicate.describe("Spring singletons (@Service, @Component)",
                type -> type.getPackageName().startsWith("org.sanctionsmonitor")
                        && (type.isAnnotatedWith(Service.class) || type.isAnnotatedWith(Component.class)));
    }

    private static String[] featurePackages() {
        return java.util.Arrays.stream(FEATURES).map(f -> "org.sanctionsmonitor." + f + "..").toArray(String[]::new);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be used only inside their own feature package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getDirectDependenciesToSelf().forEach(dependency -> {
                    JavaClass user = dependency.getOriginClass();
                    if (!user.getPackageName().equals(repository.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static ArchCondition<JavaMethod> returnNoEntity() {
        return new ArchCondition<>("return no JPA entity, alone or in a collection or Optional") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (JavaClass type : typesIn(method.getReturnType())) {
                    if (type.isAnnotatedWith(Entity.class)) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns the entity " + type.getName()));
                    }
                }
            }
        };
    }

    private static List<JavaClass> typesIn(JavaType type) {
        List<JavaClass> types = new ArrayList<>(List.of(type.toErasure()));
        if (type instanceof JavaParameterizedType parameterized) {
            parameterized.getActualTypeArguments().forEach(argument -> types.addAll(typesIn(argument)));
        }
        return types;
    }
}
