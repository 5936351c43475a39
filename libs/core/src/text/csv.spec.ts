import { csvCell, toCsv } from './csv';

describe('the people CSV export', () => {
  it('writes plain values as they are', () => {
    expect(csvCell('Oldham Council')).toBe('Oldham Council');
    expect(csvCell(42)).toBe('42');
  });

  it('writes missing values as empty cells', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes cells with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('Bloggs, Jo')).toBe('"Bloggs, Jo"');
    expect(csvCell('The "Co-op" Council')).toBe('"The ""Co-op"" Council"');
    expect(csvCell('wheelchair\nhearing loop')).toBe('"wheelchair\nhearing loop"');
  });

  it.each(['=HYPERLINK("http://evil")', '+44 161 770 3000', '-2+3', '@SUM(A1)', '\t=1'])(
    'neutralises a cell a spreadsheet would run as a formula: %s',
    (value) => {
      const cell = csvCell(value);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(unquoted).toBe(`'${value}`);
    },
  );

  it('leaves a formula character in the middle of a cell alone', () => {
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes dates as ISO timestamps and lists space-separated', () => {
    expect(csvCell(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
    expect(csvCell(['admin', 'organiser'])).toBe('admin organiser');
  });

  it('writes a header and rows with CRLF line endings', () => {
    expect(toCsv(['name', 'email'], [['Jo', 'jo@example.org'], ['=x', null]])).toBe('name,email\r\nJo,jo@example.org\r\n\'=x,\r\n');
  });
});
