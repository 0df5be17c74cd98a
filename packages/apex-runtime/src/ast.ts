/**
 * The runtime's own syntax tree: what src/lower/ produces from @apexdevtools/apex-parser's
 * parse tree and what src/interpreter/ executes. It is smaller than the parse tree on purpose:
 * one node kind per construct, names kept as written (Apex is case-insensitive, so every
 * consumer compares names lower-cased), and every node keeps its 1-based source line for
 * coverage, stack lines and `unsupported: <what> at <file>:<line>` errors.
 *
 * A construct the lowering does not translate becomes an `unsupported` statement or expression
 * rather than a guess: it fails only when (and if) it is executed.
 */

export interface Node {
  /** 1-based line where the construct starts. */
  line: number;
}

/** A type as written: `List<GatewayApi.Event>` is names ['List'], args [{ names ['GatewayApi','Event'] }]. */
export interface TypeRef extends Node {
  /** Dotted parts as written, e.g. ['System', 'Map'] or ['GatewayApi', 'Event'] or ['Secure_Message__c']. */
  names: string[];
  args: TypeRef[];
  /** Number of `[]` suffixes: `String[]` is List<String>. */
  arrayDims: number;
}

export interface Annotation extends Node {
  /** Lower-cased name without '@', e.g. 'istest', 'testsetup', 'auraenabled'. */
  name: string;
  /** Lower-cased parameter name -> value as written (string literal unquoted, true/false as text). */
  params: Record<string, string>;
}

/** Lower-cased modifiers: public, private, protected, global, static, final, abstract, virtual,
 * override, transient, testmethod, webservice, 'with sharing', 'without sharing', 'inherited sharing'. */
export type Modifiers = string[];

// ---------------------------------------------------------------------------------------------
// Types and members
// ---------------------------------------------------------------------------------------------

export interface TypeDecl extends Node {
  kind: 'class' | 'interface' | 'enum';
  name: string;
  /** Source file path (as given to the lowering) for errors and coverage. */
  file: string;
  modifiers: Modifiers;
  annotations: Annotation[];
  /** class: `extends`; interface: unused (see `implements` for an interface's `extends` list). */
  extends?: TypeRef;
  /** class: `implements`; interface: its `extends` list. */
  implements: TypeRef[];
  /** Members in source order (static initialisation runs in this order). */
  members: Member[];
  /** enum only: constant names in order. */
  enumConstants: string[];
  /** Last line of the declaration (closing brace). */
  endLine: number;
}

export type Member =
  FieldDecl | PropertyDecl | MethodDecl | ConstructorDecl | InitializerDecl | InnerTypeDecl;

export interface FieldDecl extends Node {
  kind: 'field';
  modifiers: Modifiers;
  annotations: Annotation[];
  type: TypeRef;
  declarators: VariableDeclarator[];
}

export interface VariableDeclarator extends Node {
  name: string;
  init?: Expr;
}

export interface PropertyDecl extends Node {
  kind: 'property';
  modifiers: Modifiers;
  annotations: Annotation[];
  type: TypeRef;
  name: string;
  /** Absent: no getter. `body` absent: automatic (`get;`). */
  getter?: Accessor;
  setter?: Accessor;
}

export interface Accessor extends Node {
  modifiers: Modifiers;
  body?: Block;
}

export interface Parameter extends Node {
  name: string;
  type: TypeRef;
  modifiers: Modifiers;
}

export interface MethodDecl extends Node {
  kind: 'method';
  modifiers: Modifiers;
  annotations: Annotation[];
  /** null for void. */
  returnType: TypeRef | null;
  name: string;
  params: Parameter[];
  /** Absent for abstract and interface methods. */
  body?: Block;
}

export interface ConstructorDecl extends Node {
  kind: 'constructor';
  modifiers: Modifiers;
  annotations: Annotation[];
  params: Parameter[];
  body: Block;
}

