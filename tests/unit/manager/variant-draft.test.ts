import { expect, it } from 'vitest';
import { rowProblem, rowsOf, splitSites, variantsOf } from '../../../components/manager/variant-draft';

it('reads the sites a lead types, separated by commas of either width, 、 or spaces', () => {
  expect(splitSites(' taobao.com，tmall.com、jd.com  web.whatsapp.com ')).toEqual(['taobao.com', 'tmall.com', 'jd.com', 'web.whatsapp.com']);
});

it('turns valid rows into variants and a stored phrase back into rows', () => {
  const rows = [{ sites: 'TaoBao.com, *.tmall.com', title: ' ', text: '亲，在的呢~' }, { sites: 'web.whatsapp.com', title: 'Hi', text: 'Hi there!' }];
  const variants = variantsOf(rows);
  expect(variants).toEqual([
    { sites: ['taobao.com', 'tmall.com'], text: '亲，在的呢~' },
    { sites: ['web.whatsapp.com'], title: 'Hi', text: 'Hi there!' },
  ]);
  expect(rowsOf(variants ?? [])).toEqual([
    { sites: 'taobao.com, tmall.com', title: '', text: '亲，在的呢~' },
    { sites: 'web.whatsapp.com', title: 'Hi', text: 'Hi there!' },
  ]);
  expect(variantsOf([])).toEqual([]);
});

it('names the problem of a row and gives no variants while one has a problem', () => {
  expect(rowProblem({ sites: '', title: '', text: '您好' })).toBe('sites');
  expect(rowProblem({ sites: 'https://jd.com/chat', title: '', text: '您好' })).toBe('sites');
  expect(rowProblem({ sites: 'jd.com', title: '', text: '  ' })).toBe('text');
  expect(rowProblem({ sites: 'jd.com', title: '', text: 'x'.repeat(10_001) })).toBe('tooLong');
  expect(rowProblem({ sites: 'jd.com', title: '', text: '您好' })).toBeNull();
  expect(variantsOf([{ sites: 'jd.com', title: '', text: '您好' }, { sites: 'jd', title: '', text: '' }])).toBeNull();
  expect(variantsOf(Array.from({ length: 11 }, () => ({ sites: 'jd.com', title: '', text: '您好' })))).toBeNull();
});
