import { Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { LiveParticipant } from '@convene/live';
import { AskQuestionDto, QuestionsService } from '@convene/qa';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { Socket } from 'socket.io';
import { SocketAck, handleSocketMessage } from '../live/socket-message';
import { requestLanguage } from '../http/request-language';

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

export type QaAck<T> = SocketAck<T>;

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
      return this.questions.ask(sessionId, withCode(participant, roomCode), { ...question, language: question.language ?? requestLanguage(socket.request) });
    });
  }

  private handle<D extends object, T>(socket: Socket, dto: new () => D, payload: unknown, action: (participant: LiveParticipant, input: D) => Promise<T>): Promise<QaAck<T>> {
    return handleSocketMessage(socket, dto, payload, action, this.logger, 'Q&A socket message failed');
  }

}

function withCode(participant: LiveParticipant, roomCode: string | undefined): LiveParticipant {
  return roomCode === undefined ? participant : { ...participant, roomCode };
}
