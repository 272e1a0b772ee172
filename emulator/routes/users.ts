import { notFound, unprocessable } from '../errors';
import { param, type ApiRoute } from '../http';
import { parsePageParams } from '../pagination';
import { userWire, userWithGroupsWire } from '../serialize';
import { SortedIndex } from '../sorted-index';
import type { EmulatorState } from '../state';
import type { UserRecord } from '../types';
import { indexOf, listPage, str } from './list';

interface UserScope {
  directoryId?: string;
  groupId?: string;
  email?: string;
  idpId?: string;
}

/**
 * Resolves a users listing to an ordered index (directory or group membership), narrowed through
 * the email / idp_id maps when those filters are given. Also returns the directory for rate limiting.
 */
function usersIndex(state: EmulatorState, scope: UserScope): { index: SortedIndex; directoryId: string } {
  const { store } = state;
  let directoryId = scope.directoryId;
  let index: SortedIndex;
  if (scope.groupId !== undefined) {
    const group = store.groups.get(scope.groupId);
    if (!group) throw notFound('Directory group', scope.groupId);
    if (directoryId !== undefined && !store.directories.has(directoryId)) throw notFound('Directory', directoryId);
    if (directoryId !== undefined && group.directory_id !== directoryId) return { index: new SortedIndex(), directoryId };
    directoryId = group.directory_id;
    index = store.membersOfGroup(group.id);
  } else if (directoryId !== undefined) {
    if (!store.directories.has(directoryId)) throw notFound('Directory', directoryId);
    index = store.usersOfDirectory(directoryId);
  } else {
    throw unprocessable("Either 'directory' or 'group' must be provided.", 'directory');
  }
  if (scope.email !== undefined || scope.idpId !== undefined) {
    let candidates: Iterable<string> = scope.email !== undefined
      ? store.usersByEmailIn(directoryId, scope.email)
      : store.usersByIdpIdIn(directoryId, scope.idpId as string);
    const key = (id: string) => store.cursorKey('user', id);
    candidates = [...candidates].filter((id) => {
      const user = store.users.get(id);
      const k = key(id);
      return !!user && !!k && index.has(k) && (scope.idpId === undefined || user.idp_id === scope.idpId);
    });
    index = indexOf(candidates, (id) => store.users.get(id)?.created_at);
  }
  return { index, directoryId };
}

function findUser(state: EmulatorState, id: string, directoryId?: string): UserRecord {
  const user = state.store.users.get(id);
  if (!user || (directoryId !== undefined && user.directory_id !== directoryId)) throw notFound('Directory user', id);
  return user;
}

export function userRoutes(route: ApiRoute, state: EmulatorState): void {
  const { rateLimiter } = state;
  const list = (query: URLSearchParams, scope: UserScope, withGroups: boolean) => {
    const params = parsePageParams(query);
    const { index, directoryId } = usersIndex(state, scope);
    rateLimiter.check(directoryId);
    const { store } = state;
    return listPage(store, 'user', index, params, (id) => {
      const user = store.users.get(id);
      return user && (withGroups ? userWithGroupsWire(user, store) : userWire(user, store));
    });
  };

  route('GET', '/directory_users', (_c, q) =>
    list(q, { directoryId: str(q, 'directory'), groupId: str(q, 'group'), email: str(q, 'email'), idpId: str(q, 'idp_id') }, true));

  route('GET', '/directory_users/:id', (c) => {
    const user = findUser(state, param(c, 'id'));
    rateLimiter.check(user.directory_id);
    return userWithGroupsWire(user, state.store);
  });

  // SDK 12's directory-scoped routes: users without the deprecated `groups` array.
  route('GET', '/directories/:id/users', (c, q) =>
    list(q, { directoryId: param(c, 'id'), groupId: str(q, 'group'), email: str(q, 'email'), idpId: str(q, 'idp_id') }, false));

  route('GET', '/directories/:id/users/:userId', (c) => {
    const directoryId = param(c, 'id');
    if (!state.store.directories.has(directoryId)) throw notFound('Directory', directoryId);
    rateLimiter.check(directoryId);
    return userWire(findUser(state, param(c, 'userId'), directoryId), state.store);
  });
}
