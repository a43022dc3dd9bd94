/**
 * fast-check generators for report text: lines drawn from the shapes real reports have (titles, every
 * heading level, lead phrases, 目录 entries, prose with figures, noise, odd spaces) mixed with arbitrary Unicode.
 */
import fc from 'fast-check';

const HAN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const TOPICS = ['主动公开', '依申请公开', '平台建设', '政策解读', '监督保障', '存在的问题', '下一步工作计划', '组织领导', '政府网站', '培训'];

const topic = fc.constantFrom(...TOPICS);
const n = fc.integer({ min: 1, max: 12 });

/** One line of the kind reports are made of. */
export const reportLine: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 2015, max: 2030 }), fc.constantFrom('县', '市', '局', '委')).map(([y, u]) => `青山${u}${y}年政务公开工作总结`),
  fc.tuple(fc.constantFrom(...HAN), topic).map(([h, t]) => `${h}、${t}情况`),
  fc.tuple(fc.constantFrom(...HAN), topic, fc.boolean()).map(([h, t, full]) => (full ? `（${h}）${t}。全年开展工作${h}次。` : `(${h})${t}`)),
  fc.tuple(n, topic, fc.constantFrom('.', '、', '．')).map(([i, t, dot]) => `${i}${dot}${t}`),
  fc.tuple(n, topic).map(([i, t]) => `（${i}）${t}`),
  fc.tuple(fc.constantFrom('①', '②', '③'), topic).map(([c, t]) => `${c}${t}`),
  fc.tuple(topic, topic).map(([a, b]) => `一是${a}工作扎实推进。二是${b}不断加强。三是其他工作。`),
  fc.tuple(topic, fc.integer({ min: 0, max: 9999 })).map(([t, k]) => `全年${t}信息${k}条，较上年增长${k % 100}%。`),
  fc.tuple(topic, fc.integer({ min: 1, max: 99 })).map(([t, p]) => `${t}\t${p}`),
  fc.constantFrom('', ' ', '\u3000\u3000', '目录', '目 录', '##paidbegin##', '转载请注明出处', '？？', '\u200b', '2024年12月31日'),
  fc.constantFrom('存在的主要问题', '下一步工作打算', '今后，我们将继续努力，再接再厉。', '2024年度工作总结汇编（3篇）'),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('一', '、', '（', '）', '。', '问', '题', '\u3000', ' ', '1', '.', '\t', '?'), maxLength: 30 }),
);

/** A file's lines: mostly report-shaped, sometimes arbitrary. */
export const lines: fc.Arbitrary<string[]> = fc.array(reportLine, { maxLength: 60 });

/** A well-formed single report: a dated title, then headed sections with prose. */
export const report: fc.Arbitrary<string[]> = fc
  .array(fc.tuple(topic, fc.array(fc.oneof(reportLine.filter((l) => !/总结|汇编|目\s*录/u.test(l))), { maxLength: 4 })), { minLength: 1, maxLength: 8 })
  .map((parts) => [
    '青山县2024年政务公开工作总结',
    '',
    ...parts.flatMap(([t, body], i) => [`${HAN[i % 10]}、${t}情况`, `全年${t}工作扎实推进，共开展活动${i + 3}次，发布信息${i * 7 + 12}条。`, ...body]),
  ]);

/** A paragraph about nothing the rule sets look for: no enumerator, no keyword, no title shape. */
export const unrelatedParagraph: fc.Arbitrary<string> = fc.constantFrom(
  '这一年里，机关食堂更换了新的餐桌椅，职工就餐环境有了明显改善，大家普遍表示满意。',
  '春季植树活动中，全体干部职工在城郊种下了二百多棵树苗，成活情况良好，绿化面积有所扩大。',
  '单位院内的停车位重新划线编号，车辆停放更加有序，进出通行也比以往顺畅了许多。',
);
