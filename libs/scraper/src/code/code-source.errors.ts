/** A code page that answered but whose text holds no section of the chapter: the source drifted. */
export class CodeSourceError extends Error {
  readonly code = 'CODE_DRIFT';

  constructor(
    readonly url: string,
    message: string,
  ) {
    super(`${url}: ${message}`);
    this.name = 'CodeSourceError';
  }
}

/** One or more attachments could not be read; the others were stored. */
export class DocumentSyncError extends Error {
  readonly code = 'DOCUMENT_FAILED';

  constructor(readonly failures: { recordNumber: string; url: string; error: string }[]) {
    super(
      `${failures.length} attachment(s) could not be read: ${failures.map((f) => `${f.recordNumber} ${f.url}: ${f.error}`).join('; ')}`,
    );
    this.name = 'DocumentSyncError';
  }
}
