import { notFound, unprocessable } from '../errors';
import { jsonResponse, param, type ApiRoute } from '../http';
import { parsePageParams } from '../pagination';
import { directoryWire } from '../serialize';
import type { EmulatorState } from '../state';
import { listPage, str } from './list';

export function directoryRoutes(route: ApiRoute, state: EmulatorState): void {
  route('GET', '/directories', (_c, query) => {
    const { store } = state;
    const params = parsePageParams(query);
    const orgId = str(query, 'organization_id');
    if (orgId !== undefined && !store.organizations.has(orgId)) throw unprocessable(`Organization not found: '${orgId.slice(0, 100)}'.`, 'organization_id');
    const search = str(query, 'search')?.toLowerCase();
    const domain = str(query, 'domain')?.toLowerCase();
    const index = orgId !== undefined ? store.directoriesOfOrganization(orgId) : store.directoryIndex;
    // search/domain are predicates over the directory index: directories number in the tens, not thousands.
    const filter = search === undefined && domain === undefined ? undefined : (id: string) => {
      const dir = store.directories.get(id);
      if (!dir) return false;
      if (search !== undefined && !dir.name.toLowerCase().includes(search)) return false;
      if (domain !== undefined) {
        const domains = [dir.domain, ...(store.organizations.get(dir.organization_id)?.domains.map((d) => d.domain) ?? [])];
        if (!domains.some((d) => d?.toLowerCase() === domain)) return false;
      }
      return true;
    };
    return listPage(store, 'directory', index, params, (id) => {
      const dir = store.directories.get(id);
      return dir && directoryWire(dir, store);
    }, filter);
  });

  route('GET', '/directories/:id', (c) => {
    const id = param(c, 'id');
    const dir = state.store.directories.get(id);
    if (!dir) throw notFound('Directory', id);
    return directoryWire(dir, state.store);
  });

  route('DELETE', '/directories/:id', (c) => {
    const id = param(c, 'id');
    if (!state.store.directories.has(id)) throw notFound('Directory', id);
    state.beginDeletion(id);
    return jsonResponse({}, 202);
  });
}
