import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../utils/i18n';
import type { ProtocolMap, Sender } from '../utils/protocol';
import type { ToneSeverity } from '../utils/tone/schema';
import type { DraftFinding, DraftReport } from '../utils/page/tone/draft-report';

export interface DraftCheckProps {
  t: Translate;
  send: Sender<ProtocolMap>;
  /** How often the open panel asks the page for its draft (ms). */
  refreshMs?: number;
}

const SEVERITY_LABEL: Record<ToneSeverity, MessageKey> = { error: 'tone.error', warning: 'tone.warning', hint: 'tone.hint' };
const REFRESH_MS = 700;

function suggestionLabel(t: Translate, f: DraftFinding, suggestion: string): string {
  if (f.start === f.end) return t('tone.prepend', { text: suggestion });
  return suggestion === '' ? t('draft.applyRemove', { text: f.text }) : t('draft.apply', { text: suggestion });
}

/**
 * The sidebar's "Draft check": the findings on the chat input's draft, with their rewrites, and
 * those of the last messages sent from the page. The page's content script answers through the
 * background; the panel asks again while it is open.
 */
export function DraftCheck({ t, send, refreshMs = REFRESH_MS }: DraftCheckProps): JSX.Element {
  const [open, setOpen] = useState(false);
  const [report, setReport] = useState<DraftReport | null>(null);
  const [status, setStatus] = useState('');
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    let timer = 0;
    const load = () => {
      void send('tone:read-draft', {})
        .then((r) => {
          if (!cancelled) setReport(r);
        })
        .catch(() => {
          if (!cancelled) setReport(null);
        })
        .finally(() => {
          if (!cancelled) timer = window.setTimeout(load, refreshMs);
        });
    };
    load();
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [open, tick, send, refreshMs]);

  async function apply(f: DraftFinding, replacement: string): Promise<void> {
    const outcome = await send('tone:apply-rewrite', { start: f.start, end: f.end, text: f.text, replacement }).catch(() => ({ ok: false }));
    setStatus(outcome.ok ? t('draft.applied') : t('draft.applyFailed'));
    setTick((n) => n + 1);
  }

  return (
    <section class="draft-check" aria-labelledby="draft-check-h">
      <h2 id="draft-check-h">
        <button type="button" aria-expanded={open} aria-controls="draft-check-body" onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'} {t('draft.title')}
        </button>
      </h2>
      {open && (
        <div id="draft-check-body">
          <h3>{t('draft.current')}</h3>
          {!report?.editor ? (
            <p class="note">{t('draft.noEditor')}</p>
          ) : report.findings.length === 0 ? (
            <p class="note">{t('draft.empty')}</p>
          ) : (
            <FindingList t={t} findings={report.findings} label={t('draft.current')} onApply={(f, s) => void apply(f, s)} />
          )}
          <h3>{t('draft.sent')}</h3>
          {!report || report.sent.length === 0 ? (
            <p class="note">{t('draft.noSent')}</p>
          ) : (
            <ol class="sent" aria-label={t('draft.sent')}>
              {report.sent.map((m) => (
                <li key={`${m.at}:${m.text}`}>
                  <q>{m.text}</q>
                  {m.findings.length === 0 ? (
                    <span class="note"> — {t('draft.sentClean')}</span>
                  ) : (
                    <FindingList t={t} findings={m.findings} label={m.text} />
                  )}
                </li>
              ))}
            </ol>
          )}
          <p class="status" role="status" aria-live="polite">
            {status}
          </p>
        </div>
      )}
    </section>
  );
}

function FindingList(props: {
  t: Translate;
  findings: DraftFinding[];
  label: string;
  onApply?: (f: DraftFinding, suggestion: string) => void;
}): JSX.Element {
  const { t, onApply } = props;
  return (
    <ul class="findings" aria-label={props.label}>
      {props.findings.map((f) => (
        <li key={`${f.ruleId}:${f.start}:${f.end}`} class={`finding ${f.severity}`}>
          <div>
            <span class="severity">{t(SEVERITY_LABEL[f.severity])}</span>{' '}
            <q>{f.start === f.end ? t('tone.wholeMessage') : f.text}</q> {f.message}
          </div>
          {onApply && f.suggestions.length > 0 && (
            <div class="rewrites">
              {f.suggestions.map((s) => (
                <button type="button" key={s} onMouseDown={(e) => e.preventDefault()} onClick={() => onApply(f, s)}>
                  {suggestionLabel(t, f, s)}
                </button>
              ))}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
