import { ArgumentMetadata, PipeTransform, Type } from '@nestjs/common';
import { TransformationType } from 'class-transformer';
import type { MetadataStorage as TransformerStorage } from 'class-transformer/types/MetadataStorage';
import type { ClassTransformOptions } from 'class-transformer/types/interfaces';
import {
  ValidationTypes,
  arrayMaxSize,
  arrayMinSize,
  getMetadataStorage,
  isArray,
  isBoolean,
  isEmail,
  isEnum,
  isIn,
  isInt,
  isString,
  isUUID,
  length,
  matches,
  max,
  maxLength,
  min,
  minLength,
} from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
// class-transformer keeps its decorators' metadata and the options plainToInstance starts from
// apart from its entry point; these are the very objects it reads (one CommonJS copy).
/* eslint-disable @typescript-eslint/no-require-imports */
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: TransformerStorage };
const { defaultOptions } = require('class-transformer/cjs/constants/default-options.constant') as { defaultOptions: ClassTransformOptions };
/* eslint-enable @typescript-eslint/no-require-imports */

/** A DTO instance as the validation pipe would hand it on, or undefined: leave the body to the pipe. */
export type BodyCheck<T> = (body: unknown) => T | undefined;

type Predicate = (value: unknown) => boolean;
type Condition = (object: object, value: unknown) => boolean;

/**
 * The class-validator decorators the check knows, by the name they register: each as its
 * decorator's `validate` calls class-validator's own function with the decorator's constraints.
 * A decorator not named here makes the DTO's check refuse to compile.
 */
const CHECKS: Record<string, (constraints: unknown[]) => Predicate> = {
  isString: () => (value) => isString(value),
  isBoolean: () => (value) => isBoolean(value),
  isInt: () => (value) => isInt(value),
  isArray: () => (value) => isArray(value),
  isLength: ([least, most]) => (value) => length(value, least as number, most as number),
  minLength: ([least]) => (value) => minLength(value, least as number),
  maxLength: ([most]) => (value) => maxLength(value, most as number),
  // As @Matches calls it: a RegExp, or a pattern's source and its flags.
  matches: ([pattern, modifiers]) => (value) => (matches as (text: unknown, pattern: unknown, modifiers: unknown) => boolean)(value, pattern, modifiers),
  isEmail: ([options]) => (value) => isEmail(value as string, options as object),
  isEnum: ([entity]) => (value) => isEnum(value, entity as object),
  isIn: ([allowed]) => (value) => isIn(value, allowed as unknown[]),
  isUuid: ([version]) => (value) => isUUID(value, version as 'all'),
  min: ([least]) => (value) => min(value, least as number),
  max: ([most]) => (value) => max(value, most as number),
  arrayMinSize: ([least]) => (value) => arrayMinSize(value, least as number),
  arrayMaxSize: ([most]) => (value) => arrayMaxSize(value, most as number),
};

interface FieldRule {
  /** The field's @Transform functions, in class-transformer's order. */
  transforms: Array<(params: { value: unknown; key: string; obj: object; type: TransformationType; options: ClassTransformOptions }) => unknown>;
  /** @IsOptional and @ValidateIf: all must hold for the checks to run. */
  conditions: Condition[];
  checks: Array<{ predicate: Predicate; each: boolean; validateIf?: Condition }>;
}

/**
 * Compiles, once, a check of a body against `dto` that gives the answer of the app's validation pipe
 * (whitelist, forbidNonWhitelisted, transform) for the bodies it accepts, without class-transformer's
 * and class-validator's walk over the class's metadata: it reads that metadata here (the same list
 * class-validator's executor reads) and keeps what each field's decorators do. It accepts only plain
 * objects whose keys are all fields of the DTO and whose values are primitives or arrays of them (as
 * class-transformer copies them), and never refuses anything itself: any other body is the pipe's, so
 * every 400 is the pipe's own. Returns why instead when the DTO has a decorator it does not know.
 */
