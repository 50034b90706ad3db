package org.zhifagongkai.api.importer;

import graphql.GraphQLContext;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.agency.AgencyService;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.staff.Actor;
import org.zhifagongkai.api.staff.Staff;
import org.zhifagongkai.api.staff.StaffAuthentication;
import org.zhifagongkai.api.staff.StaffRole;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Staff of an enforcement body upload a 双公示 spreadsheet of the body's own decisions, or a
 * decision's page as their site published it ({@code .html}, {@code .htm}).
 */
@Controller
class UploadController {

  /** Larger than any body's yearly sheet seen; a bound so that no upload can exhaust memory. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  private final SpreadsheetImporter spreadsheets;
  private final PageImporter pages;
  private final AgencyService agencies;

  UploadController(SpreadsheetImporter spreadsheets, PageImporter pages, AgencyService agencies) {
    this.spreadsheets = spreadsheets;
    this.pages = pages;
    this.agencies = agencies;
  }

  /** What an upload did, as the API answers it. */
  record ImportReport(int imported, int updated, List<String> rejected, List<String> flagged) {}

  @MutationMapping
  Mono<ImportReport> importPenaltyDecisions(
      @Argument String fileName, @Argument String contentBase64, GraphQLContext context) {
    Staff staff = StaffAuthentication.current(context);
    if (staff.role() != StaffRole.AGENCY_STAFF || staff.agencyId() == null) {
      throw new PortalException(
          ErrorCode.FORBIDDEN,
          "只有执法主体的工作人员可以上传本机关的处罚决定",
          "Only an enforcement body's staff upload the body's decisions");
    }
    byte[] content = decode(contentBase64);
    long agencyId = staff.agencyId();
    return agencies
        .agency(Long.toString(agencyId))
        .publishOn(Schedulers.boundedElastic())
        .map(
            agency -> {
              CorpusImporter.Uploader uploader =
                  new CorpusImporter.Uploader(Actor.of(staff), agencyId, agency.name());
              CorpusImporter.Report report;
              if (PageImporter.isPage(fileName)) {
                report = pages.importUpload(content, fileName, uploader);
              } else {
                try {
                  report = spreadsheets.importUpload(content, fileName, uploader);
                } catch (IOException | RuntimeException notASpreadsheet) {
                  throw invalidFile(fileName + " is not a spreadsheet this portal reads");
                }
              }
              return new ImportReport(
                  report.imported().size(),
                  report.updated().size(),
                  report.rejected(),
                  report.flagged().stream().map(CorpusImporter.Flagged::toString).toList());
            });
  }

  private static byte[] decode(String base64) {
    if (base64.length() > MAX_BYTES / 3 * 4 + 4) {
      throw invalidFile("the file is over " + MAX_BYTES / 1024 / 1024 + " MB");
    }
    try {
      return Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw invalidFile("contentBase64 is not Base64");
    }
  }

  private static PortalException invalidFile(String why) {
    return new PortalException(
        ErrorCode.INVALID_FILE, "文件无法导入：" + why, "The file cannot be imported: " + why);
  }
}
