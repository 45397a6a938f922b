import {
  AppShell,
  Badge,
  Button,
  Group,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import {
  IconArrowBackUp,
  IconBuilding,
  IconClipboardList,
  IconFileInvoice,
  IconListCheck,
  IconPackage,
  IconUsers,
} from '@tabler/icons-react';
import { IconUserDollar } from '@tabler/icons-react';
import { IconCreditCard, IconReceiptTax } from '@tabler/icons-react';
import { IconCash } from '@tabler/icons-react';
import { IconChartBar } from '@tabler/icons-react';
import { IconFileDescription } from '@tabler/icons-react';
import { IconHourglass } from '@tabler/icons-react';
import { IconFlag } from '@tabler/icons-react';
import { IconCalendarDollar, IconCalendarRepeat } from '@tabler/icons-react';
import { IconShieldLock } from '@tabler/icons-react';
import { IconPhoneCall } from '@tabler/icons-react';
import { IconMailForward } from '@tabler/icons-react';
import { IconScale } from '@tabler/icons-react';
import { IconBuildingBank } from '@tabler/icons-react';
import { IconArrowsDiff } from '@tabler/icons-react';
import { IconUrgent } from '@tabler/icons-react';
import { useState, type ComponentProps } from 'react';
import type { AppStatus } from '../../../shared/app/contract';
import { useApi } from '../api/context';
import { AuditScreen } from '../audit/AuditScreen';
import { ChequeRegister } from '../cheques/ChequeRegister';
import { CompanySettings } from '../company/CompanySettings';
import {
  CustomerAccountsScreen,
  type CustomerAccountRoute,
  type CustomerAccountsScreenProps,
} from '../customer-accounts/CustomerAccountsScreen';
import { OpenCustomerAccount } from '../customer-accounts/navigation';
import { CustomersScreen } from '../customers/CustomersScreen';
import { InvoicesScreen } from '../invoices/InvoicesScreen';
import { newDocumentRoute, type InvoiceRoute } from '../invoices/route';
import { ItemsScreen } from '../items/ItemsScreen';
import { OrdersScreen } from '../orders/OrdersScreen';
import { ReceiptsScreen } from '../receipts/ReceiptsScreen';
import { DisputesScreen } from '../disputes/DisputesScreen';
import { PaymentPlansScreen } from '../payment-plans/PaymentPlansScreen';
import { PromisesScreen } from '../promises/PromisesScreen';
import { CreditScreen } from '../credit/CreditScreen';
import { EscalationScreen } from '../escalation/EscalationScreen';
import { BooksReconciliationScreen } from '../books-reconciliation/BooksReconciliationScreen';
import { BankReconciliationScreen } from '../bank-reconciliation/BankReconciliationScreen';
import { CustomerReconciliationScreen } from '../customer-reconciliation/CustomerReconciliationScreen';
import {
  OpenCustomerReconciliation,
  type ReconciliationStart,
} from '../customer-reconciliation/navigation';
import { WorklistScreen } from '../follow-ups/WorklistScreen';
import { RemindersScreen } from '../reminders/RemindersScreen';
import { defaultAgeingRoute, type AgeingRoute } from '../reports/ageing/ageingForm';
import { AgeingScreen, type AgeingScreenProps } from '../reports/ageing/AgeingScreen';
import { CollectionsScreen } from '../reports/collections/CollectionsScreen';
import { OpenStatement, type StatementRoute } from '../reports/statements/navigation';
import {
  StatementsScreen,
  type StatementsScreenProps,
} from '../reports/statements/StatementsScreen';
import { newReceiptRoute, type ReceiptRoute } from '../receipts/route';
import { TdsRegister } from '../tds/TdsRegister';
import { useGlobalKeys } from '../ui/keys';
import { notifyError } from '../ui/notify';

type Screen =
  | 'customers'
  | 'items'
  | 'orders'
  | 'invoices'
  | 'receipts'
  | 'customerAccounts'
  | 'statements'
  | 'company'
  | 'audit'
  | 'cheques'
  | 'tds'
  | 'ageing'
  | 'disputes'
  | 'promises'
  | 'paymentPlans'
  | 'credit'
  | 'escalation'
  | 'worklist'
  | 'reminders'
  | 'collections'
  | 'booksReconciliation'
  | 'bankReconciliation'
  | 'customerReconciliation';

interface NavEntry {
  screen: Screen;
  label: string;
  icon: typeof IconUsers;
}

// In the order of the desk's day: bill, bank the money, chase, report, reconcile, set up.
const NAV: { group: string; entries: NavEntry[] }[] = [
  {
    group: 'Billing',
    entries: [
      { screen: 'customers', label: 'Customers', icon: IconUsers },
      { screen: 'items', label: 'Items', icon: IconPackage },
      { screen: 'orders', label: 'Estimates & orders', icon: IconClipboardList },
      { screen: 'invoices', label: 'Invoices', icon: IconFileInvoice },
    ],
  },
  {
    group: 'Money in',
    entries: [
      { screen: 'receipts', label: 'Receipts', icon: IconCash },
      { screen: 'cheques', label: 'Cheques', icon: IconCreditCard },
      { screen: 'customerAccounts', label: 'Customer accounts', icon: IconUserDollar },
      { screen: 'tds', label: 'TDS register', icon: IconReceiptTax },
    ],
  },
  {
    group: 'Collections',
    entries: [
      { screen: 'worklist', label: 'Worklist', icon: IconPhoneCall },
      { screen: 'reminders', label: 'Reminders', icon: IconMailForward },
      { screen: 'promises', label: 'Promises', icon: IconCalendarDollar },
      { screen: 'disputes', label: 'Disputes', icon: IconFlag },
      { screen: 'paymentPlans', label: 'Payment plans', icon: IconCalendarRepeat },
      { screen: 'credit', label: 'Credit control', icon: IconShieldLock },
      { screen: 'escalation', label: 'Escalations', icon: IconUrgent },
    ],
  },
  {
    group: 'Reports',
    entries: [
      { screen: 'ageing', label: 'Ageing', icon: IconHourglass },
      { screen: 'statements', label: 'Statements', icon: IconFileDescription },
      { screen: 'collections', label: 'Collections & DSO', icon: IconChartBar },
    ],
  },
  {
    group: 'Reconciliation',
    entries: [
      { screen: 'bankReconciliation', label: 'Bank reconciliation', icon: IconBuildingBank },
      { screen: 'customerReconciliation', label: 'Customer reconciliation', icon: IconArrowsDiff },
      { screen: 'booksReconciliation', label: 'Books reconciliation', icon: IconScale },
    ],
  },
  {
    group: 'Set-up',
    entries: [
      { screen: 'company', label: 'Company', icon: IconBuilding },
      { screen: 'audit', label: 'Audit trail', icon: IconListCheck },
    ],
  },
];

interface ShellProps {
  status: AppStatus;
  onStatus: (status: AppStatus) => void;
  reloadStatus: () => void;
}

export function Shell({ status, onStatus, reloadStatus }: ShellProps) {
  const api = useApi();
  const [screen, setScreen] = useState<Screen>('customers');
  const [invoiceRoute, setInvoiceRoute] = useState<InvoiceRoute>({ view: 'list' });
  const [receiptRoute, setReceiptRoute] = useState<ReceiptRoute>({ view: 'list' });
  const openDocument = (id: number) => {
    setScreen('invoices');
    setInvoiceRoute({ view: 'show', id });
  };
  const [leaving, setLeaving] = useState(false);
  const [accountRoute, setAccountRoute] = useState<CustomerAccountRoute>({
    customerId: null,
    from: null,
    to: null,
  });
  const openCustomerAccount = (customerId: number) => {
    setAccountRoute((r) => ({ ...r, customerId }));
    setScreen('customerAccounts');
  };
  const [statementRoute, setStatementRoute] = useState<StatementRoute>({
    customerId: null,
    from: null,
    to: null,
  });
  const openStatement = (route: StatementRoute) => {
    setStatementRoute(route);
    setScreen('statements');
  };
  const statements: StatementsScreenProps = { route: statementRoute, onRoute: setStatementRoute };
  const [reconciliation, setReconciliation] = useState<ReconciliationStart | null>(null);
  const openReconciliation = (start: ReconciliationStart) => {
    setReconciliation(start);
    setScreen('customerReconciliation');
  };
  const [ageingRoute, setAgeingRoute] = useState<AgeingRoute>(() => defaultAgeingRoute());
  const ageing: AgeingScreenProps = {
    route: ageingRoute,
    onRoute: setAgeingRoute,
    onOpenDocument: openDocument,
    onOpenReceipt: (id) => {
      setScreen('receipts');
      setReceiptRoute({ view: 'show', id });
    },
  };
  const customerAccounts: CustomerAccountsScreenProps = {
    route: accountRoute,
    onRoute: setAccountRoute,
    onOpenDocument: (id) => {
      setScreen('invoices');
      setInvoiceRoute({ view: 'show', id });
    },
    onOpenReceipt: (id) => {
      setScreen('receipts');
      setReceiptRoute({ view: 'show', id });
    },
  };

  const go = (s: Screen) => {
    setScreen(s);
    // The Invoices entry always lands on the list, as Tally's menu does.
    if (s === 'invoices') setInvoiceRoute({ view: 'list' });
    if (s === 'receipts') setReceiptRoute({ view: 'list' });
  };

  useGlobalKeys({
    altI: () => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      setScreen('invoices');
      setInvoiceRoute(newDocumentRoute('invoice'));
    },
    f6: () => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      setScreen('receipts');
      setReceiptRoute(newReceiptRoute());
    },
  });

  const closeSample = async () => {
    setLeaving(true);
    const r = await api.app.closeSample();
    setLeaving(false);
    if (r.ok) onStatus(r.data);
    else notifyError(r.error.message, 'Could not leave the sample company');
  };

  return (
    <AppShell header={{ height: 48 }} navbar={{ width: 228, breakpoint: 0 }} padding="md">
      <AppShell.Header bg="ledger.9" c="white" withBorder={false}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap">
            <Text className="bahi-brand" size="lg" c="white">
              Bahi
            </Text>
            <Text size="sm" c="ledger.1" style={{ opacity: 0.55 }}>
              |
            </Text>
            <Text size="sm" fw={600} c="white" data-testid="company-name" truncate>
              {status.companyName}
            </Text>
            {status.isSample && (
              <Badge
                color="yellow.3"
                variant="filled"
                c="dark.8"
                radius="sm"
                data-testid="sample-badge"
              >
                Sample company
              </Badge>
            )}
          </Group>
          {status.isSample && (
            <Button
              size="xs"
              variant="white"
              color="dark"
              leftSection={<IconArrowBackUp size={14} />}
              loading={leaving}
              onClick={() => void closeSample()}
            >
              Back to my ledger
            </Button>
          )}
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" bg="white">
        {/* Scrolls on a short screen, so Company and Audit trail are never out of reach. */}
        <AppShell.Section grow component={ScrollArea} type="auto" scrollbarSize={6}>
          <Stack gap={0} component="nav" aria-label="Main">
            {NAV.map(({ group, entries }) => (
              <div key={group}>
                <Text size="xs" c="dimmed" fw={600} px="xs" pt={6} pb={2} tt="uppercase" lts={0.4}>
                  {group}
                </Text>
                {entries.map(({ screen: s, label, icon: Icon }) => (
                  <NavLink
                    key={s}
                    component="button"
                    label={label}
                    active={screen === s}
                    leftSection={<Icon size={17} stroke={1.6} />}
                    onClick={() => go(s)}
                    aria-current={screen === s ? 'page' : undefined}
                    py={5}
                    styles={{
                      root: { borderRadius: 4 },
                      label: { fontSize: 13.5, fontWeight: 500 },
                    }}
                  />
                ))}
              </div>
            ))}
          </Stack>
        </AppShell.Section>
        <AppShell.Section>
          <Tooltip label={status.ledgerPath} multiline maw={320} openDelay={400}>
            <Text size="xs" c="dimmed" px="xs" pb={4}>
              Bahi {status.version} · ledger v{status.schemaVersion}
            </Text>
          </Tooltip>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main h="100dvh" style={{ display: 'flex', flexDirection: 'column' }}>
        <OpenCustomerAccount.Provider value={openCustomerAccount}>
          <OpenStatement.Provider value={openStatement}>
            <OpenCustomerReconciliation.Provider value={openReconciliation}>
              <ScreenView
                screen={screen}
                reloadStatus={reloadStatus}
                invoiceRoute={invoiceRoute}
                onInvoiceRoute={setInvoiceRoute}
                customerAccounts={customerAccounts}
                receipts={{
                  route: receiptRoute,
                  onRoute: setReceiptRoute,
                  onOpenDocument: openDocument,
                }}
                statements={statements}
                ageing={ageing}
                reconciliation={reconciliation}
              />
            </OpenCustomerReconciliation.Provider>
          </OpenStatement.Provider>
        </OpenCustomerAccount.Provider>
      </AppShell.Main>
    </AppShell>
  );
}

