// The DevTools pipe the PDF printer drives Chromium through: NUL-ended JSON both ways, answers
// matched to commands by id, events by session, and nothing left waiting once the browser goes.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CdpError, connectPipe, type CdpParams } from '../src/report/cdp-pipe.js';

/** A pipe pair: what the client writes (`sent`, as parsed messages) and a way to answer it. */
function fakeBrowser() {
  const commands = new PassThrough();
  const answers = new PassThrough();
  const sent: Array<{ id: number; method: string; params: CdpParams; sessionId?: string }> = [];
  let rest = '';
  commands.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString('utf8')).split('\0');
    rest = parts.pop() ?? '';
    for (const part of parts) sent.push(JSON.parse(part) as (typeof sent)[number]);
  });
  const write = (...messages: object[]) => answers.write(messages.map((m) => `${JSON.stringify(m)}\0`).join(''));
  return { cdp: connectPipe(commands, answers), sent, answers, write };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('connectPipe', () => {
  it('sends NUL-ended commands with ids and sessions, and matches answers to them in any order', async () => {
    const { cdp, sent, write } = fakeBrowser();
    const version = cdp.send('Browser.getVersion');
    const media = cdp.send('Emulation.setEmulatedMedia', { media: 'print' }, 'S1');
    await tick();
    expect(sent).toEqual([
      { id: 1, method: 'Browser.getVersion', params: {} },
      { id: 2, method: 'Emulation.setEmulatedMedia', params: { media: 'print' }, sessionId: 'S1' },
    ]);
    write({ id: 2, sessionId: 'S1', result: {} }, { id: 1, result: { product: 'Chrome/156' } });
    expect(await version).toEqual({ product: 'Chrome/156' });
    expect(await media).toEqual({});
  });

  it('reads a message split across chunks, and several in one chunk', async () => {
    const { cdp, answers } = fakeBrowser();
    const a = cdp.send('A');
    const b = cdp.send('B');
    const text = `${JSON.stringify({ id: 1, result: { data: 'x'.repeat(100_000) } })}\0${JSON.stringify({ id: 2, result: { ok: true } })}\0`;
    for (let at = 0; at < text.length; at += 7_001) answers.write(Buffer.from(text.slice(at, at + 7_001)));
    expect(((await a) as { data: string }).data).toHaveLength(100_000);
    expect(await b).toEqual({ ok: true });
  });

  it('rejects a command the browser refuses, with its words', async () => {
    const { cdp, write } = fakeBrowser();
    const print = cdp.send('Page.printToPDF', {}, 'S1');
    write({ id: 1, sessionId: 'S1', error: { code: -32000, message: 'Printing failed' } });
    await expect(print).rejects.toThrow('Page.printToPDF: Printing failed');
    await expect(print).rejects.not.toHaveProperty('closed', true);
  });

  it("calls a listener with its session's events only", async () => {
    const { cdp, write } = fakeBrowser();
    const seen: CdpParams[] = [];
    cdp.on('Page.lifecycleEvent', 'S1', (params) => seen.push(params));
    write(
      { method: 'Page.lifecycleEvent', sessionId: 'S2', params: { name: 'load', loaderId: 'other' } },
      { method: 'Page.lifecycleEvent', params: { name: 'load', loaderId: 'browser' } },
      { method: 'Page.lifecycleEvent', sessionId: 'S1', params: { name: 'load', loaderId: 'L1' } },
    );
    await tick();
    expect(seen).toEqual([{ name: 'load', loaderId: 'L1' }]);
  });

  it('rejects what is pending, and what is sent later, once the browser closes the pipe', async () => {
    const { cdp, answers } = fakeBrowser();
    const pending = cdp.send('Target.createTarget', { url: 'about:blank' });
    answers.end();
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CdpError);
    expect(error).toHaveProperty('closed', true);
    await expect(cdp.send('Browser.getVersion')).rejects.toThrow('the browser closed its DevTools pipe');
  });
});
