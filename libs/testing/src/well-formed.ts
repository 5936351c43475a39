// htmlparser2 comes with mailparser (a dev dependency): for tests only.
import { Parser } from 'htmlparser2';

/**
 * Problems that make the text not well-formed XML: tags closed out of order or never, or text
 * after the root. Empty when well-formed. For tests and checks of the HTML export.
 */
export function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const open: Array<{ name: string; selfClosing: boolean }> = [];
  let roots = 0;
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (open.length === 0) roots++;
        open.push({ name, selfClosing: text.slice(parser.startIndex, parser.endIndex + 1).endsWith('/>') });
      },
      onclosetag(name, isImplied) {
        const tag = open.pop();
        const expected = tag?.name;
        if (isImplied && !tag?.selfClosing) problems.push(`<${name}> is never closed`);
        else if (expected !== name) problems.push(`</${name}> closes <${expected ?? 'nothing'}>`);
      },
      ontext(data) {
        if (open.length === 0 && data.trim()) problems.push(`text outside the root element: ${data.trim().slice(0, 40)}`);
        if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(data)) problems.push('an unescaped & or an entity XML does not know');
      },
      onattribute(name, value) {
        if (/[<&]/.test(value)) problems.push(`attribute ${name} holds an unescaped < or &`);
      },
    },
    { xmlMode: true, decodeEntities: false, recognizeSelfClosing: true },
  );
  parser.write(text);
  parser.end();
  if (open.length) problems.push(`<${open.map((tag) => tag.name).join('>, <')}> never closed`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
