import { it } from 'vitest';
import { ApiClient } from '../support/client.js';
import { moduleContent } from '../support/module-fixture.js';
import { startTestServer } from '../support/server.js';
it('debug', async () => {
  const server = await startTestServer();
  const editor = await ApiClient.signedIn(server.url, 'editor.demo');
  const r = await editor.post('/api/modules', { content: moduleContent('甲'), featured: false });
  console.log(r.status, JSON.stringify(r.body).slice(0, 600));
  await server.close();
});
