/**
 * The interpreter's state and its object model: class statics (initialised on first use, reset
 * per test), object creation and constructor chaining, method dispatch (virtual, static,
 * super, stubs, natives), properties, exceptions, coverage and governor counters.
 * Statements and expressions are evaluated in statements.ts and expressions.ts.
 */
import type { ConstructorDecl, Expr, MethodDecl, Parameter, Stmt, TypeRef } from '../ast.ts';
import { ApexList, ApexMap, ApexSet } from '../collections.ts';
import { keyHash, operatorEquals, type EqualityHooks } from '../equality.ts';
import type { NativeClass, NativeContext, RuntimeServices } from '../natives.ts';
import {
  ApexInstance,
  ApexThrow,
  OBJECT_TYPE,
  TypeValue,
  UnsupportedError,
  type ApexType,
  type ApexValue,
} from '../values.ts';
import type { ClassInfo, PropertyInfo } from './class-info.ts';
import { coerce } from './coercion.ts';
import { dmlExceptionMethod, exceptionMethod, initException } from './exceptions.ts';
import type { Frame } from './frame.ts';
import { createNativeContext } from './native-context.ts';
import { selectNative, selectUserOverload } from './overloads.ts';
import type { Platform } from './platform.ts';
import type { TypeRegistry } from './registry.ts';
import { Scope } from './scope.ts';
import { execBlock } from './statements.ts';
import { evalExpr } from './expressions.ts';
import { stringifyValue } from './stringify.ts';

/** A compile-time error Apex would have reported on deploy (the runtime only finds it when run). */
export class CompileError extends Error {}

const MAX_STACK_DEPTH = 1000;

export class Interpreter {
  readonly ctx: NativeContext;
  readonly hooks: EqualityHooks;
  /** Lines executed, per file. */
  readonly coverage = new Map<string, Set<number>>();
  /** Statements executed since the counters were last read (CPU estimate). */
  statementCount = 0;
  currentFile = '';
  currentLine = 0;
  private statics = new Map<ClassInfo, Map<string, ApexValue>>();
  private depth = 0;
  private readonly callStack: { cls: string; method: string; line: number }[] = [];
  private readonly resolvedTypes = new WeakMap<TypeRef, ApexType>();

  constructor(
    readonly registry: TypeRegistry,
    readonly platform: Platform,
    readonly services: RuntimeServices,
  ) {
    this.hooks = {
      userEquals: (a, b) => this.userEquals(a, b),
      userHashCode: (a) => this.userHashCode(a),
    };
    this.ctx = createNativeContext(this);
  }

  // ------------------------------------------------------------------ statics and types

  /** Forgets every class's static state (a new transaction: each test method starts here). */
  resetStatics(): void {
    this.statics = new Map();
  }

  staticsOf(cls: ClassInfo): Map<string, ApexValue> {
    let values = this.statics.get(cls);
    if (values) return values;
    values = new Map();
    this.statics.set(cls, values);
    this.runStaticInitialisers(cls, values);
    return values;
  }

  private runStaticInitialisers(cls: ClassInfo, values: Map<string, ApexValue>): void {
    if (!cls.decl) return;
    for (const field of cls.fields.values())
      if (field.isStatic) values.set(field.name.toLowerCase(), null);
    for (const property of cls.properties.values()) {
      if (property.isStatic) values.set(property.name.toLowerCase(), null);
    }
    const frame = this.staticFrame(cls);
    for (const member of cls.decl.members) {
      if (member.kind === 'field' && member.modifiers.includes('static')) {
        const type = this.resolveType(member.type, cls);
        for (const declarator of member.declarators) {
          if (!declarator.init) continue;
          this.hit(cls.file ?? '', declarator.line);
          values.set(
            declarator.name.toLowerCase(),
            this.coerce(evalExpr(this, frame, declarator.init), type),
          );
        }
      } else if (member.kind === 'initializer' && member.isStatic) {
        execBlock(this, frame, member.body);
      }
    }
  }

  staticFrame(cls: ClassInfo, enforceSharing = cls.sharing === 'with'): Frame {
    return { cls, self: null, scope: new Scope(), file: cls.file ?? '', enforceSharing };
  }

  resolveType(ref: TypeRef, from: ClassInfo): ApexType {
    const cached = this.resolvedTypes.get(ref);
    if (cached) return cached;
    const type = this.registry.resolve(ref, from);
    if (!type) {
      throw new CompileError(
        `Invalid type: ${ref.names.join('.')} at ${from.file ?? from.name}:${ref.line}`,
      );
    }
    this.resolvedTypes.set(ref, type);
    return type;
  }

