import { tick } from 'svelte';
import { IdempotencyKey } from './idempotency-key';

/**
 * The sending side of a form that creates one thing: busy while the request runs, the error that
 * stopped it, what it created. A failed try keeps its Idempotency-Key, so a retry after a lost answer
 * finds the thing instead of making a second one; a success starts a new key.
 */
export class CreateSubmit<T> {
  busy = $state(false);
  error = $state<unknown>(null);
  created = $state<T | null>(null);
  private readonly key = new IdempotencyKey();

  /** Forgets the last try's outcome, as a new submit begins (before the form's own checks). */
  clear(): void {
    this.error = null;
    this.created = null;
  }

  /**
   * A submit of the form: its own checks first (`check` gives what to send, or null when they found
   * problems, which are then shown), then `send`. The created thing, or null.
   */
  async submit<B>(event: SubmitEvent, check: () => B | null, send: (body: B, headers: { 'Idempotency-Key': string }) => Promise<T>): Promise<T | null> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    this.clear();
    const body = check();
    if (body === null) {
      await showFirstProblem(form);
      return null;
    }
    return this.run((headers) => send(body, headers));
  }

  /** Sends with the key's headers; the created thing, or null after a failure (then in `error`). */
  async run(send: (headers: { 'Idempotency-Key': string }) => Promise<T>): Promise<T | null> {
    this.clear();
    this.busy = true;
    try {
      const made = await send(this.key.headers());
      this.key.reset();
      this.created = made;
      return made;
    } catch (error) {
      this.error = error;
      return null;
    } finally {
      this.busy = false;
    }
  }
}

/** A list with what was just created first: once, even when a retry found what an earlier try made. */
export function withNewFirst<T extends { id: string }>(list: readonly T[] | null, created: T): T[] {
  return [created, ...(list ?? []).filter((item) => item.id !== created.id)];
}

/** After a form's own checks failed: its first problem scrolled into view and its first invalid field focused, once they show. */
export async function showFirstProblem(form: HTMLFormElement): Promise<void> {
  await tick();
  form.querySelector<HTMLElement>('[aria-invalid="true"], .error-text')?.scrollIntoView({ block: 'center' });
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
