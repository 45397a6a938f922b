// Supplier, recipient (bill to) and consignee (ship to) blocks: Rule 46 (a), (d), (e) and (n).
import type { PrintableDocument, PrintableParty } from '../../../shared/invoices/printable';
import { safeLogo, stateLine } from './format';

function Contact({ party }: { party: PrintableParty }) {
  const parts = [
    party.phone ? `Phone: ${party.phone}` : null,
    party.email ? `E-mail: ${party.email}` : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return null;
  return (
    <p className="muted contact">
      {parts.map((p) => (
        <span key={p}>{p}</span>
      ))}
    </p>
  );
}

function Identity({ party }: { party: PrintableParty }) {
  return (
    <>
      <p className="ids">
        GSTIN/UIN: <b>{party.gstin ?? 'Unregistered'}</b>
        {party.pan ? (
          <span className="pan">
            PAN: <b>{party.pan}</b>
          </span>
        ) : null}
      </p>
      <p>{stateLine(party)}</p>
    </>
  );
}

function Address({ party }: { party: PrintableParty }) {
  return (
    <>
      {party.tradeName && party.tradeName !== party.name ? (
        <p className="trade">Trade name: {party.tradeName}</p>
      ) : null}
      {party.addressLines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </>
  );
}

export function SupplierBlock({ supplier }: { supplier: PrintableDocument['supplier'] }) {
  const logo = safeLogo(supplier.logo);
  return (
    <div className="party supplier">
      {logo ? <img src={logo} alt="" /> : null}
      <div>
        <p className="name">{supplier.name}</p>
        <Address party={supplier} />
        <Identity party={supplier} />
        <Contact party={supplier} />
      </div>
    </div>
  );
}

export function PartyBlock({ label, party }: { label: string; party: PrintableParty }) {
  return (
    <div className="party">
      <p className="label">{label}</p>
      <p className="name">{party.name}</p>
      <Address party={party} />
      <Identity party={party} />
      <Contact party={party} />
    </div>
  );
}
