/**
 * Serves tests/fixtures/article*.html from the preview server at /tests/fixtures/, with {{EMBED_ORIGIN}} replaced by
 * the same server under its other loopback name (127.0.0.1 ⇄ localhost): the embeds are then cross-origin to the
 * article, as on a news site, so nothing passes for working only because both share an origin.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export const FIXTURE_PATH = '/tests/fixtures/';

export function articleFixtures(): Plugin {
  return {
    name: 'embed-article-fixtures',
    configurePreviewServer(server) {
      server.middlewares.use(FIXTURE_PATH, (req, res, next) => {
        const name = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
        if (!/^article[\w-]*\.html$/.test(name)) return next();
        const [hostname, port] = (req.headers.host ?? '').split(':');
        const other = hostname === 'localhost' ? '127.0.0.1' : 'localhost';
        const html = readFileSync(`tests/fixtures/${name}`, 'utf8').replaceAll('{{EMBED_ORIGIN}}', `http://${other}:${port}`);
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(html);
      });
    },
  };
}
