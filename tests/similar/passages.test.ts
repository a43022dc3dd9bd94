/** comparePair on hand-made edits copiers make: reordered paragraphs, a unit name in every sentence. */
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/similar/normalize.js';
import { comparePair, coveredShare } from '../../src/similar/passages.js';

const none = () => false;
function shares(a: string[], b: string[]) {
  const na = normalise(a, 1, a.length);
  const nb = normalise(b, 1, b.length);
  const c = comparePair(na.text, nb.text, none, 20);
  return { a: coveredShare(c.coveredA, c.ignoredA), b: coveredShare(c.coveredB, c.ignoredB), passages: c.passages.length };
}

const PARAGRAPHS = [
  '全年通过门户网站公开财政预决算、重大项目审批和公共资源交易信息，重点领域信息做到应公开尽公开。',
  '严格执行依申请公开受理、审核、答复流程，对复杂申请召开会商会议，确保答复内容合法准确。',
  '组织机关干部学习政府信息公开条例，邀请法律顾问讲解依申请公开答复中的常见问题和风险点。',
  '基层公开栏内容更新不够及时，部分村级公开事项与群众关注点结合不紧，政策解读形式较为单一。',
];

describe('comparePair', () => {
  it('finds a copy whose paragraphs were put in another order, as one passage each', () => {
    const s = shares(PARAGRAPHS, [...PARAGRAPHS].reverse());
    expect(s.a).toBeGreaterThan(0.95);
    expect(s.passages).toBe(4);
  });

  it('bridges a unit name changed in every sentence', () => {
    const original = ['白沙镇全年通过门户网站公开财政预决算信息，白沙镇党政办负责审核把关，白沙镇各村同步张贴公开栏。', '白沙镇组织干部学习条例，白沙镇纪委对公开情况开展督查，白沙镇把公开工作纳入年度考核。'];
    const copy = original.map((l) => l.replaceAll('白沙镇', '青石岭乡'));
    const s = shares(original, copy);
    expect(s.a).toBeGreaterThan(0.9);
    expect(s.passages).toBe(1);
  });

  it('does not count a shared run shorter than the minimum passage', () => {
    const s = shares(['认真贯彻落实上级部署要求，全年共开展专项检查。'], ['为了认真贯彻落实上级部署要求，我们召开了三次会议。']);
    expect(s.a).toBe(0);
  });
});
