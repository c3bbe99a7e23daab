import { z } from 'zod';
import type { Classification } from '../core/detection/types';
import type { SightingRecord } from '../storage/records';

/**
 * One schema per message. `from` says which extension context may send it: `content` (a content
 * script in a tab) or `extension-page` (popup, options, welcome). The router enforces both.
 */

const MAX_URL_LENGTH = 8192;
const tabId = z.number().int().nonnegative();

export const pageReportSchema = z.strictObject({
  type: z.literal('page/report'),
  url: z.string().max(MAX_URL_LENGTH),
});

export const tabStateSchema = z.strictObject({
  type: z.literal('tab/state'),
  tabId,
});

export const recentSightingsSchema = z.strictObject({
  type: z.literal('sightings/recent'),
  limit: z.number().int().min(1).max(100),
});

export interface TabState {
  tabId: number;
  url: string | null;
  classification: Classification | null;
}

export const messageSpecs = {
  'page/report': { schema: pageReportSchema, from: 'content' },
  'tab/state': { schema: tabStateSchema, from: 'extension-page' },
  'sightings/recent': { schema: recentSightingsSchema, from: 'extension-page' },
} as const;

export type MessageType = keyof typeof messageSpecs;
export type SenderContext = (typeof messageSpecs)[MessageType]['from'];
export type Message<T extends MessageType = MessageType> = z.infer<
  (typeof messageSpecs)[T]['schema']
>;

/** What each message answers with. */
export interface Responses {
  'page/report': Classification;
  'tab/state': TabState;
  'sightings/recent': SightingRecord[];
}
