export { send } from './client';
export * from './messages';
export * from './result';
