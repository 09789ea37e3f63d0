import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  it.each([
    ['12345678', 'a.student'],
    ['password', 'a.student'],
    ['Pass Word', 'a.student'],
    ['password2026', 'a.student'],
    ['        ', 'a.student'],
    ['   abc   ', 'a.student'],
    ['aaaaaaaaaaaa', 'a.student'],
    ['abababababab', 'a.student'],
    ['qwertyuiop', 'a.student'],
    ['teacher.demo', 'teacher.demo'],
    ['teacher.demo!1', 'teacher.demo'],
    ['woaini1314', 'a.student'],
  ])('refuses %j for %s', (password, username) => {
    expect(passwordProblem(password, username)).not.toBeNull();
  });

  it.each([['a-better-passphrase'], ['马兰花开在山坡上啊'], ['river stone lamp'], ['k7#Lp2!xQ']])('accepts %j', (password) => {
    expect(passwordProblem(password, 'teacher.demo')).toBeNull();
  });
});
