/** Plain text as paragraphs: blank lines separate them, single line breaks are kept. Never parsed as HTML. */
export function Paragraphs({ text, className }: { text: string; className?: string }) {
  const paragraphs = text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className={`prose${className ? ` ${className}` : ''}`}>
          {paragraph}
        </p>
      ))}
    </>
  );
}