export function compileBodyCheck<T extends object>(dto: Type<T>): { check: BodyCheck<T> } | { refused: string } {
  const compiled = compileFields(dto);
  if (typeof compiled === 'string') return { refused: `${dto.name}: ${compiled}` };
  const fields = compiled;
  return {
    check: (body) => {
      if (typeof body !== 'object' || body === null || Object.getPrototypeOf(body) !== Object.prototype) return undefined;
      const plain = body as Record<string, unknown>;
      const instance = new dto();
      const set = instance as Record<string, unknown>;
      for (const key of Object.keys(plain)) {
        const field = fields.get(key);
        if (!field) return undefined;
        let value = copied(plain[key]);
        if (value === NOT_PLAIN) return undefined;
        for (const transform of field.transforms) value = transform({ value, key, obj: plain, type: TransformationType.PLAIN_TO_CLASS, options: defaultOptions });
        set[key] = value;
      }
      for (const [key, field] of fields) {
        const value = set[key];
        if (!field.conditions.every((condition) => condition(instance, value))) continue;
        for (const { predicate, each, validateIf } of field.checks) {
          if (validateIf && !validateIf(instance, value)) continue;
          if (!(each && Array.isArray(value) ? value.every(predicate) : predicate(value))) return undefined;
        }
      }
      return instance;
    },
  };
}

/** A field's value as class-transformer sets it before any @Transform, or NOT_PLAIN when the check leaves it to the pipe. */
const NOT_PLAIN = Symbol('not plain');
const primitive = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
function copied(value: unknown): unknown {
  if (primitive(value)) return value;
  // class-transformer sets a copy of an array; one of objects (copied deeply) is left to the pipe.
  if (Array.isArray(value) && value.every(primitive)) return [...value];
  return NOT_PLAIN;
}

/** Each validated field's transforms, conditions and checks; or why the DTO cannot be checked here. */
function compileFields(dto: Type<object>): Map<string, FieldRule> | string {
  if (defaultMetadataStorage.getStrategy(dto) !== 'none') return 'a class-level @Expose or @Exclude';
  if (defaultMetadataStorage.getExposedMetadatas(dto).length || defaultMetadataStorage.getExcludedMetadatas(dto).length) return '@Expose or @Exclude on a field';
  const storage = getMetadataStorage();
  // As the pipe's validation asks it: no schema, no groups, `always` and `strictGroups` off.
  const rules = storage.getTargetValidationMetadatas(dto, undefined as unknown as string, false, false, undefined);
  const fields = new Map<string, FieldRule>();
  for (const rule of rules) {
    const key = rule.propertyName;
    if (defaultMetadataStorage.findTypeMetadata(dto, key)) return `@Type on ${key}`;
    let field = fields.get(key);
    if (!field) {
      const transforms = defaultMetadataStorage.findTransformMetadatas(dto, key, TransformationType.PLAIN_TO_CLASS);
      // Without groups asked for, class-transformer skips a transform that names groups.
      field = { transforms: transforms.filter((transform) => !transform.options?.groups?.length).map((transform) => transform.transformFn), conditions: [], checks: [] };
      fields.set(key, field);
    }
    const refusal = addRule(field, rule, storage);
    if (refusal) return `${refusal} on ${key}`;
  }
  // A field the class declares with no rule is an own key of every instance, which the pipe's
  // whitelist then refuses whatever the body holds.
  const unruled = Object.keys(new dto()).filter((key) => !fields.has(key));
  if (unruled.length) return `${unruled.join(', ')} without a rule`;
  return fields;
}

function addRule(field: FieldRule, rule: ValidationMetadata, storage: ReturnType<typeof getMetadataStorage>): string | undefined {
  if (rule.type === ValidationTypes.CONDITIONAL_VALIDATION) {
    field.conditions.push(rule.constraints[0] as Condition);
    return undefined;
  }
  if (rule.type !== ValidationTypes.CUSTOM_VALIDATION) return `a ${rule.type} rule`;
  const make = rule.name && Object.hasOwn(CHECKS, rule.name) ? CHECKS[rule.name] : undefined;
  if (!make) return `@${rule.name ?? 'Validate'}, which the check does not know`;
  if (storage.getTargetValidatorConstraints(rule.constraintCls).some((constraint) => constraint.async)) return `an async @${rule.name}`;
  field.checks.push({ predicate: make(rule.constraints ?? []), each: rule.each ?? false, validateIf: rule.validateIf as Condition | undefined });
  return undefined;
}

/**
 * A route's body pipe: the DTO's compiled check, else the app's validation pipe (its checks and its
 * errors). A DTO the check cannot compile for goes to the validation pipe whole.
 */
export class BodyCheckPipe<T extends object> implements PipeTransform {
  private readonly check?: BodyCheck<T>;

  constructor(
    dto: Type<T>,
    private readonly validation: PipeTransform,
  ) {
    const compiled = compileBodyCheck(dto);
    this.check = 'check' in compiled ? compiled.check : undefined;
  }

  transform(body: unknown, metadata: ArgumentMetadata): unknown {
    return this.check?.(body) ?? this.validation.transform(body, metadata);
  }
}
