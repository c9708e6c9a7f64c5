import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, flushPromises, mountPortal } from '../test-utils';
import { setSession, type SessionUser } from '../composables/session';
import { parse } from 'graphql';
import type { ImportReport } from '../../../shared/import-report';
import ImportPage from './ImportPage.vue';

/** A response whose NDJSON body the test writes line by line, as the server streams it. */
function streamedAnswer() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => (controller = c) });
  const encoder = new TextEncoder();
  return {
    response: { status: 200, body, json: async () => null } as unknown as Response,
    /** Sends text that may hold several lines or half of one. */
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
  };
}

const settle = async () => {
  for (let i = 0; i < 5; i += 1) {
    await new Promise((r) => setTimeout(r, 10));
    await flushPromises();
  }
};

function geographyServer() {
  return fakeServer((op) => {
    if (op.operationName === 'Districts') return { data: { districts: [{ id: 1, code: '071', name: 'Lâm Bình' }] } };
    return { data: { communes: [] } };
  });
}

const errors = Array.from({ length: 45 }, (_, i) => ({
  row: i + 2,
  column: 'Năm sinh',
  field: 'birthYear',
  value: `x${i}`,
  message: 'Năm sinh must be a year',
  messageKey: 'rules.birthYear',
  params: {},
}));
/** The server's report (the type server and web share), as its last NDJSON line. */
const report: ImportReport = {
  type: 'report',
  kind: 'participants',
  mode: 'dry-run',
  fileName: 'ds.csv',
  committed: false,
  rowsRead: 3000,
  created: 2955,
  updated: 0,
  skipped: 0,
  errorCount: 45,
  errors,
  duplicates: [],
  fileError: null,
};

const MANAGER: SessionUser = {
  id: 1,
  name: 'huyen-071',
  displayName: null,
  kind: 'USER',
  role: 'DISTRICT_MANAGER',
  canWrite: true,
  district: { id: 1, name: 'Lâm Bình', code: '071' },
  province: { id: 1, name: 'Tuyên Quang' },
};

