import { translation } from '../../catalog';
import type { MANIFEST_EN } from './en';

export const MANIFEST_DE = translation<typeof MANIFEST_EN>()({
  extName: 'Account Helper',
  extDescription:
    'Erkennt echte Microsoft-Anmeldeseiten und Fälschungen, prüft, ob Sie ein Microsoft-Konto haben, und hält Sicherheitsinfos aktuell.',
  actionTitle: 'Account Helper',
});
