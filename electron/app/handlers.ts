import { defineHandlers } from '../ipc/router';

export const appHandlers = defineHandlers({
  'app.status': (_input, { workspace }) => workspace.status(),
  'app.openSample': (_input, { workspace }) => workspace.openSample(),
  'app.closeSample': (_input, { workspace }) => workspace.closeSample(),
});
