/**
 * Turns whatever ended a test method abnormally into the message and stack trace a test report
 * shows. Uncaught Apex exceptions read as in an org's ApexTestResult: Message
 * 'System.AssertException: Assertion Failed: ...' and StackTrace 'Class.X.y: line N, column 1'.
 * Runtime gaps (UnsupportedError), compile-time errors Apex would have caught on deploy
 * (CompileError) and bugs of the runtime itself ('internal error: ...') are told apart.
 */
import { CompileError } from '../interpreter/interpreter.ts';
import { exceptionDisplayMessage, exceptionMethod } from '../interpreter/exceptions.ts';
import { ApexThrow, UnsupportedError } from '../values.ts';
import type { TestFailure } from './results.ts';

function apexFailure(error: ApexThrow): TestFailure {
  const exception = error.exception;
  const stack = exceptionMethod(exception, 'getStackTraceString', [])?.value;
  return {
    message: `${exception.cls.name}: ${exceptionDisplayMessage(exception)}`,
    stackTrace: typeof stack === 'string' && stack !== '' ? stack : null,
  };
}

export function describeFailure(error: unknown): TestFailure {
  if (error instanceof ApexThrow) return apexFailure(error);
  if (error instanceof UnsupportedError || error instanceof CompileError) {
    return { message: error.message, stackTrace: null };
  }
  if (error instanceof Error) {
    return { message: `internal error: ${error.message}`, stackTrace: error.stack ?? null };
  }
  return { message: `internal error: ${String(error)}`, stackTrace: null };
}
