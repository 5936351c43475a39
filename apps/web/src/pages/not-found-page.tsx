import { useDocumentTitle } from '../site';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the address, check it is correct. If you followed a link to an event, it may have been moved or withdrawn.</p>
      <p>
        <a href="/">See upcoming events</a>
      </p>
    </>
  );
}