/** `{ ... }` (instance) or `static { ... }` inside a class body. */
export interface InitializerDecl extends Node {
  kind: 'initializer';
  isStatic: boolean;
  body: Block;
}

export interface InnerTypeDecl extends Node {
  kind: 'type';
  decl: TypeDecl;
}

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

export type Stmt =
  | Block
  | LocalVarStmt
  | ExprStmt
  | IfStmt
  | WhileStmt
  | DoWhileStmt
  | ForStmt
  | ForEachStmt
  | ReturnStmt
  | BreakStmt
  | ContinueStmt
  | ThrowStmt
  | TryStmt
  | SwitchStmt
  | DmlStmt
  | RunAsStmt
  | UnsupportedStmt;

export interface Block extends Node {
  kind: 'block';
  stmts: Stmt[];
}

export interface LocalVarStmt extends Node {
  kind: 'local';
  modifiers: Modifiers;
  type: TypeRef;
  declarators: VariableDeclarator[];
}

export interface ExprStmt extends Node {
  kind: 'expr';
  expr: Expr;
}

export interface IfStmt extends Node {
  kind: 'if';
  cond: Expr;
  then: Stmt;
  else?: Stmt;
}

export interface WhileStmt extends Node {
  kind: 'while';
  cond: Expr;
  body: Stmt;
}

export interface DoWhileStmt extends Node {
  kind: 'doWhile';
  body: Stmt;
  cond: Expr;
}

/** Classic `for (init; cond; update)`. */
export interface ForStmt extends Node {
  kind: 'for';
  /** A local declaration, or expressions (`for (i = 0, j = 1; ...)`), or nothing. */
  init?: LocalVarStmt | Expr[];
  cond?: Expr;
  update: Expr[];
  body: Stmt;
}

/** `for (Type name : iterable)`; the iterable may be a SOQL expression. */
export interface ForEachStmt extends Node {
  kind: 'forEach';
  type: TypeRef;
  name: string;
  iterable: Expr;
  body: Stmt;
}

export interface ReturnStmt extends Node {
  kind: 'return';
  value?: Expr;
}

export interface BreakStmt extends Node {
  kind: 'break';
}

export interface ContinueStmt extends Node {
  kind: 'continue';
}

export interface ThrowStmt extends Node {
  kind: 'throw';
  value: Expr;
}

export interface CatchClause extends Node {
  type: TypeRef;
  name: string;
  body: Block;
}

export interface TryStmt extends Node {
  kind: 'try';
  body: Block;
  catches: CatchClause[];
  finally?: Block;
}

export interface SwitchStmt extends Node {
  kind: 'switch';
  subject: Expr;
  whens: WhenClause[];
}

export type WhenClause =
  | (Node & { kind: 'else'; body: Block })
  /** `when 1, 2`, `when 'a'`, `when null`, `when RED, GREEN` (enum constants by bare name). */
  | (Node & { kind: 'values'; values: WhenValue[]; body: Block })
  /** `when Account a` (sObject or class type test with a binding). */
  | (Node & { kind: 'type'; type: TypeRef; name: string; body: Block });

export type WhenValue = { kind: 'literal'; value: LiteralExpr } | { kind: 'enum'; name: string };

export interface DmlStmt extends Node {
  kind: 'dml';
  op: 'insert' | 'update' | 'upsert' | 'delete' | 'undelete' | 'merge';
  target: Expr;
  /** upsert: the external id field as written (`upsert recs Foo__c.Key__c;` gives ['Foo__c','Key__c']). */
  field?: string[];
  /** merge: the second operand. */
  other?: Expr;
  /** `insert as user` / `as system`. */
  accessLevel?: 'user' | 'system';
}

export interface RunAsStmt extends Node {
  kind: 'runAs';
  user: Expr;
  body: Block;
}

export interface UnsupportedStmt extends Node {
  kind: 'unsupported';
  /** What is not supported, e.g. 'SOSL query' (no value, no source text beyond the construct name). */
  what: string;
}

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

