// The renderer's only door: invoke(channel, input). No Node, no ipcRenderer, nothing else.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('bahi', {
  invoke: (channel: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke('bahi:invoke', channel, input),
});
