import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/context';
import { App } from './app/App';
import { theme } from './theme';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      {/* Top centre: clear of the toolbar buttons and of the drawer's Save. */}
      <Notifications position="top-center" limit={4} />
      <ApiProvider>
        <App />
      </ApiProvider>
    </MantineProvider>
  </StrictMode>,
);
