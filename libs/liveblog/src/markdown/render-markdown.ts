import MarkdownIt from 'markdown-it';

/** Schemes a link in an entry may use; everything else (javascript:, data:, vbscript:, file:, relative) stays text. */
const LINK_SCHEMES = /^(https?:\/\/|mailto:)/i;

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
// Images are their own kind of entry (with required alt text); headings and tables are not for a liveblog.
md.disable(['image', 'heading', 'lheading', 'table', 'hr']);
md.validateLink = (url: string) => LINK_SCHEMES.test(url.trim());

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet('rel', 'noopener nofollow');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/**
 * An editor's Markdown as safe HTML: raw HTML is escaped (markdown-it with `html: false`), links
 * only to http(s) and mailto with rel="noopener nofollow", no images, headings or tables.
 */
export function renderMarkdown(source: string): string {
  return md.render(source).trim();
}
