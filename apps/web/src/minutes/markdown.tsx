import MarkdownIt from 'markdown-it';

// Raw HTML off: what people typed shows as text; markdown-it also refuses javascript: links.
const markdown = new MarkdownIt({ html: false, linkify: true });

/** Markdown written by the minute-taker, rendered safely. */
export function Markdown({ source }: { source: string }) {
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: markdown.render(source) }} />;
}
