import { Errors, errorReply } from '../http/envelope.ts';
import type { HostRole } from '../http/hosts.ts';
import { isRecord } from '../http/body.ts';
import { json, text, type Reply } from '../http/reply.ts';
import { isSharePath, STATUS_TEXT } from '../drive/shares.ts';
import { FaultReplies, withOkStatus } from './fault-replies.ts';

/**
 * Injected failures. A fault matches on host (an exact host name or a role such as 'drive'),
 * method and path (exact string or RegExp); it fires `times` times (default: until cleared).
 * Without `host`, faults only hit the API hosts (user, drive), so pages and downloads keep working.
 * Without `path`, kinds that belong to one kind of call keep to it: `daily-task-limit` hits offline
 * task creation, `storage-full` task creation / batchCopy / share restore, `region-blocked` share
 * endpoints and sign-in, `risk-limited` and `access-token-expired` drive calls, `rename-uncompleted` and
 * `rename-same-name` a rename (PATCH of one file), `move-to-current` batchMove / batchCopy. Preflights (OPTIONS) and
 * `/__fake/*` helpers are never faulted.
 */
export type FaultKind =
  | 'rate-limit'
  | 'server-error'
  | 'slow'
  | 'malformed-json'
  | 'captcha-required'
  | 'too-frequent'
  | 'daily-task-limit'
  | 'storage-full'
  | 'region-blocked'
  | 'network-drop'
  | 'risk-limited'
  | 'access-token-expired'
  | 'rename-uncompleted'
  | 'rename-same-name'
  | 'move-to-current';

export interface FaultSpec {
  kind: FaultKind;
  host?: string;
  method?: string;
  path?: string | RegExp;
  times?: number;
  /** rate-limit: value of Retry-After (default 1). */
  retryAfterSeconds?: number;
  /** server-error: 500 (JSON envelope, default), 502 or 503 (gateway HTML). */
  status?: 500 | 502 | 503;
  /** slow: delay before the normal answer (default 2000). */
  delayMs?: number;
  /** access-token-expired: the error_code (default 16; OpenList also refreshes on 4121 and 4122). */
  code?: 16 | 4121 | 4122;
  /** too-frequent on the drive host: 'zh_CN' answers in Chinese (code 10 is what marks it, §12). Default 'en'. */
  locale?: 'en' | 'zh_CN';
  /** Answers an error envelope with HTTP 200 instead of its status (some answers arrive like that, §12). */
  okStatus?: boolean;
}

export interface Fault extends FaultSpec {
  readonly id: number;
  hits: number;
}

export interface RequestFacts {
  host: string;
  role: HostRole;
  method: string;
  path: string;
  body: unknown;
}

export type FaultAction =
  { type: 'reply'; reply: Reply } | { type: 'delay'; ms: number } | { type: 'drop' } | { type: 'malform' };

export function createFaults() {
  let faults: Fault[] = [];
  let nextId = 1;
  return {
    add(spec: FaultSpec): Fault {
      const fault: Fault = { ...spec, id: nextId++, hits: 0 };
      faults.push(fault);
      return fault;
    },
    remove(fault: Fault): void {
      faults = faults.filter((f) => f.id !== fault.id);
    },
    clear(): void {
      faults = [];
    },
    list(): readonly Fault[] {
      return faults;
    },
    /** Finds the first matching fault, counts the hit and says what to do. */
    take(facts: RequestFacts): { fault: Fault; action: FaultAction } | undefined {
      if (facts.method === 'OPTIONS' || facts.path.startsWith('/__fake/')) return undefined;
      const fault = faults.find((f) => matches(f, facts));
      if (!fault) return undefined;
      fault.hits++;
      if (fault.times !== undefined && fault.hits >= fault.times) faults = faults.filter((f) => f.id !== fault.id);
      const action = actionFor(fault, facts);
      return {
        fault,
        action:
          fault.okStatus && action.type === 'reply' ? { type: 'reply', reply: withOkStatus(action.reply) } : action,
      };
    },
  };
}

export type Faults = ReturnType<typeof createFaults>;

function matches(fault: Fault, facts: RequestFacts): boolean {
  if (fault.times !== undefined && fault.hits >= fault.times) return false;
  if (
    fault.host
      ? fault.host !== facts.role && fault.host.toLowerCase() !== facts.host
      : facts.role !== 'user' && facts.role !== 'drive'
  )
    return false;
  if (fault.method && fault.method.toUpperCase() !== facts.method) return false;
  if (fault.path !== undefined) {
    return typeof fault.path === 'string' ? fault.path === facts.path : fault.path.test(facts.path);
  }
  return inNaturalScope(fault.kind, facts);
}

