package org.sanctionsmonitor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import jakarta.persistence.EntityManager;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The layout rules of DESIGN.md §2–3, kept true by the build. */
@AnalyzeClasses(packages = "org.sanctionsmonitor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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
    static final ArchRule routes_live_in_ui_packages = classes().that().areAnnotatedWith(Route.class)
            .should().resideInAPackage("org.sanctionsmonitor..ui..");

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles = slices()
            .matching("org.sanctionsmonitor.(*)")
            .should().beFreeOfCycles()
            .because("features depend on each other in one direction; their ui packages may link to each other's pages");

    @ArchTest
    static final ArchRule domain_does_not_depend_on_views = noClasses().that().resideOutsideOfPackage("org.sanctionsmonitor..ui..")
            .and().doNotHaveFullyQualifiedName("org.sanctionsmonitor.security.SecurityConfiguration")
            .should().dependOnClassesThat().resideInAPackage("org.sanctionsmonitor..ui..")
            .because("services and entities know nothing of the screens that show them");
}
