/** What every printed PDF is given: its title, language (BCP 47) and page footer, already in the reader's language. */
export interface PrintedPdf {
  title: string;
  lang: string;
  footer: (page: number, pages: number) => string;
}
