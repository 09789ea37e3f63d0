import { describe, expect, it } from 'vitest';
import { Account } from '../domain/accounts/schemas.js';
import { Campaign } from '../domain/campaigns/schemas.js';
import { CorruptItemError, decoder } from './decode.js';
import { keys } from './keys.js';

const campaign: Campaign = {
  id: 'cmp_1',
  unitId: '640000',
  unitPath: '640000',
  name: '6·26 国际禁毒日',
  description: '',
  startDate: '2026-06-01',
  endDate: '2026-06-30',
  moduleIds: ['mod_1'],
  createdBy: 'usr_1',
  createdAt: '2026-05-20T08:00:00.000Z',
};
const toCampaign = decoder('campaign', Campaign);

describe('decoder', () => {
  it('hands back the entity without its keys, index attributes or item type', () => {
    const item = { ...keys.campaign(campaign.id), GSI1PK: 'x', GSI1SK: 'y', type: 'campaign', ...campaign };
    expect(toCampaign(item)).toEqual(campaign);
  });

  it('refuses an item that lacks a field or holds the wrong type, naming the fields', () => {
    const { moduleIds: _dropped, ...short } = campaign;
    expect(() => toCampaign(short)).toThrow(CorruptItemError);
    expect(() => toCampaign({ ...campaign, startDate: 20260601 })).toThrow(/startDate: invalid_type/);
  });

  it('never puts a value of the item into the error: items hold children’s names', () => {
    const toAccount = decoder('account', Account);
    const account = { id: 'usr_1', username: 'wang.xm', role: 'student', displayName: '王小明', orgId: 'cls_1', orgPath: 'a/b', mustChangePassword: 'yes' };
    try {
      toAccount(account);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CorruptItemError);
      const message = (error as Error).message;
      expect(message).toMatch(/mustChangePassword: invalid_type/);
      expect(message).toMatch(/passwordHash: invalid_type/);
      expect(message).not.toMatch(/王小明|wang\.xm|yes/);
    }
  });
});
