/**
 * Builds the app exactly as `npm run build` does (app, embed page, web component), serves dist/ with `vite preview` on a free port, and
 * hands the URL to the e2e tests; stops the server when the run ends.
 */
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { articleFixtures } from './embed-fixtures.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  console.log('e2e: building the app, the embed page and the web component once for every e2e file (1–2 min)…');
  await build({ logLevel: 'warn' });
  console.log(`e2e: app built (${elapsed()})`);
  await build({ configFile: 'vite.embed.config.ts', logLevel: 'warn' });
  await build({ configFile: 'vite.webcomponent.config.ts', logLevel: 'warn' });
  console.log(`e2e: embed page and web component built (${elapsed()}); starting the browser tests`);
  const server = await preview({
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
    plugins: [articleFixtures()],
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
  };
}
