package org.zhifagongkai.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Outside programs the tests run: npm, node. */
public final class Programs {

  private Programs() {}

  /** Whether {@code program --version} runs: the program is on the PATH. */
  public static boolean onPath(String program) {
    try {
      return new ProcessBuilder(program, "--version").start().waitFor(30, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /**
   * Runs a command in {@code directory} and returns its output (standard error included); fails the
   * test, with that output, if it takes longer than {@code seconds} or exits other than 0.
   */
  public static String run(Path directory, List<String> command, int seconds)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    String text = new String(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + text).isZero();
    return text;
  }
}
