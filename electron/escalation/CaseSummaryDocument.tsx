// The one-page case summary for the accounts manager: A4 HTML through the same print pipeline as
// statements and reminder letters. Every list is already cut to what fits (summary.ts); long notes
// are shortened here, so a customer with years of history still prints on one page.
import type { IsoDate } from '../../shared/dates';
import { DISPUTE_REASON_LABELS } from '../../shared/disputes/contract';
import {
  firedText,
  ruleText,
  type CaseSummary,
  type EscalationCase,
} from '../../shared/escalation/contract';
import { FOLLOW_UP_KIND_LABELS, FOLLOW_UP_OUTCOME_LABELS } from '../../shared/follow-ups/contract';
import { paise } from '../../shared/money';
import { PROMISE_STATUS_LABELS, PROMISE_STATUSES } from '../../shared/promises/contract';
import { REMINDER_CHANNEL_LABELS, REMINDER_LEVEL_LABELS } from '../../shared/reminders/levels';
import { AgeingTable } from '../documents/print/AgeingTable';
import { MetaGrid, type Cell } from '../documents/print/DocumentMeta';
import { amount, date, rupees } from '../documents/print/format';
import { printPage } from '../documents/print/page';
import { singleDocumentCss } from '../documents/print/styles';
import type { PrintHtmlOptions } from '../documents/print/TaxDocument';

const TITLE = 'Escalation Case Summary';
const day = (iso: string) => date(iso as IsoDate);
const inr = (p: number) => rupees(paise(p));
const num = (p: number) => amount(paise(p));

/** A note cut to a line or two: the whole text stays in the ledger and on screen. */
export const shorten = (text: string | null, max = 90): string =>
  !text ? '' : text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

const CASE_CSS = `
.case { font-size: 8pt; }
.case .party p { margin-bottom: 0.3mm; }
.case .contacts { margin-top: 1mm; }
.why { padding: 1.6mm 2mm; }
.why ul { margin: 0.6mm 0 0; padding-left: 4mm; }
.why .rule { font-weight: 700; }
.cols { display: flex; gap: 2.2mm; }
.cols > div { flex: 1; min-width: 0; }
.list { font-size: 7.4pt; }
.list td { border: 0.5pt solid #666; }
.list td.wrap { overflow-wrap: anywhere; }
.list td.nowrap { white-space: nowrap; }
.list caption { text-align: left; font-size: 6.5pt; font-weight: 700; letter-spacing: 0.05em;
  text-transform: uppercase; color: #555; padding-bottom: 0.6mm; }
.tally { font-size: 7.4pt; color: #333; margin-top: 0.6mm; }
.age td { text-align: right; }
`;

const caseCss = (s: CaseSummary, fontsDir: string | undefined): string =>
  singleDocumentCss({
    fontsDir,
    title: TITLE,
    number: s.customer.code,
    footer: `${TITLE} · ${s.customer.code} · as on ${day(s.asOf)}`,
    css: CASE_CSS,
  });

function Customer({ s }: { s: CaseSummary }) {
  const c = s.customer;
  return (
    <div className="party">
      <p className="label">Customer</p>
      <p className="name">{c.name}</p>
      <p>
        Code <b>{c.code}</b> · GSTIN <b>{c.gstin ?? 'Unregistered'}</b>
      </p>
      {c.email || c.phone ? (
        <p className="muted">{[c.phone, c.email].filter(Boolean).join(' · ')}</p>
      ) : null}
      {c.salesperson ? <p className="muted">Salesperson: {c.salesperson}</p> : null}
      <div className="contacts">
        <p className="label">Contacts</p>
        {c.contacts.length === 0 ? <p className="muted">None recorded</p> : null}
        {c.contacts.map((k, i) => (
          <p key={i}>
            <b>{k.name}</b>
            {k.designation ? `, ${k.designation}` : ''}
            {[k.phone, k.email].filter(Boolean).map((x) => ` · ${x}`)}
          </p>
        ))}
      </div>
    </div>
  );
}

function standing(s: CaseSummary): Cell[][] {
  const a = s.appraisal;
  return [
    [
      { label: 'As On', value: day(s.asOf) },
      { label: 'Credit Days', value: String(s.customer.paymentTermsDays) },
    ],
    [
      {
        label: 'Credit Limit',
        value: s.customer.creditLimit === null ? 'None' : inr(s.customer.creditLimit),
      },
      { label: 'Exposure', value: inr(a.exposure) },
    ],
    [
      {
        label: 'Credit Hold',
        value: s.hold
          ? `On hold since ${day(s.hold.heldOn)}: ${shorten(s.hold.reason, 60)}`
          : 'Not on hold',
      },
    ],
    [
      {
        label: 'Behaviour',
        value:
          a.grade === null
            ? 'New (no due item yet)'
            : `Grade ${a.grade} · score ${a.score ?? ''} · ${a.avgDaysLate} days late on average`,
      },
      {
        label: 'Suggested Limit',
        value: a.suggestedLimit === null ? '—' : inr(a.suggestedLimit),
      },
    ],
  ];
}

function CaseLines({ c }: { c: EscalationCase }) {
  const notes = c.notes.slice(-3);
  return (
    <>
      <p>
        Case {c.id} opened on {day(c.openedOn)} by {c.openedBy}, assigned to <b>{c.assignedTo}</b>
        {c.closedOn
          ? ` · closed on ${day(c.closedOn)} by ${c.closedBy ?? ''}: ${shorten(c.resolution, 120)}`
          : ' · open'}
      </p>
      {notes.map((n) => (
        <p key={n.id} className="muted">
          {day(n.notedOn)} · {n.actor}: {shorten(n.note, 140)}
        </p>
      ))}
      {c.notes.length > notes.length ? (
        <p className="muted">and {c.notes.length - notes.length} earlier notes</p>
      ) : null}
    </>
  );
}

