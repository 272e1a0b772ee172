/**
 * Injected faults for tests of the dashboard's error handling: a fault matches a request by method
 * and a regular expression on the path, and either answers a chosen status/body, hangs ("timeout"),
 * or destroys the socket ("close"). `times` bounds how often it fires.
 */
export interface FaultSpec {
  method?: string;
  path: string;
  status?: number;
  body?: unknown;
  retryAfter?: number;
  times?: number;
  mode?: 'status' | 'timeout' | 'close';
}

export interface Fault extends FaultSpec {
  id: string;
  regex: RegExp;
  remaining: number;
  hits: number;
}

export class FaultRegistry {
  private faults: Fault[] = [];
  private seq = 0;

  add(spec: FaultSpec): Fault {
    const fault: Fault = {
      ...spec,
      id: `fault_${++this.seq}`,
      regex: new RegExp(spec.path),
      remaining: spec.times ?? Number.POSITIVE_INFINITY,
      hits: 0,
    };
    this.faults.push(fault);
    return fault;
  }

  clear(): void {
    this.faults = [];
  }

  list(): Omit<Fault, 'regex'>[] {
    return this.faults.map(({ regex: _regex, remaining, ...rest }) => ({ ...rest, remaining: Number.isFinite(remaining) ? remaining : -1 }) as Omit<Fault, 'regex'>);
  }

  /** The first live fault matching the request; consumes one use of it. */
  take(method: string, path: string): Fault | undefined {
    const fault = this.faults.find((f) => f.remaining > 0 && (!f.method || f.method.toUpperCase() === method) && f.regex.test(path));
    if (!fault) return undefined;
    fault.remaining--;
    fault.hits++;
    return fault;
  }
}
