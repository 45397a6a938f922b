// The page every printed document is: A4 HTML with its own CSS and nothing else. No script runs
// and nothing loads from outside: images and fonts come inline as data: URLs.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

const CSP = "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'";

/** One complete HTML document: the title, the CSS, and the body's markup. */
export function printPage(title: string, css: string, body: ReactNode): string {
  const markup = renderToStaticMarkup(
    <html lang="en-IN">
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={CSP} />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>{body}</body>
    </html>,
  );
  return markup.startsWith('<!DOCTYPE') ? markup : `<!DOCTYPE html>${markup}`;
}