  classOf(type: ApexType): ClassInfo | undefined {
    return type.kind === 'class' ? this.registry.classByName(type.name) : undefined;
  }

  coerce(value: ApexValue, type: ApexType): ApexValue {
    return coerce(value, type, this.ctx, this.registry);
  }

  // ------------------------------------------------------------------ values

  newList(elem: ApexType, items: ApexValue[] = []): ApexList {
    return new ApexList(elem, items);
  }

  newSet(elem: ApexType): ApexSet {
    return new ApexSet(elem, this.hooks);
  }

  newMap(key: ApexType, value: ApexType): ApexMap {
    return new ApexMap(key, value, this.hooks);
  }

  equals(a: ApexValue, b: ApexValue): boolean {
    return operatorEquals(a, b, this.hooks);
  }

  hashCode(value: ApexValue): number {
    return keyHash(value, this.hooks);
  }

  stringify(value: ApexValue): string {
    return stringifyValue(this, value);
  }

  private userEquals(a: ApexInstance, b: ApexValue): boolean | undefined {
    const method = this.findUserMethod(a.cls.name, 'equals', 1);
    if (!method) return undefined;
    return this.invokeUser(method.cls, method.decl, a, [b]) === true;
  }

  private userHashCode(a: ApexInstance): number | undefined {
    const method = this.findUserMethod(a.cls.name, 'hashcode', 0);
    if (!method) return undefined;
    return this.invokeUser(method.cls, method.decl, a, []) as number;
  }

  // ------------------------------------------------------------------ errors and bookkeeping

  /** A system exception of `typeName` ('System.QueryException') raised at the current line. */
  error(typeName: string, message: string): ApexThrow {
    const cls = this.registry.classByName(typeName);
    if (!cls) throw new UnsupportedError(`system exception type ${typeName}`);
    const instance = new ApexInstance(cls);
    initException(instance, message, null, this.currentLine, this.stackTrace());
    return new ApexThrow(instance);
  }

  nullPointer(): ApexThrow {
    return this.error('System.NullPointerException', 'Attempt to de-reference a null object');
  }

  unsupported(what: string, line = this.currentLine): UnsupportedError {
    return new UnsupportedError(what, this.currentFile, line);
  }

  compileError(message: string, line = this.currentLine): CompileError {
    return new CompileError(`${message} at ${this.currentFile}:${line}`);
  }

  hit(file: string, line: number): void {
    this.currentFile = file;
    this.currentLine = line;
    // The stack trace shows the line each frame is executing, as Salesforce's does.
    const top = this.callStack[this.callStack.length - 1];
    if (top) top.line = line;
    this.statementCount++;
    let lines = this.coverage.get(file);
    if (!lines) {
      lines = new Set();
      this.coverage.set(file, lines);
    }
    lines.add(line);
  }

  stackTrace(): string {
    return this.callStack
      .slice()
      .reverse()
      .map((entry) => `Class.${entry.cls}.${entry.method}: line ${entry.line}, column 1`)
      .join('\n');
  }

  // ------------------------------------------------------------------ objects

  /** `new Foo(args)` for a user class or a built-in exception. */
  instantiate(cls: ClassInfo, args: ApexValue[]): ApexInstance {
    if (cls.kind !== 'class' || cls.isAbstract) {
      throw this.compileError(`Abstract classes and interfaces cannot be constructed: ${cls.name}`);
    }
    const instance = new ApexInstance(cls);
    this.construct(cls, instance, args);
    return instance;
  }

  isException(cls: ClassInfo): boolean {
    return this.registry.isSubclass(cls.name, 'System.Exception');
  }

  private construct(cls: ClassInfo, instance: ApexInstance, args: ApexValue[]): void {
    if (cls.isBuiltin) {
      this.constructException(instance, args);
      return;
    }
    if (cls.constructors.length === 0) {
      const parent = this.registry.superclassOf(cls);
      // Exception classes get the four Exception constructors without declaring them.
      if (parent && this.isException(parent)) this.construct(parent, instance, args);
      else {
        if (args.length > 0) throw this.compileError(`Constructor not defined: ${cls.name}`);
        if (parent) this.construct(parent, instance, []);
      }
      this.runInstanceInitialisers(cls, instance);
      return;
    }
    const ctor = selectUserOverload(this, cls, cls.constructors, args);
    if (!ctor)
      throw this.compileError(`Constructor not defined: ${cls.name} (${args.length} arguments)`);
    this.runConstructor(cls, ctor, instance, args);
  }

