import { FootnoteReferenceRun, TextRun } from 'docx';
import type { PhrasingContent } from 'mdast';

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
}

/**
 * Word runs for Markdown inline content: text, strong (bold), emphasis (italic) and footnote
 * references, which become Word footnote references (the footnote's number is its identifier).
 */
export function docxRuns(nodes: readonly PhrasingContent[], style: RunStyle = {}): Array<TextRun | FootnoteReferenceRun> {
  return nodes.flatMap((node): Array<TextRun | FootnoteReferenceRun> => {
    switch (node.type) {
      case 'text':
        return [new TextRun({ text: node.value, ...style })];
      case 'strong':
        return docxRuns(node.children, { ...style, bold: true });
      case 'emphasis':
        return docxRuns(node.children, { ...style, italics: true });
      case 'footnoteReference':
        return [new FootnoteReferenceRun(Number(node.identifier))];
      case 'inlineCode':
        return [new TextRun({ text: node.value, ...style })];
      default:
        return 'children' in node ? docxRuns(node.children as PhrasingContent[], style) : [];
    }
  });
}
