import { send } from '../messaging/client';
import { mountPageMarker } from './page-marker';

/** Reports the page to the background and marks it when it is genuine or a lookalike. */
export async function runOnMicrosoftPage(): Promise<void> {
  const classification = await send({ type: 'page/report', url: location.href });
  if (classification.verdict === 'other') return;
  mountPageMarker(document, classification);
}
