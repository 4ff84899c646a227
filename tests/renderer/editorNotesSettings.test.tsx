// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesPaneView } from '../../src-renderer/notes/NotesPaneView';
import { countWords, formatDuration, speakingSeconds } from '../../src-renderer/notes/speakingTime';
import { DeckSettingsForm, type DeckSettings } from '../../src-renderer/settings/DeckSettingsForm';
import { suggestedDirection } from '../../src-renderer/settings/languageDirection';
import { byLabel, button, choose, click, render, typeInto, unlabelledControls, type Rendered } from './editorTestKit';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

describe('speaking time', () => {
  it('counts words in Latin and Persian text and ignores punctuation-only tokens', () => {
    expect(countWords('  Ankara and Tehran — both object.  ')).toBe(5);
    expect(countWords('ترکیه و ایران')).toBe(3);
    expect(countWords('')).toBe(0);
  });
  it('estimates at 130 words per minute', () => {
    expect(speakingSeconds(130)).toBe(60);
    expect(speakingSeconds(260)).toBe(120);
    expect(formatDuration(speakingSeconds(195))).toBe('1:30');
  });
});

describe('NotesPaneView', () => {
  it('shows the word count and speaking time, and reports every keystroke', () => {
    const onChange = vi.fn();
    const words = Array.from({ length: 65 }, (_, i) => `w${i}`).join(' ');
    view = render(<NotesPaneView notes={words} slideNumber={3} direction="ltr" onChange={onChange} />);
    const box = byLabel(view.container, 'Speaker notes, slide 3') as HTMLTextAreaElement;
    expect(box.value).toBe(words);
    expect(view.container.textContent).toContain('65 words');
    expect(view.container.textContent).toContain('about 0:30 to speak');
    typeInto(box, 'Internal: liaison contact');
    expect(onChange).toHaveBeenLastCalledWith('Internal: liaison contact');
    expect(unlabelledControls(view.container)).toEqual([]);
  });
  it('writes right to left for an RTL deck', () => {
    view = render(<NotesPaneView notes="یادداشت" slideNumber={1} direction="rtl" onChange={() => {}} />);
    expect(view.container.querySelector('textarea')!.getAttribute('dir')).toBe('rtl');
  });
});

describe('deck settings', () => {
  const initial: DeckSettings = {
    title: 'Turkey and Iran after 7 October',
    subtitle: '',
    author: 'Analyst',
    date: '2023-11-20',
    classification: { text: 'UNCLASSIFIED', level: 'unclassified' },
    theme: 'briefing-light',
    language: 'en',
    direction: 'ltr',
  };

  it('suggests right to left for Persian, Arabic and Hebrew tags', () => {
    expect(['fa', 'fa-IR', 'ar', 'he', 'ur', 'az-Arab'].map(suggestedDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'tr', 'fr-CA', 'az-Latn'].map(suggestedDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('switches to Persian RTL and applies every field at once', () => {
    const onApply = vi.fn();
    view = render(<DeckSettingsForm initial={initial} onApply={onApply} onCancel={() => {}} />);
    const c = view.container;
    typeInto(byLabel(c, 'Banner text'), 'SECRET // REL TO USA');
    choose(byLabel(c, 'Banner level'), 'secret');
    choose(byLabel(c, 'Theme'), 'briefing-dark');
    typeInto(byLabel(c, 'Language (BCP 47 tag)'), 'fa');
    expect((byLabel(c, 'Text direction') as HTMLSelectElement).value).toBe('rtl');
    expect(c.textContent).toContain('Direction set to right to left');
    expect(byLabel(c, 'Deck title').getAttribute('dir')).toBe('rtl');
    expect(byLabel(c, 'Language (BCP 47 tag)').getAttribute('dir')).toBeNull();
    expect(onApply).not.toHaveBeenCalled();
    click(button(c, 'Save settings'));
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onApply.mock.calls[0][0]).toEqual({
      ...initial,
      classification: { text: 'SECRET // REL TO USA', level: 'secret' },
      theme: 'briefing-dark',
      language: 'fa',
      direction: 'rtl',
      pacing: { targetMinutes: undefined, perSlideSeconds: undefined },
    });
    expect(unlabelledControls(c)).toEqual([]);
  });

  it('refuses a language that is not a BCP 47 tag', () => {
    const onApply = vi.fn();
    view = render(<DeckSettingsForm initial={initial} onApply={onApply} onCancel={() => {}} />);
    typeInto(byLabel(view.container, 'Language (BCP 47 tag)'), 'Persian!');
    expect(view.container.querySelector('[role="alert"]')?.textContent).toContain('BCP 47');
    expect(button(view.container, 'Save settings').disabled).toBe(true);
  });
});
