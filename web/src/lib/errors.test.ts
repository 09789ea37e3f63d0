import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, toApiError } from './api';
import { describeError, serverDetails, waitText } from './errors';
import { setLocale } from './i18n/index.svelte';

afterEach(async () => {
  await setLocale('zh');
  vi.unstubAllGlobals();
});

describe('describeError', () => {
  it('explains a 429 with the wait, in Chinese and in English', async () => {
    const error = toApiError(429, new Headers({ 'retry-after': '900' }), JSON.stringify({ error: { code: 'throttled', message: 'Too many', details: [] } }));
    expect(describeError(error)).toBe('尝试次数过多，请在 15 分钟后再试。');
    await setLocale('en');
    expect(describeError(error)).toBe('Too many attempts. Please try again in 15 min.');
  });

  it('tells a delayed student to ask the teacher, and names a busy server', () => {
    const body = (reason: string) => JSON.stringify({ error: { code: 'throttled', message: 'x', details: [], reason } });
    expect(describeError(toApiError(429, new Headers({ 'retry-after': '60' }), body('account_delayed')))).toBe(
      '这个账号的密码输错次数太多。请 1 分钟后再试，或请老师帮你解锁。',
    );
    expect(describeError(toApiError(429, new Headers({ 'retry-after': '60' }), body('network_limited')))).toBe('这个网络登录失败次数太多，请 1 分钟后再试。');
    expect(describeError(new ApiError(503, 'unavailable', 'busy'))).toBe('服务器正忙，请稍后再试。');
    expect(describeError(new ApiError(403, 'forbidden', 'x', [], null, 'account_disabled'))).toBe('这个账号已停用，请联系老师或学校。');
  });

  it('formats waits in minutes and seconds', () => {
    expect(waitText(45)).toBe('45 秒');
    expect(waitText(61)).toBe('1 分 1 秒');
  });

  it('names a pending password change and plain errors', () => {
    expect(describeError(new ApiError(403, 'forbidden', 'x', [], null, 'password_change_required'))).toBe('请先修改初始密码。');
    expect(describeError(new ApiError(403, 'forbidden', 'x'))).toBe('您没有权限进行此操作。');
    expect(describeError(new ApiError(0, 'network', 'Failed to fetch'))).toBe('无法连接服务器，请检查网络后重试。');
    expect(describeError(new Error('boom'))).toBe('出现未知错误。');
  });

  it('says "offline", not "server error", when the device has no network', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    expect(describeError(new ApiError(0, 'network', 'Failed to fetch'))).toBe('你现在离线。恢复网络后再试。');
    expect(describeError(new ApiError(504, 'internal', 'HTTP 504'))).toBe('你现在离线。恢复网络后再试。');
    expect(describeError(new ApiError(404, 'not_found', 'x'))).toBe('没有找到相关内容。');
    await setLocale('en');
    expect(describeError(new ApiError(0, 'network', 'Failed to fetch'))).toBe('You are offline. Try again once the network is back.');
    vi.stubGlobal('navigator', { onLine: true });
    expect(describeError(new ApiError(504, 'internal', 'HTTP 504'))).toBe('Something went wrong on the server. Please try again later.');
  });

  it('passes on the server’s details for validation and rule errors only', () => {
    expect(serverDetails(new ApiError(400, 'validation', 'bad', [{ path: 'grade', code: 'too_big', message: 'Too big', params: { maximum: 12 } }]))).toEqual([
      'grade: Too big',
    ]);
    expect(serverDetails(new ApiError(422, 'rule_broken', 'Grade 13 is not taught here'))).toEqual(['Grade 13 is not taught here']);
    expect(serverDetails(new ApiError(403, 'forbidden', 'You may not do this'))).toEqual([]);
  });
});