interface ScreenViewProps {
  screen: Screen;
  reloadStatus: () => void;
  invoiceRoute: InvoiceRoute;
  onInvoiceRoute: (route: InvoiceRoute) => void;
  customerAccounts: CustomerAccountsScreenProps;
  receipts: ComponentProps<typeof ReceiptsScreen>;
  statements: StatementsScreenProps;
  ageing: AgeingScreenProps;
  reconciliation: ReconciliationStart | null;
}

function ScreenView({
  screen,
  reloadStatus,
  invoiceRoute,
  onInvoiceRoute,
  customerAccounts,
  receipts,
  statements,
  ageing,
  reconciliation,
}: ScreenViewProps) {
  switch (screen) {
    case 'customers':
      return <CustomersScreen />;
    case 'items':
      return <ItemsScreen />;
    case 'orders':
      return <OrdersScreen />;
    case 'invoices':
      return <InvoicesScreen route={invoiceRoute} onRoute={onInvoiceRoute} />;
    case 'receipts':
      return <ReceiptsScreen {...receipts} />;
    case 'customerAccounts':
      return <CustomerAccountsScreen {...customerAccounts} />;
    case 'statements':
      return <StatementsScreen {...statements} />;
    case 'cheques':
      return <ChequeRegister />;
    case 'tds':
      return <TdsRegister />;
    case 'ageing':
      return <AgeingScreen {...ageing} />;
    case 'disputes':
      return <DisputesScreen onOpenDocument={ageing.onOpenDocument} />;
    case 'promises':
      return <PromisesScreen />;
    case 'paymentPlans':
      return <PaymentPlansScreen />;
    case 'credit':
      return <CreditScreen />;
    case 'escalation':
      return <EscalationScreen />;
    case 'worklist':
      return <WorklistScreen />;
    case 'reminders':
      return <RemindersScreen />;
    case 'collections':
      return <CollectionsScreen />;
    case 'bankReconciliation':
      return <BankReconciliationScreen />;
    case 'booksReconciliation':
      return <BooksReconciliationScreen />;
    case 'customerReconciliation':
      return <CustomerReconciliationScreen start={reconciliation} />;
    case 'company':
      return <CompanySettings onSaved={reloadStatus} />;
    case 'audit':
      return <AuditScreen />;
  }
}
