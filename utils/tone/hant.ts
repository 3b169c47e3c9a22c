// Simplified <-> Traditional support for Chinese rules, without a converter at runtime.
// Rules are written in Simplified; widenPattern() lets them match Traditional drafts, and toHant() converts
// suggestions for drafts written in Traditional. The table covers the characters used by the built-in rules
// plus everyday customer-service vocabulary; tests/unit/tone/hant.test.ts checks it against opencc-js.

// Pairs by position: HANS[i] is written HANT[i] in Traditional (Taiwan) script.
const HANS = '与专业东丝丢两个丰临为么乐书买于产亲仓们价优会体偿关兴内写决况准减几凭划刚删别办务动区单卖厂压厘参双发号后吗呗员咨团国图场块处备复够头宝实对尽币带帮并库应开张归当录总愿户扫护担拦换据数无时显暂机杂权条来标样检槛欢气沟没沪测润满灯点烦热爱独环现电畅着码确礼种积税签类约级纯纳纸纽线细经结给络绝统续绳维缩网联脑脸节荐虑虽补衬袜装裤见规觉计订认让议讯记讲许证评识诉试诚话询该详语误说请调谢贝负财责账货质购贵费赔赠车转软轻较边达过运还这进远适选递邮里钟钮钱银铺链销错长门闭问间队际险随静页顺顾预领颗题颜额风饰馈马驿验鸟报迟叠兑亏哟辙万职范围晓谁输项养晒坏脏变干释强师属绍闹赶紧听哒贴绑势读赚骗态凶虾举传杀采审从锅离设损则导谓连帐儿须视频乱猫邻难将骂胁脚骤称严夸谅';
const HANT = '與專業東絲丟兩個豐臨為麼樂書買於產親倉們價優會體償關興內寫決況準減幾憑劃剛刪別辦務動區單賣廠壓釐參雙發號後嗎唄員諮團國圖場塊處備復夠頭寶實對盡幣帶幫並庫應開張歸當錄總願戶掃護擔攔換據數無時顯暫機雜權條來標樣檢檻歡氣溝沒滬測潤滿燈點煩熱愛獨環現電暢著碼確禮種積稅簽類約級純納紙紐線細經結給絡絕統續繩維縮網聯腦臉節薦慮雖補襯襪裝褲見規覺計訂認讓議訊記講許證評識訴試誠話詢該詳語誤說請調謝貝負財責帳貨質購貴費賠贈車轉軟輕較邊達過運還這進遠適選遞郵裡鐘鈕錢銀鋪鏈銷錯長門閉問間隊際險隨靜頁順顧預領顆題顏額風飾饋馬驛驗鳥報遲疊兌虧喲轍萬職範圍曉誰輸項養曬壞髒變幹釋強師屬紹鬧趕緊聽噠貼綁勢讀賺騙態兇蝦舉傳殺採審從鍋離設損則導謂連帳兒須視頻亂貓鄰難將罵脅腳驟稱嚴誇諒';

let toHantMap: Map<string, string> | undefined;
let toHansMap: Map<string, string> | undefined;
let hansSet: Set<string> | undefined;
let hantSet: Set<string> | undefined;

function tables(): { toHant: Map<string, string>; hans: Set<string>; hant: Set<string> } {
  if (!toHantMap || !hansSet || !hantSet) {
    const s = [...HANS];
    const t = [...HANT];
    toHantMap = new Map(s.map((ch, i) => [ch, t[i] ?? ch]));
    hansSet = new Set(s);
    hantSet = new Set(t);
  }
  return { toHant: toHantMap, hans: hansSet, hant: hantSet };
}

/** The Traditional form of a Simplified character, or undefined when both scripts write it the same way. */
export function hantOf(ch: string): string | undefined {
  return tables().toHant.get(ch);
}

/** Converts Traditional text to Simplified, character by character, for the characters in the table (so that a
 *  word captured from a Traditional draft finds its entry in a table written in Simplified). */
export function toHans(text: string): string {
  if (!toHansMap) {
    const { toHant: map } = tables();
    toHansMap = new Map([...map].map(([hans, hant]) => [hant, hans]));
  }
  let out = '';
  for (const ch of text) out += toHansMap.get(ch) ?? ch;
  return out;
}

/** Converts Simplified text to Traditional, character by character, for the characters in the table. */
export function toHant(text: string): string {
  const { toHant: map } = tables();
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}

/** Particles that Taiwan and Hong Kong agents write differently (哦 reads as mainland chat there). */
const HANT_PARTICLES: Readonly<Record<string, string>> = { 哦: '喔', 哟: '唷', 咯: '囉' };

/** toHant(), plus the particles of Traditional-script chat: a suggestion for a zh-TW draft reads as zh-TW. */
export function toHantRegister(text: string): string {
  let out = '';
  for (const ch of toHant(text)) out += HANT_PARTICLES[ch] ?? ch;
  return out;
}

/** Traditional-only characters minus Simplified-only ones: > 0 Traditional, < 0 Simplified, 0 neither. */
export function scriptOf(text: string): number {
  const { hans, hant } = tables();
  let score = 0;
  for (const ch of text) {
    if (hant.has(ch)) score += 1;
    else if (hans.has(ch)) score -= 1;
  }
  return score;
}

/** True when the text uses more Traditional-only than Simplified-only characters. */
export function isTraditional(text: string): boolean {
  return scriptOf(text) > 0;
}

/**
 * Rewrites a RegExp source written in Simplified so that each Simplified character also matches its
 * Traditional form: outside a class 们 becomes [们們]; inside a class [们] becomes [们們].
 * Escapes (\x, \p{...}, \u{...}) are copied untouched.
 */
export function widenPattern(source: string): string {
  const { toHant: map } = tables();
  let out = '';
  let inClass = false;
  const chars = [...source];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (ch === '\\') {
      out += ch;
      const next = chars[i + 1];
      if (next !== undefined) {
        out += next;
        i++;
        if ((next === 'p' || next === 'P' || next === 'u') && chars[i + 1] === '{') {
          while (i + 1 < chars.length && chars[i] !== '}') {
            i++;
            out += chars[i];
          }
        }
      }
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      const t = map.get(ch);
      out += t ? ch + t : ch;
      continue;
    }
    if (ch === '(' && chars[i + 1] === '?' && chars[i + 2] === '<' && chars[i + 3] !== '=' && chars[i + 3] !== '!') {
      // Named group: its name is an identifier, not text to widen.
      while (i < chars.length && chars[i] !== '>') out += chars[i++];
      out += '>';
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      if (chars[i + 1] === '^') {
        out += '^';
        i++;
      }
      continue;
    }
    const t = map.get(ch);
    out += t ? `[${ch}${t}]` : ch;
  }
  return out;
}
