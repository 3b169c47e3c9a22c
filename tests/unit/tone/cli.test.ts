// The command line as a team lead uses it: spawn bin/huashu-lint.mjs on real files.
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../../bin/huashu-lint.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'huashu-lint-'));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('huashu-lint', () => {
  it('prints file:line:col  severity  rule  message  → suggestion and exits 1 on an error', async () => {
    const txt = file('replies.txt', '不能让您久等了，马上帮您查\n这是你自己的问题\n');
    const { code, stdout } = await run(txt);
    expect(code).toBe(1);
    expect(stdout).toContain(`${txt}:2:1  error  blame-customer-wrong  不要指责顾客（客户永远是对的）：先核实，再说明怎么解决\n`);
    expect(stdout).toContain(`${txt}:2:3  warning  address-ni  称呼顾客请用“您”  → 您`);
    expect(stdout).not.toContain(`${txt}:1:`);
  });

  it('exits 0 on clean text and speaks English with --locale en', async () => {
    const clean = file('clean.txt', '不能让您久等了，马上帮您查\nNo problem, it ships today.\n');
    expect((await run(clean)).code).toBe(0);
    const warn = file('warn.txt', 'Great choice, but the blue one is sold out.\n');
    const { code, stdout } = await run('--locale', 'en', warn);
    expect(code).toBe(0);
    expect(stdout).toContain(`${warn}:1:15  warning  en-praise-but  "But" or "however" cancels the kind words before it`);
    expect(stdout).toContain('drop the turn and state both things\n');
    // A flat refusal is an error (the guidance forbids it): exit 1.
    const refusal = file('refusal.txt', "I can't lower the price.\n");
    const failed = await run('--locale', 'en', refusal);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(`${refusal}:1:1  error  en-refusal-i-cannot`);
  });

  it('honours --disable', async () => {
    const txt = file('ni.txt', '你好\n');
    expect((await run(txt)).stdout).toContain('address-ni');
    expect((await run('--disable', 'address-ni', txt)).stdout).not.toContain('address-ni');
  });

  it('lints a pack: duplicate ids, clashing shortcuts, empty and over-long texts, tone findings at their place', async () => {
    const pack = {
      format: 'huashu.pack',
      version: 1,
      pack: { id: 'acme', name: 'ACME 客服话术' },
      groups: [{ id: 'g', name: '物流' }],
      phrases: [
        { id: 'wl-01', group: 'g', title: '物流', text: '亲，快递大概三天到', shortcut: 'wl' },
        { id: 'wl-01', group: 'g', title: '重复', text: '您好，包裹已发出', shortcut: 'WL' },
        { id: 'wl-03', group: 'g', title: '空', text: '' },
        { id: 'wl-04', group: 'g', title: '长', text: '您好'.repeat(401) },
      ],
    };
    const json = JSON.stringify(pack, null, 2);
    const path = file('acme.json', json);
    const jsonLines = json.split('\n');
    const textLine = jsonLines.findIndex((l) => l.includes('快递大概三天到')) + 1;
    const dupLine = jsonLines.findIndex((l, i) => i > textLine && l.includes('"id": "wl-01"')) + 1;
    const { code, stdout } = await run(path);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    const line = (rule: string) => lines.find((l) => l.includes(`  ${rule}  `)) ?? '';
    expect(line('vague-approximate')).toMatch(new RegExp(`^${path}:${textLine}:\\d+  hint  vague-approximate  .*→ 预计$`));
    expect(line('pack-duplicate-id')).toMatch(new RegExp(`^${path}:${dupLine}:\\d+  error  pack-duplicate-id  话术 id 重复 "wl-01"`));
    expect(line('pack-shortcut-clash')).toContain('error  pack-shortcut-clash');
    expect(line('pack-empty-text')).toContain('(phrases[2].text)');
    expect(line('pack-text-too-long')).toContain('(802)');
    const text = jsonLines[textLine - 1] as string;
    const col = Number(/:\d+:(\d+)/.exec(line('vague-approximate').slice(path.length))?.[1]);
    expect([...text].slice(col - 1, col + 1).join('')).toBe('大概');
  });

  it('exits 2 with a clear message on an unreadable file, and still lints the others', async () => {
    const ok = file('ok.txt', '你好\n');
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    const notUtf8 = file('gbk.txt', new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]));
    const { code, stdout, stderr } = await run(join(dir, 'missing.txt'), folder, notUtf8, ok);
    expect(code).toBe(2);
    expect(stderr).toContain(`huashu-lint: cannot read ${join(dir, 'missing.txt')}: ENOENT`);
    expect(stderr).toContain(`huashu-lint: cannot read ${folder}: EISDIR`);
    expect(stderr).toContain(`huashu-lint: cannot read ${notUtf8}: not UTF-8 text`);
    expect(stdout).toContain(`${ok}:1:1  warning  address-ni`);
  });

  it('reports broken JSON and non-pack JSON as errors, and bad usage with exit 2', async () => {
    const broken = file('broken.json', '{\n  "format": "huashu.pack",\n  "phrases": [\n');
    const r1 = await run(broken);
    expect(r1.code).toBe(1);
    expect(r1.stdout).toMatch(new RegExp(`${broken}:\\d+:\\d+  error  pack-invalid-json  JSON 格式错误`));
    const other = file('other.json', '{"name": "x"}');
    expect((await run(other)).stdout).toContain('error  pack-format');
    const usage = await run();
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: huashu-lint');
  });
});
