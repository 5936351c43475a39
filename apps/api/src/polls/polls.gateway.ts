import { Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { DomainError, HTTP_STATUS_OF_KIND } from '@convene/core';
import type { LiveParticipant } from '@convene/live';
import { AnswerPollDto, MyAnswer, PollsService } from '@convene/polls';
import { plainToInstance } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID, validate } from 'class-validator';
import type { Socket } from 'socket.io';
import { fieldDetails } from '../http/validation.pipe';

class SocketAnswerDto extends AnswerPollDto {
  @IsUUID()
  pollId: string;

  /** true changes an earlier answer; without it a second answer is refused. */
  @IsOptional()
  @IsBoolean()
  change?: boolean;
}

export type PollAck = { ok: true; result: { answer: MyAnswer; created: boolean } } | { error: { status: number; code?: string; message: string; details?: Record<string, string[]> } };

/**
 * Answering polls over the /live socket a phone holds open anyway: `polls:answer` with an ack.
 * The same service call as REST (same rules, same per-participant limit). Kept apart from the
 * live gateway, which owns the connection, identities and joining rooms.
 */
@WebSocketGateway({ namespace: '/live' })
export class PollsGateway {
  private readonly logger = new Logger(PollsGateway.name);

  constructor(private readonly polls: PollsService) {}

  @SubscribeMessage('polls:answer')
  async answer(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown): Promise<PollAck> {
    try {
      const participant = socket.data.participant as LiveParticipant | undefined;
      if (!participant) throw new DomainError('unauthenticated', 'not_identified', 'Connect with a session, an API token or an anonymous identity');
      if (!payload || typeof payload !== 'object' || Array.isArray(payload)) throw new DomainError('invalid', 'bad_payload', 'Send an object');
      const input = plainToInstance(SocketAnswerDto, payload);
      const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
      if (errors.length) throw new DomainError('invalid', 'bad_payload', 'The message has invalid fields', fieldDetails(errors));
      const { pollId, change, ...answer } = input;
      return { ok: true, result: await this.polls.answer(pollId, participant, answer, change ?? false) };
    } catch (error) {
      if (error instanceof DomainError) return { error: { status: HTTP_STATUS_OF_KIND[error.kind], code: error.code, message: error.message, details: error.details } };
      this.logger.error({ err: error, socketId: socket.id }, 'Poll answer over the socket failed');
      return { error: { status: 500, message: 'Something went wrong' } };
    }
  }
}