  private constructException(instance: ApexInstance, args: ApexValue[]): void {
    const [first = null, second = null] = args;
    const message = typeof first === 'string' ? first : null;
    const cause = first instanceof ApexInstance ? first : second;
    initException(instance, message, cause, this.currentLine, this.stackTrace());
  }

  private runConstructor(
    cls: ClassInfo,
    ctor: ConstructorDecl,
    instance: ApexInstance,
    args: ApexValue[],
  ): void {
    const frame = this.methodFrame(cls, instance, ctor.params, args);
    const [first, ...rest] = ctor.body.stmts;
    const chained = first && chainedConstructorCall(first);
    this.enter(cls.name, '<init>', ctor.line);
    try {
      if (chained) {
        this.hit(frame.file, first.line);
        const chainArgs = chained.args.map((arg) => evalExpr(this, frame, arg));
        if (chained.name === 'this') {
          const target = selectUserOverload(this, cls, cls.constructors, chainArgs);
          if (!target) throw this.compileError(`Constructor not defined: ${cls.name}`);
          this.runConstructor(cls, target, instance, chainArgs);
        } else {
          this.constructParent(cls, instance, chainArgs);
          this.runInstanceInitialisers(cls, instance);
        }
      } else {
        this.constructParent(cls, instance, []);
        this.runInstanceInitialisers(cls, instance);
      }
      execBlock(this, frame, {
        kind: 'block',
        line: ctor.body.line,
        stmts: chained ? rest : ctor.body.stmts,
      });
    } finally {
      this.leave();
    }
  }

  private constructParent(cls: ClassInfo, instance: ApexInstance, args: ApexValue[]): void {
    const parent = this.registry.superclassOf(cls);
    if (parent) this.construct(parent, instance, args);
    else if (args.length > 0) throw this.compileError(`${cls.name} has no superclass`);
  }

  private runInstanceInitialisers(cls: ClassInfo, instance: ApexInstance): void {
    if (!cls.decl) return;
    for (const field of cls.fields.values()) {
      if (!field.isStatic) instance.fields.set(field.name.toLowerCase(), null);
    }
    for (const property of cls.properties.values()) {
      if (!property.isStatic) instance.fields.set(property.name.toLowerCase(), null);
    }
    const frame: Frame = {
      cls,
      self: instance,
      scope: new Scope(),
      file: cls.file ?? '',
      enforceSharing: cls.sharing === 'with',
    };
    for (const member of cls.decl.members) {
      if (member.kind === 'field' && !member.modifiers.includes('static')) {
        const type = this.resolveType(member.type, cls);
        for (const declarator of member.declarators) {
          if (!declarator.init) continue;
          this.hit(frame.file, declarator.line);
          instance.fields.set(
            declarator.name.toLowerCase(),
            this.coerce(evalExpr(this, frame, declarator.init), type),
          );
        }
      } else if (member.kind === 'initializer' && !member.isStatic) {
        execBlock(this, frame, member.body);
      }
    }
  }

  // ------------------------------------------------------------------ methods

  /** The most derived user method `name` with `arity` parameters, starting at class `start`. */
  findUserMethod(
    start: string,
    name: string,
    arity: number,
  ): { cls: ClassInfo; decl: MethodDecl } | undefined {
    for (let cls = this.registry.classByName(start); cls; cls = this.registry.superclassOf(cls)) {
      const decl = cls.methods.get(name)?.find((m) => m.params.length === arity && m.body);
      if (decl) return { cls, decl };
    }
    return undefined;
  }

  /** All overloads of `name` visible from `cls` upward (most derived first). */
  methodsOf(cls: ClassInfo, name: string): { cls: ClassInfo; decl: MethodDecl }[] {
    const found: { cls: ClassInfo; decl: MethodDecl }[] = [];
    const seen = new Set<string>();
    const visit = (current: ClassInfo | undefined): void => {
      for (; current; current = this.registry.superclassOf(current)) {
        for (const decl of current.methods.get(name) ?? []) {
          const signature = decl.params.map((p) => p.type.names.join('.').toLowerCase()).join(',');
          if (seen.has(signature)) continue;
          seen.add(signature);
          found.push({ cls: current, decl });
        }
        for (const iface of this.registry.interfacesOf(current)) {
          visit(this.registry.classByName(iface));
        }
      }
    };
    visit(cls);
    return found;
  }

