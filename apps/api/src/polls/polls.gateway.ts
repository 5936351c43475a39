import { Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { AnswerPollDto, AnswerResult, PollsService } from '@convene/polls';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import type { Socket } from 'socket.io';
import { SocketAck, handleSocketMessage } from '../live/socket-message';

class SocketAnswerDto extends AnswerPollDto {
  @IsUUID()
  pollId: string;

  /** true changes an earlier answer; without it a second answer is refused. */
  @IsOptional()
  @IsBoolean()
  change?: boolean;
}

export type PollAck = SocketAck<AnswerResult>;

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
  answer(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown): Promise<PollAck> {
    return handleSocketMessage(
      socket,
      SocketAnswerDto,
      payload,
      (participant, { pollId, change, ...answer }) => this.polls.answer(pollId, participant, answer, change ?? false),
      this.logger,
      'Poll answer over the socket failed',
    );
  }

}
