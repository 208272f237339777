// The part of gettext-parser 10's API duizhao uses (the package ships no type declarations).
declare module 'gettext-parser' {
  export interface PoComments {
    translator?: string;
    extracted?: string;
    reference?: string;
    flag?: string;
    previous?: string;
  }
  export interface PoEntry {
    msgctxt?: string;
    msgid: string;
    msgid_plural?: string;
    msgstr: string[];
    comments?: PoComments;
  }
  export interface PoData {
    charset: string;
    headers: Record<string, string>;
    translations: Record<string, Record<string, PoEntry>>;
  }
  export interface PoCompileOptions {
    foldLength?: number | false;
    sort?: boolean | ((a: PoEntry, b: PoEntry) => number);
  }
  const gettextParser: {
    po: {
      parse(input: string | Buffer, options?: { defaultCharset?: string; validation?: boolean }): PoData;
      compile(data: PoData, options?: PoCompileOptions): Buffer;
    };
  };
  export default gettextParser;
}
