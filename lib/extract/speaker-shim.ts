// TEMPORARY until lib/extract/speakers/index.ts lands.
import type { Speaker } from '../types';
import type { Sentence } from './sentences';
export { buildPeopleIndex } from './speakers/people-index';
export type { PeopleIndex } from './speakers/people-index';
import type { PeopleIndex } from './speakers/people-index';

export function reportedSpeaker(s: Sentence[], i: number, p: PeopleIndex): Speaker | null {
  void s;
  void i;
  void p;
  return null;
}
export function resolveName(name: string, s: Sentence[], i: number, p: PeopleIndex): Speaker {
  void s;
  void i;
  void p;
  return { name, role: null };
}
