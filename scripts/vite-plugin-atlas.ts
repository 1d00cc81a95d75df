/**
 * Runs the data pipeline inside Vite, so `npm run dev` and `npm run build` both go geo/ + data/ → assets → app
 * and nobody runs a data step by hand. Dev: assets are served from memory and rebuilt when an input changes;
 * a bad input shows Vite's error overlay naming the file. Build: assets are emitted into dist/, and a bad input
 * fails the build with the same message.
 */
import type { Plugin } from 'vite';
import { buildAssetFiles, inputDirs, type AssetFiles } from './atlas-pipeline.ts';

export function atlasData(): Plugin {
  let root = process.cwd();
  let isBuild = false;
  let cache: AssetFiles | null = null;
  const assets = () => (cache ??= buildAssetFiles(root));
  return {
    name: 'jinhua-atlas-data',
    configResolved(config) {
      root = config.root;
      isBuild = config.command === 'build';
    },
    buildStart() {
      if (!isBuild) return;
      cache = null;
      for (const [fileName, source] of assets()) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.watcher.add(inputDirs(root));
      server.watcher.on('all', (_event, path) => {
        if (inputDirs(root).some((dir) => path.startsWith(dir))) {
          cache = null;
          server.ws.send({ type: 'full-reload' });
        }
      });
      server.middlewares.use((req, res, next) => {
        const name = req.url?.split('?')[0]?.replace(/^\//, '') ?? '';
        let source: string | undefined;
        try {
          source = assets().get(name);
        } catch (error) {
          server.ws.send({ type: 'error', err: { message: (error as Error).message, stack: '' } });
          res.statusCode = 500;
          res.end((error as Error).message);
          return;
        }
        if (source === undefined) return next();
        res.setHeader('Content-Type', name.endsWith('.geojson') ? 'application/geo+json' : 'application/json');
        res.end(source);
      });
    },
  };
}
