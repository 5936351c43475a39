import { Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { DomainError, HTTP_STATUS_OF_KIND } from '@convene/core';
import type { LiveParticipant } from '@convene/live';
import { AskQuestionDto, QuestionsService } from '@convene/qa';
import { plainToInstance } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength, validate } from 'class-validator';
import type { Socket } from 'socket.io';
import { fieldDetails } from '../http/validation.pipe';

class SocketVoteDto {
  @IsUUID()
  questionId: string;

  /** false withdraws the vote. */
  @IsOptional()
  @IsBoolean()
  on?: boolean;

  /** The code shown in the room, when the chair asks for it (else the one given at connection). */
  @IsOptional()
  @IsString()
  @MaxLength(20)
  roomCode?: string;
}

class SocketAskDto extends AskQuestionDto {
  @IsUUID()
  sessionId: string;

  @IsOptional()
  @IsString()
  @MaxLength(20)
  roomCode?: string;
}

export type QaAck<T> = { ok: true; result: T } | { error: { status: number; code?: string; message: string; details?: Record<string, string[]> } };

/**
 * Asking and voting over the socket, for clients that hold one open anyway. The same service
 * calls as REST: the same rules, the same per-participant rate limits. Answers are acks; a bad
 * payload gets an error ack and the connection goes on.
 */
@WebSocketGateway({ namespace: '/live' })
export class QaGateway {
  private readonly logger = new Logger(QaGateway.name);

  constructor(private readonly questions: QuestionsService) {}

  @SubscribeMessage('qa:vote')
  vote(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.handle(socket, SocketVoteDto, payload, (participant, input) =>
      this.questions.vote(input.questionId, withCode(participant, input.roomCode), input.on ?? true),
    );
  }

  @SubscribeMessage('qa:ask')
  ask(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.handle(socket, SocketAskDto, payload, (participant, input) => {
      const { sessionId, roomCode, ...question } = input;
      return this.questions.ask(sessionId, withCode(participant, roomCode), question);
    });
  }

  private async handle<D extends object, T>(
    socket: Socket,
    dto: new () => D,
    payload: unknown,
    action: (participant: LiveParticipant, input: D) => Promise<T>,
  ): Promise<QaAck<T>> {
    try {
      const participant = socket.data.participant as LiveParticipant | undefined;
      if (!participant) throw new DomainError('unauthenticated', 'not_identified', 'Connect with a session, an API token or an anonymous identity');
      if (!payload || typeof payload !== 'object' || Array.isArray(payload)) throw new DomainError('invalid', 'bad_payload', 'Send an object');
      const input = plainToInstance(dto, payload);
      const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
      if (errors.length) throw new DomainError('invalid', 'bad_payload', 'The message has invalid fields', fieldDetails(errors));
      return { ok: true, result: await action(participant, input) };
    } catch (error) {
      if (error instanceof DomainError) {
        return { error: { status: HTTP_STATUS_OF_KIND[error.kind], code: error.code, message: error.message, details: error.details } };
      }
      this.logger.error({ err: error, socketId: socket.id }, 'Q&A socket message failed');
      return { error: { status: 500, message: 'Something went wrong' } };
    }
  }
}

function withCode(participant: LiveParticipant, roomCode: string | undefined): LiveParticipant {
  return roomCode === undefined ? participant : { ...participant, roomCode };
}
