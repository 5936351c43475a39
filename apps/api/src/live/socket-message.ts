import { Logger } from '@nestjs/common';
import { DomainError, HTTP_STATUS_OF_KIND } from '@convene/core';
import type { LiveParticipant } from '@convene/live';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Socket } from 'socket.io';
import { fieldDetails } from '../http/validation.pipe';

/** A socket message's acknowledgement: its result, or the error a REST call would have answered. */
export type SocketAck<T> = { ok: true; result: T } | { error: SocketAckError };

export interface SocketAckError {
  status: number;
  code: string;
  message: string;
  details?: Record<string, string[]>;
}

/** A domain error as REST answers it (same status map); anything else logged and answered 500. */
export function ackError(error: unknown, logger: Logger, context: Record<string, unknown>, what: string): SocketAckError {
  if (error instanceof DomainError) return { status: HTTP_STATUS_OF_KIND[error.kind], code: error.code, message: error.message, details: error.details };
  logger.error({ err: error, ...context }, what);
  return { status: 500, code: 'internal', message: 'Something went wrong on our side; try again' };
}

/**
 * A message from an identified socket: its payload validated as a REST body is (unknown fields
 * refused), then the action run as that participant.
 */
export async function handleSocketMessage<D extends object, T>(
  socket: Socket,
  dto: new () => D,
  payload: unknown,
  action: (participant: LiveParticipant, input: D) => Promise<T>,
  logger: Logger,
  what: string,
): Promise<SocketAck<T>> {
  try {
    const participant = socket.data.participant as LiveParticipant | undefined;
    if (!participant) throw new DomainError('unauthenticated', 'not_identified', 'Connect with a session, an API token or an anonymous identity');
    if (!payload || typeof payload !== 'object' || Array.isArray(payload)) throw new DomainError('invalid', 'bad_payload', 'Send an object');
    const input = plainToInstance(dto, payload);
    const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw new DomainError('invalid', 'bad_payload', 'The message has invalid fields', fieldDetails(errors));
    return { ok: true, result: await action(participant, input) };
  } catch (error) {
    return { error: ackError(error, logger, { socketId: socket.id }, what) };
  }
}