  /** Calls an instance method by name with virtual dispatch (stubs and exceptions included). */
  callInstance(
    target: ApexInstance,
    name: string,
    args: ApexValue[],
    startAt?: ClassInfo,
  ): ApexValue {
    const lower = name.toLowerCase();
    const runtimeClass = startAt ?? this.registry.classByName(target.cls.name);
    if (!runtimeClass) throw this.unsupported(`class ${target.cls.name}`);
    if (target.stubProvider && !startAt) return this.callStub(target, runtimeClass, lower, args);
    const candidates = this.methodsOf(runtimeClass, lower).filter(
      (m) => !m.decl.modifiers.includes('static'),
    );
    const chosen = selectUserOverload(
      this,
      runtimeClass,
      candidates.map((c) => c.decl),
      args,
    );
    if (chosen) {
      const owner = candidates.find((c) => c.decl === chosen);
      if (!owner) throw this.unsupported(`method ${name}`);
      if (!chosen.body) throw this.compileError(`Abstract method ${name} has no implementation`);
      return this.invokeUser(owner.cls, chosen, target, args);
    }
    if (this.isException(runtimeClass)) {
      const result =
        exceptionMethod(target, lower, args) ??
        dmlExceptionMethod(target, lower, args, {
          statusCode: (code) =>
            this.registry.nativeByName('System.StatusCode')?.staticMember?.(this.ctx, code) ?? code,
          stringList: (items) => this.newList({ kind: 'primitive', name: 'String' }, items),
        });
      if (result) return result.value;
    }
    const universal = this.objectMethod(target, lower, args);
    if (universal) return universal.value;
    throw this.compileError(
      `Method does not exist or incorrect signature: ${name}(${args.length} arguments) on ${target.cls.name}`,
    );
  }

  /** equals/hashCode/toString every object has. */
  private objectMethod(
    target: ApexInstance,
    name: string,
    args: ApexValue[],
  ): { value: ApexValue } | undefined {
    if (name === 'equals' && args.length === 1) return { value: target === args[0] };
    if (name === 'hashcode' && args.length === 0) return { value: this.hashCode(target) };
    if (name === 'tostring' && args.length === 0) return { value: this.stringify(target) };
    return undefined;
  }

  private callStub(
    target: ApexInstance,
    cls: ClassInfo,
    name: string,
    args: ApexValue[],
  ): ApexValue {
    const provider = target.stubProvider;
    if (!provider) throw this.unsupported('stub without a provider');
    const candidates = this.methodsOf(cls, name);
    const chosen = selectUserOverload(
      this,
      cls,
      candidates.map((c) => c.decl),
      args,
    );
    if (!chosen)
      throw this.compileError(
        `Method does not exist or incorrect signature: ${name} on ${cls.name}`,
      );
    const owner = candidates.find((c) => c.decl === chosen)?.cls ?? cls;
    const typeValue = (ref: TypeRef | null): ApexValue =>
      new TypeValue(ref ? this.resolveType(ref, owner) : { kind: 'void' });
    const result = this.callInstance(provider, 'handleMethodCall', [
      target,
      chosen.name,
      typeValue(chosen.returnType),
      this.newList(
        { kind: 'class', name: 'System.Type' },
        chosen.params.map((p) => typeValue(p.type)),
      ),
      this.newList(
        { kind: 'primitive', name: 'String' },
        chosen.params.map((p) => p.name),
      ),
      this.newList(OBJECT_TYPE, args),
    ]);
    return chosen.returnType
      ? this.coerce(result, this.resolveType(chosen.returnType, owner))
      : null;
  }

  /** Calls a static user method `name` of `cls` (or its superclasses). */
  callStatic(cls: ClassInfo, name: string, args: ApexValue[]): ApexValue | undefined {
    const candidates = this.methodsOf(cls, name.toLowerCase()).filter((m) =>
      m.decl.modifiers.includes('static'),
    );
    const chosen = selectUserOverload(
      this,
      cls,
      candidates.map((c) => c.decl),
      args,
    );
    if (!chosen) return undefined;
    const owner = candidates.find((c) => c.decl === chosen);
    if (!owner) return undefined;
    return this.invokeUser(owner.cls, chosen, null, args);
  }

  /** Runs a user method body with its parameters bound. */
  invokeUser(
    cls: ClassInfo,
    decl: MethodDecl,
    self: ApexInstance | null,
    args: ApexValue[],
    caller?: Frame,
  ): ApexValue {
    if (!decl.body) throw this.compileError(`Method ${decl.name} has no body`);
    if (self === null) this.staticsOf(cls);
    const frame = this.methodFrame(cls, self, decl.params, args, caller);
    const returnType = decl.returnType ? this.resolveType(decl.returnType, cls) : null;
    this.enter(cls.name, decl.name, decl.line);
    try {
      const completion = execBlock(this, frame, decl.body);
      const value = completion?.kind === 'return' ? completion.value : null;
      return returnType ? this.coerce(value, returnType) : null;
    } finally {
      this.leave();
    }
  }

