/** The lines of a bilingual edition from a segment's heading to the next heading: what a reviewer edits. */
export function segmentBlock(edition: string, chinese: string): string {
  const at = edition.indexOf(`> ${chinese}`);
  return edition.slice(edition.lastIndexOf('### ', at), edition.indexOf('\n#', at));
}
