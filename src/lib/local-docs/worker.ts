/// <reference lib="webworker" />
/** The "add text" worker: reads, splits and links a text off the main thread (contract: ./protocol.ts). */
import type { GazetteerAsset } from '../pipeline/gazetteer-asset.ts';
import { createHandler } from './protocol.ts';

const gazetteerUrl = new URL(`${import.meta.env.BASE_URL}atlas/gazetteer.json`, self.location.origin).href;

const handle = createHandler(async () => {
  const response = await fetch(gazetteerUrl);
  if (!response.ok) throw new Error(`${gazetteerUrl}: HTTP ${response.status}`);
  return (await response.json()) as GazetteerAsset;
});

self.onmessage = async (event: MessageEvent) => {
  self.postMessage(await handle(event.data));
};
