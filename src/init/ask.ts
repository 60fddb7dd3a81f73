// The four kinds of question the interview asks, as typed functions over inquirer 13's prompt module
// (its own @inquirer/prompts set), and the "add another?" loop that lists are built with.
import inquirer from 'inquirer';
import type { Validator } from './validators.js';

export interface Choice<T extends string> {
  value: T;
  name?: string;
  description?: string;
  checked?: boolean;
}

/** How the interview asks; an interface so that the interview can be driven without a terminal. */
export interface Ask {
  /** Free text, trimmed. */
  text(message: string, options?: { default?: string; validate?: Validator }): Promise<string>;
  yesNo(message: string, defaultYes: boolean): Promise<boolean>;
  select<T extends string>(message: string, choices: ReadonlyArray<Choice<T>>, defaultValue?: T): Promise<T>;
  checkbox<T extends string>(message: string, choices: ReadonlyArray<Choice<T>>, validate?: (picked: readonly T[]) => true | string): Promise<T[]>;
}

/** Questions on the terminal, one at a time, through inquirer. */
export function terminalAsk(): Ask {
  return {
    async text(message, options = {}) {
      const { value } = await inquirer.prompt<{ value: string }>([
        {
          type: 'input',
          name: 'value',
          message,
          ...(options.default !== undefined ? { default: options.default } : {}),
          ...(options.validate ? { validate: options.validate } : {}),
        },
      ]);
      return value.trim();
    },
    async yesNo(message, defaultYes) {
      const { value } = await inquirer.prompt<{ value: boolean }>([{ type: 'confirm', name: 'value', message, default: defaultYes }]);
      return value;
    },
    async select<T extends string>(message: string, choices: ReadonlyArray<Choice<T>>, defaultValue?: T): Promise<T> {
      const { value } = await inquirer.prompt<{ value: T }>([
        { type: 'select', name: 'value', message, choices: choices.map((c) => ({ ...c })), ...(defaultValue !== undefined ? { default: defaultValue } : {}) },
      ]);
      return value;
    },
    async checkbox<T extends string>(message: string, choices: ReadonlyArray<Choice<T>>, validate?: (picked: readonly T[]) => true | string): Promise<T[]> {
      const { value } = await inquirer.prompt<{ value: T[] }>([
        {
          type: 'checkbox',
          name: 'value',
          message,
          choices: choices.map((c) => ({ ...c })),
          ...(validate ? { validate: (picked: ReadonlyArray<{ value: T }>) => validate(picked.map((p) => p.value)) } : {}),
        },
      ]);
      return value;
    },
  };
}

/**
 * Asks for list entries until the answer to "add another?" is no: `first` opens the list (it may be
 * empty), `next` continues it. Each round adds what `one` returns.
 */
export async function askList<T>(ask: Ask, first: string, next: string, firstDefault: boolean, one: (added: readonly T[]) => Promise<T>): Promise<T[]> {
  const items: T[] = [];
  let more = await ask.yesNo(first, firstDefault);
  while (more) {
    items.push(await one(items));
    more = await ask.yesNo(next, false);
  }
  return items;
}

/** Ctrl-C in a prompt: inquirer rejects with an ExitPromptError, matched by name because its class lives in
 * @inquirer/core, which inquirer installs for itself and this package cannot import. */
export const isPromptCancel = (err: unknown): boolean => err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError');