  private methodFrame(
    cls: ClassInfo,
    self: ApexInstance | null,
    params: Parameter[],
    args: ApexValue[],
    caller?: Frame,
  ): Frame {
    const scope = new Scope();
    params.forEach((param, index) => {
      const type = this.resolveType(param.type, cls);
      scope.declare(param.name, type, this.coerce(args[index] ?? null, type));
    });
    const enforceSharing =
      cls.sharing === 'with' || (cls.sharing !== 'without' && (caller?.enforceSharing ?? false));
    return { cls, self, scope, file: cls.file ?? '', enforceSharing };
  }

  private enter(cls: string, method: string, line: number): void {
    if (++this.depth > MAX_STACK_DEPTH) {
      this.depth = 0;
      throw this.error('System.LimitException', 'Maximum stack depth reached: 1001');
    }
    this.callStack.push({ cls, method, line });
  }

  private leave(): void {
    this.depth--;
    this.callStack.pop();
  }

  // ------------------------------------------------------------------ natives

  callNative(
    native: NativeClass,
    name: string,
    self: ApexValue,
    args: ApexValue[],
    isStatic: boolean,
  ): ApexValue {
    const method = selectNative(this, native, name, args, isStatic);
    if (!method) {
      throw this.unsupported(
        `${native.name}.${name}(${args.length} argument${args.length === 1 ? '' : 's'})`,
      );
    }
    return method.impl(this.ctx, self, args);
  }

  // ------------------------------------------------------------------ properties

  /** A property (static or instance) declared on `cls` or a superclass. */
  findProperty(
    cls: ClassInfo,
    name: string,
  ): { owner: ClassInfo; property: PropertyInfo } | undefined {
    for (
      let current: ClassInfo | undefined = cls;
      current;
      current = this.registry.superclassOf(current)
    ) {
      const property = current.properties.get(name);
      if (property) return { owner: current, property };
    }
    return undefined;
  }

  readProperty(owner: ClassInfo, property: PropertyInfo, self: ApexInstance | null): ApexValue {
    const storage = self ? self.fields : this.staticsOf(owner);
    const key = property.name.toLowerCase();
    const getter = property.decl.getter;
    if (!getter) throw this.compileError(`Variable is not visible: ${property.name}`);
    if (!getter.body) return storage.get(key) ?? null;
    return this.runAccessor(owner, property, self, getter.body, null);
  }

  writeProperty(
    owner: ClassInfo,
    property: PropertyInfo,
    self: ApexInstance | null,
    value: ApexValue,
  ): void {
    const storage = self ? self.fields : this.staticsOf(owner);
    const key = property.name.toLowerCase();
    const setter = property.decl.setter;
    const coerced = this.coerce(value, this.resolveType(property.decl.type, owner));
    if (!setter) throw this.compileError(`Variable is not visible: ${property.name}`);
    if (!setter.body) {
      storage.set(key, coerced);
      return;
    }
    this.runAccessor(owner, property, self, setter.body, coerced);
  }

  private runAccessor(
    owner: ClassInfo,
    property: PropertyInfo,
    self: ApexInstance | null,
    body: Stmt & { kind: 'block' },
    value: ApexValue,
  ): ApexValue {
    const scope = new Scope();
    const type = this.resolveType(property.decl.type, owner);
    scope.declare('value', type, value);
    const frame: Frame = {
      cls: owner,
      self,
      scope,
      file: owner.file ?? '',
      enforceSharing: owner.sharing === 'with',
      accessorOf: property.name.toLowerCase(),
    };
    this.enter(owner.name, property.name, body.line);
    try {
      const completion = execBlock(this, frame, body);
      return completion?.kind === 'return' ? this.coerce(completion.value, type) : null;
    } finally {
      this.leave();
    }
  }
}

/** `this(...)` or `super(...)` as a constructor's first statement. */
function chainedConstructorCall(stmt: Stmt): { name: 'this' | 'super'; args: Expr[] } | undefined {
  if (stmt.kind !== 'expr' || stmt.expr.kind !== 'call' || stmt.expr.target) return undefined;
  const name = stmt.expr.name.toLowerCase();
  return name === 'this' || name === 'super' ? { name, args: stmt.expr.args } : undefined;
}
