export { extractMarkedText, UnsupportedDocumentError } from './marked-document';
export { extractPdfMarkedText, PDF_LAYOUT_RULES } from './pdf-marked-text';
export { extractDocxMarkedText, InvalidDocxError } from './docx-marked-text';
export { extractHtmlMarkedText } from './html-marked-text';
