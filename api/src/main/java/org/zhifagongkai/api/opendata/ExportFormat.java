package org.zhifagongkai.api.opendata;

/** The formats a dataset is exported in, by file extension. */
enum ExportFormat {
  /** UTF-8 with a byte-order mark, so that Excel reads the Chinese as Chinese. */
  CSV("csv", "text/csv;charset=UTF-8"),
  /** JSON Lines: one JSON object per line, UTF-8. */
  JSONL("jsonl", "application/jsonl;charset=UTF-8");

  private final String extension;
  private final String mediaType;

  ExportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  String extension() {
    return extension;
  }

  String mediaType() {
    return mediaType;
  }
}
