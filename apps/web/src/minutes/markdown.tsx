import MarkdownIt from 'markdown-it';

// Raw HTML off: what people typed shows as text; markdown-it also refuses javascript: links.
const markdown = new MarkdownIt({ html: false, linkify: true });

/** Markdown written by the minute-taker, rendered safely; marked as content (not the interface's words: the pseudo-locale check skips it). */
export function Markdown({ source }: { source: string }) {
  return <div className="markdown" data-content="" dangerouslySetInnerHTML={{ __html: markdown.render(source) }} />;
}
