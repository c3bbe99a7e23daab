import type { PageKind } from '../detection/types';
import type { MessageKey } from './catalog';
import { accountHomeGuidance } from './kinds/account-home';
import { accountRecoveryGuidance } from './kinds/account-recovery';
import { consentGuidance } from './kinds/consent';
import { deviceCodeGuidance } from './kinds/device-code';
import { passwordResetGuidance } from './kinds/password-reset';
import { securityInfoGuidance } from './kinds/security-info';
import { signInGuidance } from './kinds/sign-in';
import { signOutGuidance } from './kinds/sign-out';
import { signUpGuidance } from './kinds/sign-up';
import type { KindGuidance } from './types';

/** The guidance of every page kind; the type makes a missing kind a compile error. */
export const GUIDANCE: Readonly<Record<PageKind, KindGuidance<MessageKey>>> = {
  'sign-in': signInGuidance,
  'sign-up': signUpGuidance,
  'password-reset': passwordResetGuidance,
  'account-recovery': accountRecoveryGuidance,
  'security-info': securityInfoGuidance,
  'account-home': accountHomeGuidance,
  'sign-out': signOutGuidance,
  'device-code': deviceCodeGuidance,
  consent: consentGuidance,
};
