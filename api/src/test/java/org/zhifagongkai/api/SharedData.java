package org.zhifagongkai.api;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real public data in {@code ../shared/data} beside the repository. Tests that need it
 * fail, never skip, when it is missing: a test that passes by not running proves nothing.
 */
public final class SharedData {

  private SharedData() {}

  public static Path file(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("data").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "Real test data not found: ../shared/data/" + relative + " beside the repository");
  }
}
