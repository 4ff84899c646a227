import { describe, expect, it } from 'vitest';
import { createPresentationService } from '../../src-main/services/presentation/presentationService';
import { presentDeck } from '../shared/presentDeckFixture';

describe('presenting starts from the deck’s pacing', () => {
  it('copies deck.pacing (set in the deck settings) into the presentation state', () => {
    const service = createPresentationService(() => 0);
    expect(service.start(presentDeck({ pacing: { targetMinutes: 20, perSlideSeconds: 90 } }), 0, 0).state?.pacing).toEqual({ targetMinutes: 20, perSlideSeconds: 90 });
    expect(service.start(presentDeck(), 0, 0).state?.pacing).toEqual({});
  });
});
