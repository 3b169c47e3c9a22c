// Reads the labelled corpus files (corpus-*.txt) into drafts with expected findings.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ExpectedSpan {
  start: number;
  end: number;
  category: string;
}

export interface CorpusDraft {
  file: string;
  line: number;
  situation: string;
  text: string;
  spans: ExpectedSpan[];
  /** Categories of expected whole-message findings. */
  message: string[];
}

export const CORPUS_FILES = ['corpus-zh-cn.txt', 'corpus-zh-tw.txt', 'corpus-en.txt', 'corpus-holdout.txt'] as const;

const MARK = /\[\[([^|\]]+)\|([a-z-]+)\]\]/g;

export function parseCorpus(file: string, source: string): CorpusDraft[] {
  const drafts: CorpusDraft[] = [];
  let situation = '';
  source.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('@ ')) {
      situation = line.slice(2).trim();
      return;
    }
    const [body = '', tags = ''] = line.split(' ## ');
    const spans: ExpectedSpan[] = [];
    let text = '';
    let last = 0;
    for (const m of body.matchAll(MARK)) {
      text += body.slice(last, m.index);
      const span = m[1] as string;
      spans.push({ start: text.length, end: text.length + span.length, category: m[2] as string });
      text += span;
      last = m.index + m[0].length;
    }
    text += body.slice(last);
    if (text.includes('[[') || text.includes(']]')) throw new Error(`${file}:${i + 1}: broken markup`);
    drafts.push({ file, line: i + 1, situation, text, spans, message: tags.split(/\s+/).filter(Boolean) });
  });
  return drafts;
}

export function loadCorpus(): CorpusDraft[] {
  return CORPUS_FILES.flatMap((file) =>
    parseCorpus(file, readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8')),
  );
}
