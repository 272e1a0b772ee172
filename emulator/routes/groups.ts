import { notFound, unprocessable } from '../errors';
import { param, type ApiRoute } from '../http';
import { parsePageParams } from '../pagination';
import { groupWire } from '../serialize';
import { SortedIndex } from '../sorted-index';
import type { EmulatorState } from '../state';
import type { GroupRecord } from '../types';
import { listPage, str } from './list';

/** Groups of a directory, or of a user (the spec's replacement for the users' `groups` array). */
function groupsIndex(state: EmulatorState, directoryId: string | undefined, userId: string | undefined): SortedIndex {
  const { store } = state;
  if (directoryId !== undefined && !store.directories.has(directoryId)) throw notFound('Directory', directoryId);
  if (userId !== undefined) {
    const user = store.users.get(userId);
    if (!user) throw notFound('Directory user', userId);
    if (directoryId !== undefined && user.directory_id !== directoryId) return new SortedIndex();
    return store.groupsOfUser(userId);
  }
  if (directoryId === undefined) throw unprocessable("Either 'directory' or 'user' must be provided.", 'directory');
  return store.groupsOfDirectory(directoryId);
}

function findGroup(state: EmulatorState, id: string, directoryId?: string): GroupRecord {
  const group = state.store.groups.get(id);
  if (!group || (directoryId !== undefined && group.directory_id !== directoryId)) throw notFound('Directory group', id);
  return group;
}

export function groupRoutes(route: ApiRoute, state: EmulatorState): void {
  const list = (query: URLSearchParams, directoryId: string | undefined) => {
    const { store } = state;
    const params = parsePageParams(query);
    const index = groupsIndex(state, directoryId, str(query, 'user'));
    return listPage(store, 'group', index, params, (id) => {
      const group = store.groups.get(id);
      return group && groupWire(group);
    });
  };

  route('GET', '/directory_groups', (_c, q) => list(q, str(q, 'directory')));
  route('GET', '/directory_groups/:id', (c) => groupWire(findGroup(state, param(c, 'id'))));
  route('GET', '/directories/:id/groups', (c, q) => list(q, param(c, 'id')));
  route('GET', '/directories/:id/groups/:groupId', (c) => {
    const directoryId = param(c, 'id');
    if (!state.store.directories.has(directoryId)) throw notFound('Directory', directoryId);
    return groupWire(findGroup(state, param(c, 'groupId'), directoryId));
  });
}
