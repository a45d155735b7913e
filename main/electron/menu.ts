import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The usual roles, so copy/paste, undo and window handling work as on any desktop app. A packaged
 * build has no developer tools and no reload: at a locked window they would be a way around the
 * lock screen to whatever the page still holds in memory.
 */
export function buildMenu(packaged: boolean): Menu {
  const isMac = process.platform === 'darwin';
  const view: MenuItemConstructorOptions = packaged
    ? { label: 'View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] }
    : { role: 'viewMenu' };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
