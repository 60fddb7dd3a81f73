// What every part of the init interview is handed: its own module so that the interview (interview.ts)
// and its sections (interview-*.ts) can share it without importing each other.
import type { Ask } from './ask.js';

/** What the interview needs besides the questions: the audit day, and a way to print section titles. */
export interface InterviewContext {
  ask: Ask;
  now: string;
  say(line: string): void;
}
