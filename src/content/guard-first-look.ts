import { boundedFirstLook, hasCredentialForm, onCredentialFieldFocus } from './credential-form';
import { watchChanges } from './guard-watch';
import { addressMayWarnAlone, addressOf } from './microsoft-address';

/**
 * The guard's first look, in every page and frame while the guard is on: the part of the guard
 * every page pays for, so it is kept to a few small functions (compiling the whole guard cost a
 * page more than running it). It hands over, once, to the rest of the guard (`handOver`, which
 * loads entrypoints/guard-check.ts) when the page asks for credentials: a credential field now,
 * in the top page's first 10 s (WATCH_MS) or whenever one gets focus; or, in the top page, when
 * its address alone may be a lookalike's. Any other page is left alone: nothing is loaded, no
 * message is sent. `inShadow`: the field that got focus sits in an open shadow root.
 */
export function guardFirstLook(
  doc: Document,
  top: boolean,
  url: string,
  handOver: (inShadow: boolean) => void,
): void {
  let handed = false;
  let stop = () => {};
  const look = boundedFirstLook(doc);
  const hand = (inShadow: boolean) => {
    if (handed) return;
    handed = true;
    stop();
    handOver(inShadow);
  };
  const asks = () => {
    const found = look();
    return found === 'fields' || (found === 'shell' && hasCredentialForm(doc));
  };
  onCredentialFieldFocus(doc, hand);
  if (asks() || (top && addressMayWarnAlone(addressOf(url)))) hand(false);
  else if (top) {
    stop = watchChanges(doc, () => {
      if (asks()) hand(false);
      return handed;
    });
  }
}