export type Expr =
  | LiteralExpr
  | NameExpr
  | FieldExpr
  | CallExpr
  | IndexExpr
  | NewObjectExpr
  | NewArrayExpr
  | NewCollectionExpr
  | NewMapExpr
  | UnaryExpr
  | IncDecExpr
  | BinaryExpr
  | AssignExpr
  | TernaryExpr
  | InstanceOfExpr
  | CastExpr
  | ThisExpr
  | SuperExpr
  | TypeLiteralExpr
  | SoqlExpr
  | UnsupportedExpr;

export interface LiteralExpr extends Node {
  kind: 'literal';
  /**
   * Integer: `42`; Long: `42L` (text without the suffix); Decimal: `4.2` (Apex: a literal with a
   * decimal point is a Decimal); Double: `4.2d` (text without the suffix); String: the value with
   * escapes already decoded; Boolean: 'true'/'false'; Null: 'null'.
   */
  type: 'Integer' | 'Long' | 'Decimal' | 'Double' | 'String' | 'Boolean' | 'Null';
  text: string;
}

/** A bare identifier: a local, a field, a class, a namespace (System, Schema) or an sObject type. */
export interface NameExpr extends Node {
  kind: 'name';
  name: string;
}

/** `target.name` or `target?.name`. Dotted names `a.b.c` are nested FieldExprs over a NameExpr. */
export interface FieldExpr extends Node {
  kind: 'field';
  target: Expr;
  name: string;
  safe: boolean;
}

/** `name(args)` (target absent), `target.name(args)`, `target?.name(args)`, `this(...)`/`super(...)` as name 'this'/'super' with no target. */
export interface CallExpr extends Node {
  kind: 'call';
  target?: Expr;
  name: string;
  args: Expr[];
  safe: boolean;
}

export interface IndexExpr extends Node {
  kind: 'index';
  target: Expr;
  index: Expr;
}

/**
 * `new Foo(a, b)`, `new Map<String, Integer>(other)`, and `new Case(Subject = 'x', Origin = 'Web')`
 * (for sObjects the args are AssignExprs whose target is a NameExpr naming the field).
 */
export interface NewObjectExpr extends Node {
  kind: 'new';
  type: TypeRef;
  args: Expr[];
}

/** `new String[3]` (size) or `new String[]{ 'a', 'b' }` (init). `type` is the element type. */
export interface NewArrayExpr extends Node {
  kind: 'newArray';
  type: TypeRef;
  size?: Expr;
  init?: Expr[];
}

/** `new List<String>{ 'a' }` or `new Set<Id>{ x }`. */
export interface NewCollectionExpr extends Node {
  kind: 'newCollection';
  type: TypeRef;
  init: Expr[];
}

/** `new Map<String, Integer>{ 'a' => 1 }`. */
export interface NewMapExpr extends Node {
  kind: 'newMap';
  type: TypeRef;
  entries: { key: Expr; value: Expr }[];
}

export interface UnaryExpr extends Node {
  kind: 'unary';
  op: '-' | '+' | '!' | '~';
  operand: Expr;
}

export interface IncDecExpr extends Node {
  kind: 'incDec';
  op: '++' | '--';
  prefix: boolean;
  target: Expr;
}

export type BinaryOp =
  | '+'
  | '-'
  | '*'
  | '/'
  | '<<'
  | '>>'
  | '>>>'
  | '<'
  | '>'
  | '<='
  | '>='
  | '=='
  | '!='
  | '==='
  | '!=='
  | '&'
  | '|'
  | '^'
  | '&&'
  | '||'
  | '??';

export interface BinaryExpr extends Node {
  kind: 'binary';
  op: BinaryOp;
  left: Expr;
  right: Expr;
}

export interface AssignExpr extends Node {
  kind: 'assign';
  /** '=' or a compound operator such as '+=' ('<<=', '>>=', '>>>=', '&=', '|=', '^=' too). */
  op: string;
  target: Expr;
  value: Expr;
}