function inNaturalScope(kind: FaultKind, facts: RequestFacts): boolean {
  const urlUpload =
    facts.method === 'POST' &&
    facts.path === '/drive/v1/files' &&
    isRecord(facts.body) &&
    facts.body['upload_type'] === 'UPLOAD_TYPE_URL';
  switch (kind) {
    case 'daily-task-limit':
      return facts.role === 'drive' && urlUpload;
    case 'storage-full':
      return (
        facts.role === 'drive' &&
        (urlUpload ||
          (facts.method === 'POST' &&
            (facts.path === '/drive/v1/files:batchCopy' || facts.path === '/drive/v1/share/restore')))
      );
    case 'region-blocked':
      return (
        (facts.role === 'drive' && isSharePath(facts.path)) ||
        (facts.role === 'user' && facts.method === 'POST' && facts.path === '/v1/auth/signin')
      );
    case 'risk-limited':
    case 'access-token-expired':
      return facts.role === 'drive';
    case 'rename-uncompleted':
    case 'rename-same-name':
      return facts.role === 'drive' && facts.method === 'PATCH' && /^\/drive\/v1\/files\/[^/:]+$/.test(facts.path);
    case 'move-to-current':
      return (
        facts.role === 'drive' &&
        facts.method === 'POST' &&
        (facts.path === '/drive/v1/files:batchMove' || facts.path === '/drive/v1/files:batchCopy')
      );
    case 'rate-limit':
    case 'server-error':
    case 'slow':
    case 'malformed-json':
    case 'captcha-required':
    case 'too-frequent':
    case 'network-drop':
      return true;
  }
}

function actionFor(fault: Fault, facts: RequestFacts): FaultAction {
  const onUserHost = facts.role === 'user';
  switch (fault.kind) {
    case 'rate-limit':
      // Guess: body shape for 429 is unknown; code 8 is gRPC RESOURCE_EXHAUSTED, which maps to 429.
      return {
        type: 'reply',
        reply: errorReply(
          { status: 429, error: 'too_many_requests', code: 8, description: 'Too Many Requests' },
          { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
        ),
      };
    case 'server-error':
      if (fault.status === 502 || fault.status === 503) {
        const title = fault.status === 502 ? '502 Bad Gateway' : '503 Service Temporarily Unavailable';
        return {
          type: 'reply',
          reply: text(
            fault.status,
            `<html><head><title>${title}</title></head><body><center><h1>${title}</h1></center></body></html>`,
            'text/html',
          ),
        };
      }
      return {
        type: 'reply',
        reply: errorReply({ status: 500, error: 'internal', code: 13, description: 'Internal Server Error' }),
      };
    case 'slow':
      return { type: 'delay', ms: fault.delayMs ?? 2000 };
    case 'malformed-json':
      return { type: 'malform' };
    case 'captcha-required':
      return { type: 'reply', reply: onUserHost ? Errors.userCaptchaInvalid() : Errors.driveCaptchaInvalid() };
    case 'too-frequent':
      if (onUserHost) return { type: 'reply', reply: Errors.tooFrequentUser() };
      return {
        type: 'reply',
        reply: fault.locale === 'zh_CN' ? FaultReplies.tooFrequentChinese() : Errors.tooFrequentDrive(),
      };
    case 'daily-task-limit':
      return { type: 'reply', reply: Errors.dailyTaskLimit() };
    case 'storage-full':
      return { type: 'reply', reply: Errors.storageFull() };
    case 'region-blocked':
      if (onUserHost) {
        // nianzhibai/91#87: datacenter/blocked IPs get this at sign-in. Guess: HTTP 400 like other invalid_grant.
        return {
          type: 'reply',
          reply: errorReply({ status: 400, error: 'invalid_grant', code: 4126, description: 'AccessProhibited' }),
        };
      }
      return {
        type: 'reply',
        reply: json(200, {
          share_status: 'PROHIBITED',
          share_status_text: STATUS_TEXT.PROHIBITED,
          file_num: '0',
          files: [],
          next_page_token: '',
          pass_code_token: '',
        }),
      };
    case 'network-drop':
      return { type: 'drop' };
    case 'risk-limited':
      return { type: 'reply', reply: FaultReplies.riskLimited() };
    case 'access-token-expired':
      return { type: 'reply', reply: FaultReplies.accessTokenExpired(fault.code ?? 16) };
    case 'rename-uncompleted':
      return { type: 'reply', reply: FaultReplies.renameUncompleted() };
    case 'rename-same-name':
      return { type: 'reply', reply: FaultReplies.renameToSameName() };
    case 'move-to-current':
      return { type: 'reply', reply: FaultReplies.moveToCurrent() };
  }
}
