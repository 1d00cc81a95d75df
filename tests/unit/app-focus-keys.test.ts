/**
 * Where focus goes as the explorer's panels open and close (src/lib/app/focus.ts), and the shell's own keys
 * (src/lib/app/keyboard.ts). Elements are plain objects here; tests/e2e/state.e2e.test.ts and reader.e2e.test.ts
 * follow focus in the page.
 */
import { describe, expect, it } from 'vitest';
import { focusAfterClose, isOpener, type FocusCandidate } from '../../src/lib/app/focus.ts';
import { escapeCloses, tabAfterKey } from '../../src/lib/app/keyboard.ts';

/** An element: its tag, whether it is still in the page, and the selectors of the containers it is in. */
function element(tagName: string, { inside = [] as string[], isConnected = true } = {}): FocusCandidate {
  return { tagName, isConnected, closest: (selector) => (selector.split(', ').some((s) => inside.includes(s)) ? {} : null) };
}

describe('the opener a panel remembers', () => {
  it('is the element that had focus, in the lists, the search box or the map', () => {
    expect(isOpener(element('BUTTON', { inside: ['.side'] }), '.panel-wrap')).toBe(true);
    expect(isOpener(element('INPUT', { inside: ['.search'] }), '.panel-wrap')).toBe(true);
    expect(isOpener(element('CANVAS'), '.panel-wrap')).toBe(true);
  });

  it('is not a link inside a panel, so going from panel to panel returns to where the reader began', () => {
    expect(isOpener(element('A', { inside: ['.panel-wrap'] }), '.panel-wrap')).toBe(false);
  });

  it('is anything focused for a dialog with no panels to leave out, and nothing when nothing has focus', () => {
    expect(isOpener(element('A', { inside: ['.panel-wrap'] }), null)).toBe(true);
    expect(isOpener(null, '.panel-wrap')).toBe(false);
  });
});

describe('where focus goes when a panel closes', () => {
  it('goes back to the opener', () => {
    expect(focusAfterClose(element('BUTTON'))).toBe('opener');
    expect(focusAfterClose(element('A'))).toBe('opener');
  });

  it('goes to the fallback (the map) instead of a text field, whose results and phone keyboard would open again', () => {
    expect(focusAfterClose(element('INPUT'))).toBe('fallback');
    expect(focusAfterClose(element('TEXTAREA'))).toBe('fallback');
  });

  it('goes to the fallback when the opener has left the page (a list re-rendered) or there was none', () => {
    expect(focusAfterClose(element('BUTTON', { isConnected: false }))).toBe('fallback');
    expect(focusAfterClose(null)).toBe('fallback');
  });
});

describe('Esc', () => {
  const open = { place: 'dongyang', doc: 'some-doc' };

  it('closes the place panel first, then the document', () => {
    expect(escapeCloses('Escape', element('BODY'), open)).toBe('place');
    expect(escapeCloses('Escape', element('BODY'), { place: null, doc: 'some-doc' })).toBe('document');
    expect(escapeCloses('Escape', element('BODY'), { place: null, doc: null })).toBeNull();
  });

  it('is left to the search box and to dialogs, and other keys close nothing', () => {
    expect(escapeCloses('Escape', element('INPUT', { inside: ['.search'] }), open)).toBeNull();
    expect(escapeCloses('Escape', element('BUTTON', { inside: ['dialog'] }), open)).toBeNull();
    expect(escapeCloses('Enter', element('BODY'), open)).toBeNull();
    expect(escapeCloses('Escape', null, open)).toBe('place'); // a key event on the window itself
  });
});

describe('arrow keys in a row of tabs', () => {
  it('move to the next or previous tab, wrapping at either end', () => {
    const tabs = ['places', 'documents', 'third'] as const;
    expect(tabAfterKey(tabs, 'places', 'ArrowRight')).toBe('documents');
    expect(tabAfterKey(tabs, 'third', 'ArrowRight')).toBe('places');
    expect(tabAfterKey(tabs, 'places', 'ArrowLeft')).toBe('third');
    expect(tabAfterKey(tabs, 'documents', 'ArrowLeft')).toBe('places');
  });

  it('leave every other key to the tab', () => {
    expect(tabAfterKey(['places', 'documents'], 'places', 'Enter')).toBeNull();
    expect(tabAfterKey(['places', 'documents'], 'places', 'ArrowDown')).toBeNull();
  });
});
