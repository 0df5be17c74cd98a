import { reduceErrors } from 'c/ldsUtils';

describe('c/ldsUtils reduceErrors', () => {
  it('reads an Apex or network error from body.message', () => {
    const error = { body: { message: 'Case not accessible' }, ok: false, status: 400 };

    expect(reduceErrors(error)).toEqual(['Case not accessible']);
  });

  it('reduces an array of errors of mixed shapes, in order', () => {
    const errors = [
      { body: { message: 'first' } },
      new Error('second'),
      { body: [{ message: 'third' }, { message: 'fourth' }] },
    ];

    expect(reduceErrors(errors)).toEqual(['first', 'second', 'third', 'fourth']);
  });

  it('reads UI API read errors from a body array', () => {
    const error = { body: [{ message: 'Invalid field' }, { message: 'No access' }] };

    expect(reduceErrors(error)).toEqual(['Invalid field', 'No access']);
  });

  it('reads page-level errors from body.pageErrors', () => {
    const error = {
      body: {
        message: 'ignored when page errors exist',
        pageErrors: [
          { statusCode: 'INSUFFICIENT_ACCESS', message: 'Insufficient access' },
          { statusCode: 'OTHER', message: 'Another page error' },
        ],
      },
    };

    expect(reduceErrors(error)).toEqual(['Insufficient access', 'Another page error']);
  });

  it('reads field-level errors from body.fieldErrors, across fields', () => {
    const error = {
      body: {
        pageErrors: [],
        fieldErrors: {
          Subject: [{ message: 'Subject is required' }],
          Status: [{ message: 'Bad value' }, { message: 'Restricted picklist' }],
        },
      },
    };

    expect(reduceErrors(error)).toEqual([
      'Subject is required',
      'Bad value',
      'Restricted picklist',
    ]);
  });

  it('reads UI API DML page-level errors as "errorCode (message)"', () => {
    const error = {
      body: {
        message: 'An error occurred while trying to update the record.',
        output: {
          errors: [
            { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Close the case first' },
            { message: 'message only' },
            { errorCode: 'CODE_ONLY' },
            'not an object',
          ],
          fieldErrors: {},
        },
      },
    };

    expect(reduceErrors(error)).toEqual([
      'FIELD_CUSTOM_VALIDATION_EXCEPTION (Close the case first)',
      'message only',
      'CODE_ONLY',
    ]);
  });

  it('reads UI API DML field-level errors from body.output.fieldErrors', () => {
    const error = {
      body: {
        message: 'An error occurred while trying to update the record.',
        output: {
          errors: [],
          fieldErrors: { Email: [{ message: 'Invalid email' }] },
        },
      },
    };

    expect(reduceErrors(error)).toEqual(['Invalid email']);
  });

  it('falls back to body.message when the structured lists are empty', () => {
    const error = {
      body: {
        message: 'Top-level message',
        pageErrors: [],
        fieldErrors: {},
        output: { errors: [], fieldErrors: {} },
      },
    };

    expect(reduceErrors(error)).toEqual(['Top-level message']);
  });

  it('reads a JavaScript error message', () => {
    expect(reduceErrors(new TypeError('x is undefined'))).toEqual(['x is undefined']);
  });

  it('falls back to the HTTP status text for an unknown shape', () => {
    expect(reduceErrors({ body: { unexpected: true }, statusText: 'Service Unavailable' })).toEqual(
      ['Service Unavailable'],
    );
  });

  it('drops empty, missing and non-object errors and empty messages', () => {
    const errors = [
      null,
      undefined,
      'a bare string',
      42,
      { body: { message: '' } },
      { body: [{ message: '' }, { noMessage: true }, 'not an object'] },
      { body: { fieldErrors: { Name: 'not an array' } } },
      {},
    ];

    expect(reduceErrors(errors)).toEqual([]);
  });

  it('returns an empty list for no error at all', () => {
    expect(reduceErrors(undefined)).toEqual([]);
    expect(reduceErrors([])).toEqual([]);
  });
});
