import { describe, expect, it } from 'vitest';
import { issueVersion, IssueVersionError } from '../../src-shared/commands';
import { parseDeck, serializeDeck, type SlideOf } from '../../src-shared/deck';
import { deckToMarkdown, markdownToDeck } from '../../src-shared/markdown';
import { moveKey, nextVersionLabel, pendingChanges, versionDeck } from '../../src-shared/versions';
import { deepFreeze } from './deckFixture';
import { briefingV1, copyDeck } from './versionDecks';

const ISSUE = { date: '2026-11-02', author: 'Analyst A', reasons: {} };

describe('issueVersion', () => {
  it('records v1 with a snapshot and no changes, then v2 with the moved judgment and its reason', () => {
    const v1 = issueVersion(deepFreeze(briefingV1()), { ...ISSUE, label: nextVersionLabel(briefingV1()) });
    expect(v1.versions?.map((v) => [v.label, v.date, v.author, v.changes])).toEqual([['v1', '2026-11-02', 'Analyst A', undefined]]);
    expect(v1.versions?.[0].snapshot.versions).toBeUndefined();
    const edited = copyDeck(v1);
    (edited.slides[1] as SlideOf<'bluf'>).judgments[0].likelihood = 'unlikely';
    edited.sources = [];
    const pending = pendingChanges(edited)!;
    expect(pending.judgments.map(moveKey)).toEqual(['s2 judgments[0]']);
    expect(() => issueVersion(edited, { ...ISSUE, label: 'v2' })).toThrow(IssueVersionError);
    expect(() => issueVersion(edited, { ...ISSUE, label: 'v1', reasons: { 's2 judgments[0]': 'x' } })).toThrow(/already has a version "v1"/);
    const v2 = issueVersion(edited, { ...ISSUE, label: nextVersionLabel(edited), reasons: { 's2 judgments[0]': 'Premiums were capped by the regulator.' } });
    expect(v2.versions?.[1].changes).toEqual({
      since: 'v1',
      judgments: [
        {
          slideId: 's2',
          field: 'judgments[0]',
          text: 'Insurers will raise war-risk premiums this quarter.',
          from: { kind: 'judgment', likelihood: 'likely', confidence: 'moderate' },
          to: { kind: 'judgment', likelihood: 'unlikely', confidence: 'moderate' },
          reason: 'Premiums were capped by the regulator.',
        },
      ],
      sourcesAdded: [],
      sourcesDropped: [{ id: 'src-a', title: 'Port traffic report' }],
    });
  });

  it('keeps versions through save and open, and opens an old version as it was', () => {
    const v1 = issueVersion(briefingV1(), { ...ISSUE, label: 'November' });
    const edited = copyDeck(v1);
    edited.title = 'Gulf shipping outlook (December)';
    const reopened = parseDeck(serializeDeck(edited));
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(reopened.warnings).toEqual([]);
    expect(reopened.deck.versions?.map((v) => v.label)).toEqual(['November']);
    const old = versionDeck(reopened.deck, 0);
    expect(old.title).toBe('Gulf shipping outlook');
    expect(old.versions?.map((v) => v.label)).toEqual(['November']);
    expect(() => versionDeck(reopened.deck, 3)).toThrow(RangeError);
  });

  it('refuses to open a damaged snapshot with a clear message', () => {
    const v1 = issueVersion(briefingV1(), { ...ISSUE, label: 'v1' });
    const damaged = copyDeck(v1);
    damaged.versions![0].snapshot = { slides: [{ id: 'x', layout: 'no-such-layout' }] };
    expect(() => versionDeck(damaged, 0)).toThrow(/version v1 cannot be opened/);
  });

  it('keeps versions through a Markdown export and import; an audience copy keeps them without notes', () => {
    const deck = briefingV1();
    deck.slides[2].notes = 'Say the escort figure slowly.';
    const issued = issueVersion(deck, { ...ISSUE, label: 'v1' });
    const back = markdownToDeck(deckToMarkdown(issued));
    expect(back.warnings).toEqual([]);
    expect(back.deck.versions).toEqual(issued.versions);
    const audience = markdownToDeck(deckToMarkdown(issued, { audience: true }));
    expect(audience.deck.versions?.map((v) => v.label)).toEqual(['v1']);
    expect(JSON.stringify(audience.deck)).not.toContain('escort figure slowly');
  });
});
