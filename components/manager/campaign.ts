/** What the phrase manager shows of validity windows and review dates on the library's today. */
import { useMemo } from 'preact/hooks';
import type { LibraryData } from '../../utils/db/library';
import type { GroupRecord, PhraseRecord } from '../../utils/db/types';
import type { IsoDate } from '../../utils/validity/dates';
import { effectiveWindow, groupWindows, reviewDue, windowState, type ValidityWindow, type WindowState } from '../../utils/validity/window';

export interface PhraseDayState {
  state: WindowState;
  /** The window that decides it (the phrase's own narrowed by its groups'). */
  window: ValidityWindow;
}

export function useCampaignView(library: LibraryData, today: IsoDate) {
  const windows = useMemo(() => groupWindows(library.groups), [library.groups]);
  const due = useMemo(
    () => library.phrases.filter((p) => reviewDue(p, today)).sort((a, b) => (a.reviewDate ?? '').localeCompare(b.reviewDate ?? '') || a.id.localeCompare(b.id)),
    [library.phrases, today],
  );
  return {
    due,
    stateOf(p: PhraseRecord): PhraseDayState {
      const window = effectiveWindow(p, windows);
      return { state: windowState(window, today), window };
    },
    groupState(g: GroupRecord): WindowState {
      return windowState(windows.get(g.id) ?? {}, today);
    },
  };
}
