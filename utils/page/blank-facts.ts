// Blanks the chat page itself can answer: {订单号} from the order number the conversation mentions, {客户} from the
// buyer's name its header shows (utils/page/transcript/facts.ts). Read only when a phrase asks, never while typing; the
// reader is passed in (it is loaded on demand: utils/page/transcript-loader.ts).
import type { ConversationFacts } from './transcript/facts';
import type { TranscriptReader } from './transcript/api';
import type { PlaceholderValues } from '../placeholder-memory';

const FACT_OF_BLANK: readonly { fact: keyof ConversationFacts; names: RegExp }[] = [
  { fact: 'orderNumber', names: /^(?:订单号|订单编号|订单号码|订单|訂單號|訂單編號|訂單號碼|訂單|单号|單號|order(?:[ _-]?(?:no\.?|number|id|#))?)$/i },
  { fact: 'customerName', names: /^(?:客户|客户名|客户昵称|顾客|买家|买家昵称|会员名|客戶|客戶名|顧客|買家|買家暱稱|customer|customer[ _-]?name|buyer|name)$/i },
];

/** Which fact of the conversation a blank asks for, if any. */
export function factOfBlank(name: string): keyof ConversationFacts | null {
  return FACT_OF_BLANK.find((f) => f.names.test(name.trim()))?.fact ?? null;
}

/** Whether any of `names` is a blank the chat page may answer (only then is the transcript read). */
export function asksThePage(names: readonly string[]): boolean {
  return names.some((n) => factOfBlank(n) !== null);
}

/** Values for the blanks among `names` that the conversation around `composer` answers (none when unsure). */
export function blanksFromPage(reader: TranscriptReader | null, composer: Element | null, names: readonly string[]): PlaceholderValues {
  const wanted = names.filter((n) => factOfBlank(n) !== null);
  if (!reader || !composer || wanted.length === 0) return {};
  const transcript = reader.readTranscript(composer);
  if (!transcript.log) return {};
  const facts = reader.conversationFacts(transcript.messages, transcript.header);
  const out: PlaceholderValues = {};
  for (const name of wanted) {
    const value = facts[factOfBlank(name) as keyof ConversationFacts];
    if (value) out[name] = value;
  }
  return out;
}
