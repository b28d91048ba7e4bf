export interface ExportFile {
  body: string | Uint8Array;
  contentType: string;
  extension: string;
}

export interface ExportContext {
  /** The site's origin, for the IRIs the linked-data formats need. */
  baseUrl: string;
}
