package org.zhifagongkai.api.identifier;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.zhifagongkai.api.SharedData;

/** The labelled unified social credit codes of {@code shared/data/identifiers}. */
public final class CreditCodeVectors {

  /** The files of labelled codes. */
  public static final List<String> FILES =
      List.of(
          "uscc_vectors.csv", "real_uscc_from_public_lists.csv", "uscc_edge_sum_mod31_zero.csv");

  /** A code as written in the file (spaces kept) and whether its GB 32100 check holds. */
  public record Vector(String code, boolean checkCharacterValid) {}

  private CreditCodeVectors() {}

  /** Every vector of one file, in its order. */
  public static List<Vector> read(String file) throws IOException {
    List<Vector> vectors = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(SharedData.file("identifiers/" + file))) {
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        vectors.add(
            new Vector(row.get("code"), Boolean.parseBoolean(row.get("gb32100_checksum_ok"))));
      }
    }
    return vectors;
  }

  /** Every vector of every file. */
  public static List<Vector> all() throws IOException {
    List<Vector> vectors = new ArrayList<>();
    for (String file : FILES) {
      vectors.addAll(read(file));
    }
    return vectors;
  }
}
