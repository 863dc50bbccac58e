export { extractMarkedText, UnsupportedDocumentError } from './marked-document';
export { extractPdfMarkedText } from './pdf-marked-text';
export { PDF_LAYOUT_RULES } from './pdf-layout';
export { extractDocxMarkedText, InvalidDocxError } from './docx-marked-text';
export { extractHtmlMarkedText } from './html-marked-text';