describe('the import page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setSession(null);
  });

  it('follows the NDJSON stream with a progress bar, then shows the report with its error rows paged', async () => {
    setSession(MANAGER);
    const answer = streamedAnswer();
    const fetchMock = vi.fn(async () => answer.response);
    vi.stubGlobal('fetch', fetchMock);
    const wrapper = mountPortal(ImportPage, geographyServer().client as never);
    await settle();

    // A CSV of 3,000 data rows: the progress bar's total.
    const csv = ['Họ và tên,Giới tính', ...Array.from({ length: 3000 }, (_, i) => `Người ${i},Nam`)].join('\n');
    const input = wrapper.find('[data-test="import-file"]');
    Object.defineProperty(input.element, 'files', { value: [new File([csv], 'ds.csv', { type: 'text/csv' })] });
    await input.trigger('change');
    expect(wrapper.find('[data-test="import-file-name"]').text()).toContain('ds.csv');
    expect(wrapper.find('[data-test="import-commit"]').attributes('disabled')).toBeDefined();

    await wrapper.find('[data-test="import-dry-run"]').trigger('click');
    await settle();
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/import/participants?mode=dry-run&duplicates=skip&districtId=1',
      expect.objectContaining({ method: 'POST', credentials: 'same-origin', headers: expect.objectContaining({ 'x-requested-with': 'portal-135' }) }),
    );
    expect(wrapper.find('[data-test="import-progress"]').exists()).toBe(true);

    // One line split over two chunks, then a second line: the bar moves with each complete line.
    answer.send('{"type":"progress",');
    answer.send('"rowsRead":1000}\n');
    await settle();
    expect(wrapper.find('.el-progress').attributes('aria-valuenow')).toBe('33');
    answer.send('{"type":"progress","rowsRead":2000}\n');
    await settle();
    expect(wrapper.find('.el-progress').attributes('aria-valuenow')).toBe('67');
    expect(wrapper.find('[data-test="import-report"]').exists()).toBe(false);

    answer.send(`${JSON.stringify(report)}\n`);
    answer.end();
    await settle();
    expect(wrapper.find('[data-test="import-progress"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="import-errorCount"]').text()).toBe('45');
    // The page is in English here: counts are grouped the English way.
    expect(wrapper.find('[data-test="import-created"]').text()).toBe('2,955');
    const rows = () => wrapper.findAll('[data-test="import-errors"] .el-table__body tr').map((tr) => tr.findAll('td').map((td) => td.text()));
    expect(rows()).toHaveLength(20);
    expect(rows()[0]).toEqual(['2', 'Năm sinh', 'x0', 'Năm sinh must be a year']);

    // Paging happens here in the browser: page 3 holds the last 5 errors.
    await wrapper.find('[data-test="import-errors-pager"] .number:nth-child(3)').trigger('click');
    await settle();
    expect(rows()).toHaveLength(5);
    expect(rows()[0][0]).toBe('42');
    // A file with errors is not offered for writing.
    expect(wrapper.find('[data-test="import-commit"]').attributes('disabled')).toBeDefined();
    wrapper.unmount();
  });

  it('asks for the file problem in the page’s language and shows it as the server said it', async () => {
    setSession(MANAGER);
    const answer = streamedAnswer();
    const fetchMock = vi.fn(async () => answer.response);
    vi.stubGlobal('fetch', fetchMock);
    const wrapper = mountPortal(ImportPage, geographyServer().client as never);
    await settle();
    const input = wrapper.find('[data-test="import-file"]');
    Object.defineProperty(input.element, 'files', { value: [new File(['x'], 'ds.csv', { type: 'text/csv' })] });
    await input.trigger('change');
    await wrapper.find('[data-test="import-dry-run"]').trigger('click');
    await settle();
    // The page is in English here: the server is asked for English.
    expect(fetchMock).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ headers: expect.objectContaining({ 'accept-language': 'en' }) }));
    const fileError = { code: 'EMPTY_FILE', message: 'The file is empty', messageKey: 'fileErrors.emptyFile', params: {} };
    answer.send(`${JSON.stringify({ ...report, rowsRead: 0, created: 0, errorCount: 0, errors: [], fileError })}\n`);
    answer.end();
    await settle();
    expect(wrapper.find('[data-test="import-summary"]').text()).toContain('The file cannot be read (EMPTY_FILE)');
    expect(wrapper.find('[data-test="import-summary"]').text()).toContain('The file is empty');
    wrapper.unmount();
  });

  it('after writing people, drops the cached participants so a list shown next asks the server; a dry run drops nothing', async () => {
    setSession(MANAGER);
    const clean = { ...report, errorCount: 0, errors: [] };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        const answer = streamedAnswer();
        const committed = url.includes('mode=commit');
        answer.send(`${JSON.stringify({ ...clean, mode: committed ? 'commit' : 'dry-run', committed })}\n`);
        answer.end();
        return answer.response;
      }),
    );
    const server = geographyServer();
    const COUNT = parse('query Count { participants(first: 1) { totalCount } }');
    server.client.writeQuery({ query: COUNT, data: { participants: { __typename: 'ParticipantConnection', totalCount: 10 } } });
    const wrapper = mountPortal(ImportPage, server.client as never);
    await settle();
    const input = wrapper.find('[data-test="import-file"]');
    Object.defineProperty(input.element, 'files', { value: [new File(['a\n1\n'], 'ds.csv', { type: 'text/csv' })] });
    await input.trigger('change');
    await wrapper.find('[data-test="import-dry-run"]').trigger('click');
    await settle();
    expect(server.client.readQuery({ query: COUNT })).not.toBeNull();

    await wrapper.find('[data-test="import-commit"]').trigger('click');
    await settle();
    expect(wrapper.find('[data-test="import-report"]').exists()).toBe(true);
    expect(server.client.readQuery({ query: COUNT })).toBeNull();
    wrapper.unmount();
  });

  it('says why a request was refused before any row was read', async () => {
    setSession(MANAGER);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => ({
        status: 413,
        body: null,
        statusText: 'Payload Too Large',
        json: async () => ({ error: { code: 'FILE_TOO_LARGE', message: 'The file is over 50 MB' } }),
      })),
    );
    const wrapper = mountPortal(ImportPage, geographyServer().client as never);
    await settle();
    const input = wrapper.find('[data-test="import-file"]');
    Object.defineProperty(input.element, 'files', { value: [new File(['a\n1\n'], 'big.csv')] });
    await input.trigger('change');
    await wrapper.find('[data-test="import-dry-run"]').trigger('click');
    await settle();
    expect(wrapper.find('[data-test="import-failure"]').text()).toContain('The file is over 50 MB (FILE_TOO_LARGE)');
    wrapper.unmount();
  });
});
