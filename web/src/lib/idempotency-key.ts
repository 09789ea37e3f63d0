import { randomKey } from './staff';

/**
 * The Idempotency-Key of what a form creates: the same key again when a failed submit is retried (the
 * server then creates the thing once however many of the tries reached it), a new one after a success
 * or once the form asks for something else.
 */
export class IdempotencyKey {
  private key = '';

  headers(): { 'Idempotency-Key': string } {
    this.key ||= randomKey();
    return { 'Idempotency-Key': this.key };
  }

  reset(): void {
    this.key = '';
  }
}
