// The interview's compliance program: written policies, training, audits and incident response —
// the paperwork and habits HIPAA asks for, as dates and paths the audit can judge.
import { REVIEW_FREQUENCIES, type Policy, type Stack } from '../stack/schema.js';
import { askList, type Ask } from './ask.js';
import type { InterviewContext } from './interview-context.js';
import { dateOnOrAfter, list, optional, pastDate, splitList, uniqueName, wholeNumber } from './validators.js';

type Program = Pick<Stack, 'policies' | 'training' | 'audits' | 'incident_response'>;

/** Topics the checks look for (policies.use-disclosure, policies.breach-notification), then common ones. */
const POLICY_TOPICS = ['use', 'disclosure', 'patient-consent', 'breach-notification', 'incident-response', 'access-control', 'sanctions', 'contingency'];
/** training.topics wants a topic with "password" and one with "phishing". */
const TRAINING_TOPICS = ['hipaa-basics', 'passwords', 'phishing', 'malware', 'device-security', 'incident-reporting'];

/** A checkbox of known topics plus free text for others: together at least `min` topics. */
async function askTopics(ask: Ask, message: string, known: readonly string[], min: number): Promise<string[]> {
  const picked = await ask.checkbox(`${message} (space toggles, Enter confirms)`, known.map((value) => ({ value })));
  const others = splitList(
    await ask.text('Other topics, comma-separated (optional):', {
      validate: (value) => {
        const ok = list('topic', picked.length ? 0 : min)(value);
        if (ok !== true) return picked.length ? ok : `Choose or type at least one topic: ${ok}`;
        const repeat = splitList(value).find((t) => picked.includes(t));
        return repeat === undefined ? true : `'${repeat}' is already chosen above.`;
      },
    }),
  );
  return [...picked, ...others];
}

export async function askCompliance(ctx: InterviewContext): Promise<Program> {
  const program: Program = {};
  const policies = await askPolicies(ctx);
  if (policies.length) program.policies = policies;
  const { ask, say, now } = ctx;

  say('\n== Training ==');
  program.training = {
    interval_months: Number(await ask.text('How often is every staff member retrained, in months?', { default: '12', validate: wholeNumber(1, 120, 'months') })),
    topics: await askTopics(ask, 'Which topics does the security training cover?', TRAINING_TOPICS, 1),
  };

  say('\n== Audits ==');
  const risk = await ask.text('Date of the last security risk analysis (YYYY-MM-DD, empty if never):', { validate: optional(pastDate(now)) });
  const evaluation = await ask.text('Date of the last periodic evaluation (audit) of the safeguards (YYYY-MM-DD, empty if never):', { validate: optional(pastDate(now)) });
  program.audits = {
    risk_analysis: risk || null,
    last_audit: evaluation || null,
    interval_months: Number(await ask.text('How often are the risk analysis and the evaluation repeated, in months?', { default: '12', validate: wholeNumber(1, 120, 'months') })),
    activity_review: await ask.select('How often are audit logs and access reports reviewed?', REVIEW_FREQUENCIES.map((value) => ({ value })), 'monthly'),
  };

  say('\n== Incident response ==');
  const plan = await ask.text('Path of the written incident response plan, relative to the stack file (empty if none):');
  const days = await ask.text('Within how many days of discovering a breach are affected patients told?', { default: '60', validate: wholeNumber(0, 3650, 'days') });
  const drill = await ask.text('Date of the last incident response drill or tabletop exercise (YYYY-MM-DD, empty if never):', { validate: optional(pastDate(now)) });
  program.incident_response = { ...(plan ? { plan } : {}), breach_notification_days: Number(days), last_drill: drill || null };
  return program;
}

async function askPolicies({ ask, say, now }: InterviewContext): Promise<Policy[]> {
  say('\n== Policies: the written privacy and security policies ==');
  return askList<Policy>(ask, 'Add a written policy?', 'Add another policy?', true, async (added) => {
    const name = await ask.text('Policy name (e.g. Use and disclosure of PHI):', { validate: uniqueName('policy', added.map((p) => p.name)) });
    const policy: Policy = { name, covers: await askTopics(ask, `What does "${name}" cover?`, POLICY_TOPICS, 1) };
    const adopted = await ask.text('Date it was adopted (YYYY-MM-DD, optional):', { validate: optional(pastDate(now)) });
    if (adopted) policy.adopted = adopted;
    const reviewed = await ask.text('Date it was last reviewed (YYYY-MM-DD, optional):', {
      validate: optional(adopted ? dateOnOrAfter(adopted, 'the adoption date', now) : pastDate(now)),
    });
    if (reviewed) policy.reviewed = reviewed;
    const document = await ask.text('Path of the written policy, relative to the stack file (optional):');
    if (document) policy.document = document;
    return policy;
  });
}
