// The part of html-to-text's API the importer uses (the package ships no types of its own).
declare module 'html-to-text' {
  export interface SelectorDefinition {
    selector: string;
    format?: string;
    options?: Record<string, unknown>;
  }
  export interface HtmlToTextOptions {
    wordwrap?: number | false | null;
    selectors?: SelectorDefinition[];
  }
  export function convert(html: string, options?: HtmlToTextOptions): string;
}
