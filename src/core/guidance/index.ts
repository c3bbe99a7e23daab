export * from './address-status';
export * from './catalog';
export * from './links';
export * from './password-strength';
export * from './registry';
export * from './sign-up-steps';
export * from './types';
export * from './view';
