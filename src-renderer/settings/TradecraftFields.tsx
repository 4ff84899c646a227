import { MARKING_SCHEMES, YARDSTICKS, markingOf, tradecraftOf, type AuthorityBlock, type Deck, type MarkingScheme, type YardstickId } from '../../src-shared/deck';
import { YARDSTICK_LIST } from '../../src-shared/tradecraft';
import { SelectField } from '../editor/fields/SelectField';
import { TextField } from '../editor/fields/TextField';

/** The tradecraft and marking settings as the dialog edits them (all fields present; empty text = unset). */
export interface TradecraftDraft {
  tradecraft: { yardstick: YardstickId; mixedTermsNote: string };
  marking: { scheme: MarkingScheme; authority: AuthorityBlock };
}

/** The draft of a deck's settings, defaults filled in (deck.tradecraft / deck.marking may be absent). */
export function tradecraftDraftOf(deck: Pick<Deck, 'tradecraft' | 'marking'>): TradecraftDraft {
  const { yardstick, mixedTermsNote } = tradecraftOf(deck);
  const { scheme, authority } = markingOf(deck);
  return {
    tradecraft: { yardstick, mixedTermsNote },
    marking: { scheme, authority: { classifiedBy: authority?.classifiedBy ?? '', derivedFrom: authority?.derivedFrom ?? '', declassifyOn: authority?.declassifyOn ?? '' } },
  };
}

const SCHEME_NAMES: Record<MarkingScheme, string> = {
  none: 'None (banner as typed, no portion marks)',
  capco: 'Classification portion marks (ICD 710 / CAPCO)',
  tlp: 'Traffic Light Protocol (TLP 2.0)',
};

/**
 * The settings dialog's tradecraft fields: the estimative-language yardstick (ICD 203 or PHIA), the note that says the
 * deck uses both ICD 203 term rows on purpose, the marking scheme, and the classification authority block (Classified
 * By, Derived From, Declassify On: 32 CFR 2001.21), shown for the classification scheme.
 */
export function TradecraftFields({ draft, onChange }: { draft: TradecraftDraft; onChange(next: TradecraftDraft): void }) {
  const { tradecraft, marking } = draft;
  const setTradecraft = (patch: Partial<TradecraftDraft['tradecraft']>) => onChange({ ...draft, tradecraft: { ...tradecraft, ...patch } });
  const setAuthority = (patch: Partial<AuthorityBlock>) => onChange({ ...draft, marking: { ...marking, authority: { ...marking.authority, ...patch } } });
  return (
    <fieldset>
      <legend>Tradecraft and marking</legend>
      <SelectField
        label="Estimative yardstick"
        name="yardstick"
        value={tradecraft.yardstick}
        options={YARDSTICKS.map((y) => ({ value: y, label: YARDSTICK_LIST[y].name }))}
        onChange={(y) => setTradecraft({ yardstick: y as YardstickId })}
      />
      <TextField
        label="Mixed-terms note"
        name="mixedTermsNote"
        placeholder="e.g. This deck uses both ICD 203 term rows (likely / probable) on purpose."
        maxLength={600}
        value={tradecraft.mixedTermsNote}
        onChange={(mixedTermsNote) => setTradecraft({ mixedTermsNote })}
      />
      <SelectField
        label="Marking scheme"
        name="markingScheme"
        value={marking.scheme}
        options={MARKING_SCHEMES.map((m) => ({ value: m, label: SCHEME_NAMES[m] }))}
        onChange={(scheme) => onChange({ ...draft, marking: { ...marking, scheme: scheme as MarkingScheme } })}
      />
      {marking.scheme === 'capco' ? (
        <div className="bd-row">
          <TextField className="bd-grow" label="Classified By" name="classifiedBy" maxLength={300} value={marking.authority.classifiedBy} onChange={(classifiedBy) => setAuthority({ classifiedBy })} />
          <TextField className="bd-grow" label="Derived From" name="derivedFrom" maxLength={300} value={marking.authority.derivedFrom} onChange={(derivedFrom) => setAuthority({ derivedFrom })} />
          <TextField label="Declassify On" name="declassifyOn" placeholder="20511231" maxLength={100} value={marking.authority.declassifyOn} onChange={(declassifyOn) => setAuthority({ declassifyOn })} />
        </div>
      ) : null}
    </fieldset>
  );
}
