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
  await build({ logLevel: 'warn' });
  await build({ configFile: 'vite.embed.config.ts', logLevel: 'warn' });
  await build({ configFile: 'vite.webcomponent.config.ts', logLevel: 'warn' });
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
