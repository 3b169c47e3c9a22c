// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readDraftText, readTextMap } from '../../../utils/editors/text-map';

function editable(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="ed">${html}</div>`;
  return document.getElementById('ed') as HTMLElement;
}

describe('draft text of an input', () => {
  it('reads a textarea value and selects spans in it', () => {
    document.body.innerHTML = '<textarea id="t">你好，但是</textarea>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    const map = readTextMap(t);
    expect(map.text).toBe('你好，但是');
    expect(map.selection(3, 5)).toEqual({ type: 'range-in-value', start: 3, end: 5 });
    t.setSelectionRange(1, 4);
    expect(map.selected()).toEqual([1, 4]);
  });

  it.each([
    ['paragraphs (Lexical, ProseMirror, Quill)', '<p>你好</p><p>但是</p>', '你好\n但是'],
    ['divs with an empty line held open by a <br>', '<div>一</div><div><br></div><div>二</div>', '一\n\n二'],
    ['a <br> between text', '一<br>二', '一\n二'],
    ['Slate zero-width fillers and non-editable placeholders', '<p><span>甲</span></p><p><span data-slate-zero-width="n">\ufeff</span></p><p contenteditable="false">placeholder</p>', '甲\n'],
    ['inline formatting', '<p>我<b>不能</b>给你</p>', '我不能给你'],
  ])('reads %s with block boundaries as new lines', (_name, html, expected) => {
    const el = editable(html);
    expect(readTextMap(el).text).toBe(expected);
    expect(readDraftText(el)).toBe(expected);
  });

  it('maps a span across inline elements to a DOM range and back', () => {
    const el = editable('<p>你好</p><p>我<b>不能</b>给你</p>');
    const map = readTextMap(el);
    expect(map.text).toBe('你好\n我不能给你');
    const sel = map.selection(3, 6);
    if (!sel || sel.type !== 'dom-range') throw new Error('expected a DOM range');
    expect(sel.range.toString()).toBe('我不能');
    // The selection the editor would hold after selecting that range reads back as the same offsets.
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(sel.range);
    expect(readTextMap(el).selected()).toEqual([3, 6]);
    expect(readTextMap(el).caret()).toBe(6);
  });

  it('puts a collapsed selection at the start of the draft for text inserted in front', () => {
    const el = editable('<p>你好</p>');
    const sel = readTextMap(el).selection(0, 0);
    if (!sel || sel.type !== 'dom-range') throw new Error('expected a DOM range');
    expect(sel.range.collapsed).toBe(true);
    expect(sel.range.startOffset).toBe(0);
    expect(sel.range.startContainer.textContent).toBe('你好');
  });
});
