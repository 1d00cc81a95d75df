/**
 * The postMessage protocol between an embedded map (embed.html in an iframe) and the page that hosts it.
 * Every message is a plain object with `source` and `version`, so a host can tell ours from other frames' traffic.
 * The README's "Embedding" section documents it; change both together and bump the version on a breaking change.
 */
import { isExportSizeId, type ExportSizeId } from './export-size.ts';

export const EMBED_SOURCE = 'jinhua-atlas';
export const HOST_SOURCE = 'jinhua-atlas-host';
export const PROTOCOL_VERSION = 1;

/** What a select message says about a place: enough to caption or link it without loading the atlas. */
export interface SelectedPlace {
  id: string;
  name: string;
  name_en: string;
  kind: string;
  /** Passages that name it. */
  passages: number;
}

/** Embed → host. */
export type EmbedMessage =
  | { source: typeof EMBED_SOURCE; version: typeof PROTOCOL_VERSION; type: 'ready'; places: string[] }
  | { source: typeof EMBED_SOURCE; version: typeof PROTOCOL_VERSION; type: 'height'; height: number }
  | { source: typeof EMBED_SOURCE; version: typeof PROTOCOL_VERSION; type: 'select'; place: SelectedPlace | null }
  | { source: typeof EMBED_SOURCE; version: typeof PROTOCOL_VERSION; type: 'png'; requestId: string; dataUrl: string }
  | { source: typeof EMBED_SOURCE; version: typeof PROTOCOL_VERSION; type: 'error'; requestId?: string; message: string };

/** Host → embed. `size`: one of the export sizes (export-size.ts); without it, the default (web 600 px at 2×). */
export type HostMessage = { source: typeof HOST_SOURCE; version: typeof PROTOCOL_VERSION; type: 'export-png'; requestId: string; size?: ExportSizeId };

type Payload<M, T> = M extends { type: T } ? Omit<M, 'source' | 'version' | 'type'> : never;

export function embedMessage<T extends EmbedMessage['type']>(type: T, payload: Payload<EmbedMessage, T>): EmbedMessage {
  return { source: EMBED_SOURCE, version: PROTOCOL_VERSION, type, ...payload } as EmbedMessage;
}

export function hostMessage<T extends HostMessage['type']>(type: T, payload: Payload<HostMessage, T>): HostMessage {
  return { source: HOST_SOURCE, version: PROTOCOL_VERSION, type, ...payload } as HostMessage;
}

const isRecord = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null;
const isString = (value: unknown): value is string => typeof value === 'string';

function isSelectedPlace(value: unknown): value is SelectedPlace {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.name) &&
    isString(value.name_en) &&
    isString(value.kind) &&
    Number.isInteger(value.passages)
  );
}

/** True for a well-formed message from an embed; anything else (other frames, other versions) is not ours. */
export function isEmbedMessage(data: unknown): data is EmbedMessage {
  if (!isRecord(data) || data.source !== EMBED_SOURCE || data.version !== PROTOCOL_VERSION) return false;
  switch (data.type) {
    case 'ready':
      return Array.isArray(data.places) && data.places.every(isString);
    case 'height':
      return typeof data.height === 'number' && Number.isFinite(data.height) && data.height >= 0;
    case 'select':
      return data.place === null || isSelectedPlace(data.place);
    case 'png':
      return isString(data.requestId) && isString(data.dataUrl) && data.dataUrl.startsWith('data:image/png;base64,');
    case 'error':
      return isString(data.message) && (data.requestId === undefined || isString(data.requestId));
    default:
      return false;
  }
}

export function isHostMessage(data: unknown): data is HostMessage {
  return (
    isRecord(data) &&
    data.source === HOST_SOURCE &&
    data.version === PROTOCOL_VERSION &&
    data.type === 'export-png' &&
    isString(data.requestId) &&
    (data.size === undefined || isExportSizeId(data.size))
  );
}