function Why({ s }: { s: CaseSummary }) {
  return (
    <div className="box why gap keep">
      <p className="label">Why escalated</p>
      {s.fired.length === 0 ? (
        <p>No escalation rule is met on {day(s.asOf)}.</p>
      ) : (
        <ul>
          {s.fired.map((r) => (
            <li key={r}>
              <span className="rule">{ruleText(r, s.rules)}</span>: {firedText(r, s)}
            </li>
          ))}
        </ul>
      )}
      {s.case ? <CaseLines c={s.case} /> : <p className="muted">Not escalated before.</p>}
    </div>
  );
}

function Balance({ s }: { s: CaseSummary }) {
  return (
    <div className="gap keep">
      <AgeingTable
        className="summary age"
        caption="Balance by days past due (₹)"
        buckets={s.buckets}
        onAccount={num(s.onAccount)}
        totalLabel="Balance"
        total={num(s.balance)}
      />
      <p className="tally">
        Overdue less disputes <b>{inr(s.overdue)}</b> · in dispute {inr(s.disputed)} · oldest due{' '}
        {s.oldestDueDate ? `${day(s.oldestDueDate)} (${s.oldestDays ?? 0} days)` : '—'}
      </p>
    </div>
  );
}

/** Figures right-aligned, dates kept on one line, text wrapped anywhere. */
const cellClass = (v: string) =>
  /^[\d,.]+$/.test(v) ? 'num' : /^\d{2}-\d{2}-\d{4}$/.test(v) ? 'nowrap' : 'wrap';

/** A small bordered list with a caption, or a line saying there is nothing. */
function List(props: { caption: string; head: string[]; rows: string[][]; empty: string }) {
  return (
    <table className="list gap">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.length === 0 ? (
          <tr>
            <td colSpan={props.head.length}>{props.empty}</td>
          </tr>
        ) : null}
        {props.rows.map((r, i) => (
          <tr key={i}>
            {r.map((v, k) => (
              <td key={k} className={cellClass(v)}>
                {v}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function History({ s }: { s: CaseSummary }) {
  const d = s.disputes;
  const p = s.promises;
  const counts = PROMISE_STATUSES.map(
    (k) => `${p.counts[k]} ${PROMISE_STATUS_LABELS[k].toLowerCase()}`,
  );
  return (
    <div className="cols">
      <div>
        <List
          caption="Disputes"
          head={['Invoice', 'Reason', 'Amount', 'Raised']}
          rows={d.open.map((x) => [
            x.documentNumber,
            DISPUTE_REASON_LABELS[x.reason],
            num(x.amount),
            day(x.raisedOn),
          ])}
          empty="No open dispute"
        />
        <p className="tally">
          {d.openCount} open ({inr(d.openAmount)}) · {d.resolvedCount} resolved
        </p>
        <List
          caption="Promises to pay"
          head={['Made', 'By', 'Amount', 'Received', 'Status']}
          rows={p.recent.map((x) => [
            day(x.madeOn),
            day(x.promisedOn),
            num(x.amount),
            num(x.received),
            PROMISE_STATUS_LABELS[x.status],
          ])}
          empty="No promise recorded"
        />
        <p className="tally">{counts.join(' · ')}</p>
      </div>
      <div>
        <List
          caption="Last follow-ups"
          head={['Date', 'How', 'Outcome', 'With / notes']}
          rows={s.followUps.map((f) => [
            day(f.loggedOn),
            FOLLOW_UP_KIND_LABELS[f.kind],
            FOLLOW_UP_OUTCOME_LABELS[f.outcome],
            shorten([f.contactPerson, f.notes].filter(Boolean).join(' · '), 70),
          ])}
          empty="No follow-up logged"
        />
        <List
          caption="Reminders sent"
          head={['Sent', 'Level', 'By', 'Amount']}
          rows={s.reminders.map((r) => [
            day(r.sentOn),
            REMINDER_LEVEL_LABELS[r.level],
            REMINDER_CHANNEL_LABELS[r.channel],
            num(r.amount),
          ])}
          empty="No reminder sent"
        />
        <p className="tally">{s.remindersSent} sent in all</p>
      </div>
    </div>
  );
}

export function CaseSummaryDocument({
  summary: s,
  company,
}: {
  summary: CaseSummary;
  company: string;
}) {
  return (
    <section className="copy case">
      <header className="titlebar">
        <div className="titles">
          <div className="titlerow">
            <div className="side muted">{company}</div>
            <h1>{TITLE}</h1>
            <div className="side" />
          </div>
        </div>
      </header>
      <div className="box head">
        <div className="parties">
          <Customer s={s} />
        </div>
        <div className="right">
          <MetaGrid rows={standing(s)} />
        </div>
      </div>
      <Why s={s} />
      <Balance s={s} />
      <History s={s} />
    </section>
  );
}

export function caseSummaryHtml(
  summary: CaseSummary,
  company: string,
  options: PrintHtmlOptions = {},
): string {
  return printPage(
    `${TITLE} ${summary.customer.code} ${summary.asOf}`,
    caseCss(summary, options.fontsDir),
    <CaseSummaryDocument summary={summary} company={company} />,
  );
}

export const caseSummaryFileName = (s: CaseSummary) =>
  `${s.customer.code.replace(/[^A-Za-z0-9_-]+/g, '-')} - case summary ${s.asOf}.pdf`;