export interface TernaryExpr extends Node {
  kind: 'ternary';
  cond: Expr;
  then: Expr;
  else: Expr;
}

export interface InstanceOfExpr extends Node {
  kind: 'instanceof';
  expr: Expr;
  type: TypeRef;
}

export interface CastExpr extends Node {
  kind: 'cast';
  type: TypeRef;
  expr: Expr;
}

export interface ThisExpr extends Node {
  kind: 'this';
}

export interface SuperExpr extends Node {
  kind: 'super';
}

/** `Foo.class`, `List<String>.class`. */
export interface TypeLiteralExpr extends Node {
  kind: 'typeLiteral';
  type: TypeRef;
}

export interface SoqlExpr extends Node {
  kind: 'soql';
  query: SoqlQuery;
}

export interface UnsupportedExpr extends Node {
  kind: 'unsupported';
  what: string;
}

// ---------------------------------------------------------------------------------------------
// SOQL (inline `[SELECT ...]`); names as written
// ---------------------------------------------------------------------------------------------

export interface SoqlQuery extends Node {
  select: SoqlSelectItem[];
  /** The object, e.g. 'Secure_Message__c', or a relationship name in a subquery ('Events__r'). */
  from: string;
  where?: SoqlCondition;
  /** WITH USER_MODE / SYSTEM_MODE / SECURITY_ENFORCED; absent: system mode with sharing of the class. */
  with?: 'USER_MODE' | 'SYSTEM_MODE' | 'SECURITY_ENFORCED';
  groupBy: string[][];
  orderBy: SoqlOrder[];
  limit?: SoqlValue;
  offset?: SoqlValue;
  forUpdate: boolean;
  allRows: boolean;
}

export type SoqlSelectItem =
  /** `Name`, `Contact.Name`, `Sent_By__r.Name`: the path as written. */
  | { kind: 'field'; path: string[] }
  /** `COUNT()` with no field: the query returns an Integer. */
  | { kind: 'countAll' }
  /** `COUNT(Id) holderCount`, `MAX(Sent_At__c)`: fn lower-cased; alias absent means expr0, expr1... */
  | { kind: 'aggregate'; fn: string; path: string[]; alias?: string }
  | { kind: 'subquery'; query: SoqlQuery };

export type SoqlCondition =
  | { kind: 'and'; items: SoqlCondition[] }
  | { kind: 'or'; items: SoqlCondition[] }
  | { kind: 'not'; item: SoqlCondition }
  | {
      kind: 'compare';
      path: string[];
      /** Lower-cased: '=', '!=', '<>', '<', '<=', '>', '>=', 'like', 'in', 'not in', 'includes', 'excludes'. */
      op: string;
      value: SoqlValue;
    };

export type SoqlValue =
  /** `:expr` (an Apex expression evaluated in the enclosing scope). */
  | { kind: 'bind'; expr: Expr }
  /** Strings unquoted and unescaped; numbers as text; 'true'/'false'; null. */
  | {
      kind: 'literal';
      type: 'String' | 'Number' | 'Boolean' | 'Null' | 'Date' | 'Datetime';
      text: string;
    }
  /** `TODAY`, `LAST_N_DAYS:30` (name upper-cased, n when present). */
  | { kind: 'dateLiteral'; name: string; n?: number }
  /** `('a', 'b')` after IN / NOT IN / INCLUDES / EXCLUDES. */
  | { kind: 'list'; values: SoqlValue[] };

export interface SoqlOrder {
  path: string[];
  descending: boolean;
  /** Absent: the default (nulls first ascending, nulls last descending). */
  nullsLast?: boolean;
}

/** One parsed .cls or .trigger file. */
export interface CompilationUnit {
  file: string;
  /** Number of lines in the file (coverage denominators use the executable lines, not this). */
  lineCount: number;
  /** The top-level type (triggers are reported as unsupported by the lowering for now). */
  type: TypeDecl;
}
