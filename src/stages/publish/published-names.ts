/** File names of one report's published editions, relative to the output folder. */
export interface PublishedNames {
  englishHtml: string;
  alignedHtml: string;
  englishDocx: string;
  bilingualDocx: string;
}

export const PUBLISH_INDEX = 'index.html';

export function publishedNames(slug: string): PublishedNames {
  return {
    englishHtml: `${slug}.en.html`,
    alignedHtml: `${slug}.zh-en.html`,
    englishDocx: `${slug}.en.docx`,
    bilingualDocx: `${slug}.zh-en.docx`,
  };
}
