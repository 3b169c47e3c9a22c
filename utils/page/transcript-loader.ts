// Loads the transcript reader into this frame on demand (the background injects entrypoints/transcript-reader.ts), so
// the content script every chat page loads does not carry it. Only the type of the reader is imported here.
import type { ProtocolMap, Sender } from '../protocol';
import type { TranscriptReader } from './transcript/api';

/** Where entrypoints/transcript-reader.ts leaves the reader in the content script's isolated world. */
export const TRANSCRIPT_READER_KEY = Symbol.for('huashu.transcript-reader');

/** The reader, when the background has loaded it into this frame. */
export function loadedTranscriptReader(scope: object = globalThis): TranscriptReader | null {
  const found = (scope as Record<symbol, unknown>)[TRANSCRIPT_READER_KEY];
  return typeof found === 'object' && found !== null ? (found as TranscriptReader) : null;
}

/** Resolves to the reader, asking the background for it once per page (null when it could not be loaded). */
export function transcriptLoader(send: Sender<ProtocolMap>, scope: object = globalThis): () => Promise<TranscriptReader | null> {
  let loading: Promise<TranscriptReader | null> | null = null;
  return () => {
    const ready = loadedTranscriptReader(scope);
    if (ready) return Promise.resolve(ready);
    loading ??= send('transcript:load', {})
      .catch(() => ({ loaded: false }))
      .then(({ loaded }) => {
        // A failed load may be asked again next time (the service worker may have been restarting).
        if (!loaded) loading = null;
        return loadedTranscriptReader(scope);
      });
    return loading;
  };
}
