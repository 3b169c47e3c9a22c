// The transcript reader (utils/page/transcript/). Not part of the content script: the background runs this file in the
// content script's own isolated world of one frame (transcript:load) when the page's conversation is needed (a
// phrase's blanks the chat can answer, suggested replies); the page's scripts cannot see what it leaves there.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { TRANSCRIPT_READER_KEY } from '../utils/page/transcript-loader';
import { transcriptReader } from '../utils/page/transcript/api';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<symbol, unknown>)[TRANSCRIPT_READER_KEY] = transcriptReader;
});
