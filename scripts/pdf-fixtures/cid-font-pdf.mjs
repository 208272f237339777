// A PDF as older office software and PDF libraries write it: Chinese in a font the PDF names but
// does not embed (STSong-Light, Adobe-GB1, UniGB-UTF16-H encoding), so a reader needs the predefined
// CMaps to decode the text. Laid out here by hand: one full-width character is 1 em, ASCII ½ em.

const PAGE = { width: 420, height: 595, left: 60, right: 360, top: 520 };

/** The text's lines, laid out: a title centred, paragraphs with a two-character first-line indent. */
function layout(title, paragraphs, size) {
  const ops = [];
  const em = (ch) => (ch.charCodeAt(0) < 0x80 ? 0.5 : 1);
  const titleWidth = [...title].reduce((w, ch) => w + em(ch), 0) * 16;
  ops.push(text(title, 16, (PAGE.width - titleWidth) / 2, PAGE.top));
  let y = PAGE.top - 40;
  for (const paragraph of paragraphs) {
    let line = '';
    let x = PAGE.left + 2 * size;
    let width = 0;
    for (const ch of paragraph) {
      if (x + (width + em(ch)) * size > PAGE.right + 0.01) {
        ops.push(text(line, size, x, y));
        y -= size * 1.8;
        line = '';
        width = 0;
        x = PAGE.left;
      }
      line += ch;
      width += em(ch);
    }
    ops.push(text(line, size, x, y));
    y -= size * 1.8;
  }
  ops.push(text('- 1 -', 9, PAGE.width / 2 - 11, 40));
  return ops.join('\n');
}

function text(s, size, x, y) {
  const hex = Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase();
  return `BT /F1 ${size} Tf 1 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)} Tm <${hex}> Tj ET`;
}

/** Objects → a PDF file with a correct cross-reference table. */
function assemble(objects) {
  let out = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export function cidFontPdf(title, paragraphs) {
  const content = layout(title, paragraphs, 10.5);
  return assemble([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]);
}
