package org.zhifagongkai.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages of the application form no cycle, and the complaint core leans on none of its parts.
 */
class PackageStructureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.zhifagongkai.api");

  @Test
  void complaintPartsFormNoCycle() {
    slices()
        .matching("org.zhifagongkai.api.complaint.(*)..")
        .should()
        .beFreeOfCycles()
        .check(CLASSES);
  }

  @Test
  void theComplaintCoreDependsOnNoneOfItsParts() {
    noClasses()
        .that()
        .resideInAPackage("org.zhifagongkai.api.complaint")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.zhifagongkai.api.complaint.filing..",
            "org.zhifagongkai.api.complaint.workorder..",
            "org.zhifagongkai.api.complaint.hotline..",
            "org.zhifagongkai.api.complaint.routing..")
        .check(CLASSES);
  }

  /**
   * The packages at the portal's edge and the plumbing they share form no cycle. (Among the domain
   * packages, {@code benchmark} and {@code penalty} still lean on each other.)
   */
  @Test
  void edgePackagesFormNoCycle() {
    JavaClasses edge =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(
                "org.zhifagongkai.api.graphql",
                "org.zhifagongkai.api.http",
                "org.zhifagongkai.api.web",
                "org.zhifagongkai.api.ratelimit",
                "org.zhifagongkai.api.apikey",
                "org.zhifagongkai.api.staff",
                "org.zhifagongkai.api.support",
                "org.zhifagongkai.api.complaint");
    slices().matching("org.zhifagongkai.api.(*)..").should().beFreeOfCycles().check(edge);
  }
}
