import { renderMarkdown } from './render-markdown';

describe('renderMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
    ['[x](javascript:alert(1))', '<p>[x](javascript:alert(1))</p>'],
    ['[x](vbscript:msgbox)', '<p>[x](vbscript:msgbox)</p>'],
    ['[x](/relative/path)', '<p>[x](/relative/path)</p>'],
    ['<javascript:alert(1)>', '<p>&lt;javascript:alert(1)&gt;</p>'],
    ['x" onmouseover="alert(1)', '<p>x&quot; onmouseover=&quot;alert(1)</p>'],
    ['# Not a heading', '<p># Not a heading</p>'],
    ['line one\nline two', '<p>line one<br>\nline two</p>'],
    ['see https://example.org/a', '<p>see <a href="https://example.org/a" rel="noopener nofollow">https://example.org/a</a></p>'],
  ])('renders %j safely', (source, html) => {
    expect(renderMarkdown(source)).toBe(html);
  });
});
