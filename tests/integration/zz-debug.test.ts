import { it } from 'vitest';
import { ApiClient } from '../support/client.js';
import { startTestServer } from '../support/server.js';
it('debug', async () => {
  const server = await startTestServer();
  const region = await ApiClient.signedIn(server.url, 'region.demo');
  const day = 24 * 3600_000;
  const r = await region.post('/api/contests', { unitId: '640000', settings: {
    type: 'essay', title: { zh: '全区征文', en: 'Region essays' }, theme: { zh: '远离毒品', en: 'Stay away from drugs' }, brief: { zh: '写一篇征文。', en: 'Write an essay.' },
    bands: ['primary', 'junior'], opensAt: new Date(Date.now() - day).toISOString(), closesAt: new Date(Date.now() + 30 * day).toISOString(),
    limits: { zhChars: { min: 10, max: 5000 }, enWords: { min: 10, max: 2000 } }, stages: [{ level: 'school', quota: 3 }, { level: 'county', quota: 3 }, { level: 'region', quota: 3 }],
    rubric: [{ id: 'theme', name: { zh: '主题', en: 'Theme' }, description: { zh: '主题', en: 'Theme' }, max: 100 }] } });
  console.log(r.status, JSON.stringify(r.body).slice(0, 400));
  const id = r.body.contest.id;
  const E = '那天放学路上，一个陌生人递给我一包花花绿绿的“跳跳糖”，说吃了能让人一整天都很兴奋。我想起禁毒课上老师讲过，毒品常常伪装成零食和饮料，于是摇摇头走开了，回家后把这件事告诉了爸爸妈妈。爸爸夸我做得对，还和我一起把禁毒知识讲给了邻居家的小弟弟听。';
  for (const [u, text] of [['student.demo', E], ['student2.demo', E + '星光小学五年级二班的这位同学最后写道：我要当一名禁毒宣传员。']]) {
    const s = await ApiClient.signedIn(server.url, u);
    const a = await s.put(`/api/contests/${id}/entries/me`, { version: 0, content: { title: '我的征文', text, language: 'zh' } });
    const b = await s.post(`/api/contests/${id}/entries/me/submit`);
    console.log(a.status, JSON.stringify(a.body).slice(0, 200), b.status, JSON.stringify(b.body).slice(0, 200));
  }
  const l = await region.get(`/api/contests/${id}/similarity`);
  console.log(l.status, JSON.stringify(l.body).slice(0, 600));
  await server.close();
});
