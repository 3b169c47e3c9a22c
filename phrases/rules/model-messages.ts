// What a finding of the learned tone model (utils/tone/model.ts) says, per category. The model finds wordings the
// rules do not list, so it offers no rewrite: the message says what to write instead. Data only.
import type { LocalizedText } from '../../utils/tone/schema';

export const toneModelMessages: Readonly<Record<string, LocalizedText>> = {
  refusal: {
    'zh-CN': '这句读起来像一口回绝：先致歉，说明原因，再告诉顾客能为他做什么',
    'zh-TW': '這句讀起來像一口回絕：先致歉，說明原因，再告訴顧客能為他做什麼',
    en: 'This reads like a flat refusal; apologise, give the reason and say what you can do',
  },
  curt: {
    'zh-CN': '这句读起来很生硬：换成完整、客气的一句话',
    'zh-TW': '這句讀起來很生硬：換成完整、客氣的一句話',
    en: 'This reads as curt; answer with a full, friendly sentence',
  },
  contrast: {
    'zh-CN': '这里的转折会把前面的好话收回：把两件事都直接说出来',
    'zh-TW': '這裡的轉折會把前面的好話收回：把兩件事都直接說出來',
    en: 'This turn takes back what you said before it; state both things plainly',
  },
  vague: {
    'zh-CN': '这句说得不确定：核实后给出确切的时间、数字或尺码',
    'zh-TW': '這句說得不確定：核實後給出確切的時間、數字或尺碼',
    en: 'This is a guess; check and give the exact date, figure or size',
  },
  blame: {
    'zh-CN': '这句像在怪顾客：先核实，再说明我们怎么一起解决',
    'zh-TW': '這句像在怪顧客：先核實，再說明我們怎麼一起解決',
    en: 'This sounds like blaming the customer; check first, then say how you will sort it out together',
  },
  defensive: {
    'zh-CN': '这句像在为店铺辩解：先承接问题、致歉，再说明会怎么处理',
    'zh-TW': '這句像在為店鋪辯解：先承接問題、致歉，再說明會怎麼處理',
    en: 'This sounds defensive; take the problem on, apologise and say what you will do',
  },
  dismissive: {
    'zh-CN': '这句像在把顾客推开：主动帮顾客查、帮顾客联系',
    'zh-TW': '這句像在把顧客推開：主動幫顧客查、幫顧客聯繫',
    en: 'This pushes the customer away; look it up or contact the right people for them',
  },
  order: {
    'zh-CN': '这句像在命令顾客：用“麻烦您……”提出请求，并说明原因',
    'zh-TW': '這句像在命令顧客：用「麻煩您……」提出請求，並說明原因',
    en: 'This orders the customer about; ask politely and give the reason',
  },
};
