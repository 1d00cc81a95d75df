/** The explorer's notice queue (src/lib/app/notices.svelte.ts): the messages over the map and their dismiss buttons. */
import { describe, expect, it } from 'vitest';
import { Notices } from '../../src/lib/app/notices.svelte.ts';

describe('Notices', () => {
  it('shows messages in the order they came, each with an id of its own', () => {
    const notices = new Notices();
    const first = notices.notify('a link parameter was ignored');
    const second = notices.notify('a link parameter was ignored');
    expect(first).not.toBe(second);
    expect(notices.list).toEqual([
      { id: first, text: 'a link parameter was ignored' },
      { id: second, text: 'a link parameter was ignored' },
    ]);
  });

  it('dismisses only the message asked for, and never gives a dismissed id again', () => {
    const notices = new Notices();
    const first = notices.notify('one');
    const second = notices.notify('two');
    notices.dismiss(first);
    expect(notices.list.map((n) => n.text)).toEqual(['two']);
    const third = notices.notify('three');
    expect([first, second]).not.toContain(third);
    notices.dismiss(third);
    notices.dismiss(third);
    expect(notices.list).toEqual([{ id: second, text: 'two' }]);
  });
});
