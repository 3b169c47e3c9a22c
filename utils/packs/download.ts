/**
 * Downloads a subscription: one AbortController and one deadline cover the request and the whole
 * body, and the body is read as a stream and cut off at a byte cap, so neither a slow server nor an
 * endless answer can keep the background busy or fill its memory.
 */

/** The part of the fetch Response used here (the real fetch satisfies it). */
export interface FetchResponse {
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  /** The body as a stream (the real fetch); stubs may give only `text()`. */
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}
export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal; cache: 'no-store'; credentials: 'omit' },
) => Promise<FetchResponse>;

export type DownloadOutcome =
  | { kind: 'response'; response: FetchResponse; body: string }
  /** Not a 2xx answer: the body is not read. */
  | { kind: 'status'; response: FetchResponse }
  | { kind: 'timeout' }
  | { kind: 'tooLarge'; declared?: number }
  | { kind: 'network'; detail: string };

export interface DownloadOptions {
  timeoutMs: number;
  maxBytes: number;
}

const TIMED_OUT = Symbol('timeout');

export async function download(
  fetchFn: FetchLike,
  url: string,
  headers: Record<string, string>,
  { timeoutMs, maxBytes }: DownloadOptions,
): Promise<DownloadOutcome> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(TIMED_OUT);
    }, timeoutMs);
  });
  /** `promise`, or TIMED_OUT once the deadline passed (whichever comes first). */
  const beforeDeadline = <T>(promise: Promise<T>) => Promise.race([promise, deadline]);
  try {
    let response: FetchResponse;
    try {
      const answer = await beforeDeadline(fetchFn(url, { headers, signal: controller.signal, cache: 'no-store', credentials: 'omit' }));
      if (answer === TIMED_OUT) return { kind: 'timeout' };
      response = answer;
    } catch (error) {
      if (controller.signal.aborted) return { kind: 'timeout' };
      return { kind: 'network', detail: error instanceof Error ? error.message : String(error) };
    }
    if (response.status < 200 || response.status > 299) {
      void response.body?.cancel().catch(() => undefined);
      return { kind: 'status', response };
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      void response.body?.cancel().catch(() => undefined);
      return { kind: 'tooLarge', declared };
    }
    const body = await beforeDeadline(readCapped(response, maxBytes, controller.signal).catch((): string => ''));
    if (body === TIMED_OUT) return { kind: 'timeout' };
    if (body === null) {
      controller.abort();
      return { kind: 'tooLarge' };
    }
    return { kind: 'response', response, body };
  } finally {
    clearTimeout(timer);
    // Whatever is still running (a stalled read) stops with the download.
    if (!controller.signal.aborted) controller.abort();
  }
}

/** The body as UTF-8 text, or null as soon as it passes `maxBytes` (the stream is cancelled). */
async function readCapped(response: FetchResponse, maxBytes: number, signal: AbortSignal): Promise<string | null> {
  const stream = response.body;
  if (!stream) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > maxBytes ? null : text;
  }
  const reader = stream.getReader();
  // A deadline stops a stalled read too, also on a stream the abort signal does not reach.
  signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined), { once: true });
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      bytes += value.byteLength;
      if (bytes > maxBytes) return null;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}
