import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { LiveParticipant } from '@convene/live';
import {
  AskForFloorDto,
  CallNextSpeakerDto,
  FloorChanges,
  FloorEntry,
  FloorState,
  FloorService,
  FloorStateView,
  MoveFloorRequestDto,
  QuestionsQuery,
} from '@convene/qa';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators';
import { ApiErrors, ApiLiveErrors } from '../http/api-errors';
import { LiveCaller } from '../live/live-caller.decorator';

@ApiTags('floor')
@ApiHeader({ name: 'X-Live-Identity', required: false })
@ApiExtraModels(FloorStateView, FloorChanges)
@ApiLiveErrors()
@Public()
@Controller()
export class FloorController {
  constructor(private readonly floor: FloorService) {}

  @Get('sessions/:id/floor')
  @ApiOperation({
    summary: 'Who speaks now (with the countdown: spokeAt + durationSeconds, and serverNow), the queue in order, who spoke; with ?since=N, the changes of the "floor" stream after N',
  })
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(FloorStateView) }, { $ref: getSchemaPath(FloorChanges) }] }, description: 'The queue; with ?since, the changes' })
  state(@Param('id', ParseUUIDPipe) id: string, @Query() query: QuestionsQuery, @LiveCaller() participant: LiveParticipant): Promise<FloorStateView | FloorChanges> {
    return query.since === undefined ? this.floor.state(id, participant) : this.floor.changesSince(id, participant, query.since);
  }

  @Post('sessions/:id/floor')
  @ApiOperation({ summary: '"I\'d like to speak", with an optional topic: joins the queue (201), or 200 with the request already waiting' })
  @ApiCreatedResponse({ type: FloorEntry, description: 'Your request, new in the queue' })
  @ApiOkResponse({ type: FloorEntry, description: 'Your request, already waiting' })
  @ApiErrors(429)
  async ask(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AskForFloorDto,
    @LiveCaller() participant: LiveParticipant,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FloorEntry> {
    const { request, created } = await this.floor.ask(id, participant, body);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return request;
  }

  @Post('sessions/:id/floor/next')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "End the current turn and call the next in the queue (or the request named), starting their countdown (moderators)" })
  @ApiOkResponse({ type: FloorState, description: 'The queue after the change' })
  next(@Param('id', ParseUUIDPipe) id: string, @Body() body: CallNextSpeakerDto, @LiveCaller() participant: LiveParticipant): Promise<FloorState> {
    return this.floor.callNext(id, participant, body);
  }

  @Post('sessions/:id/floor/stop')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'End the current turn without calling anyone (moderators)' })
  @ApiOkResponse({ type: FloorState, description: 'The queue after the change' })
  stop(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<FloorState> {
    return this.floor.stop(id, participant);
  }

  @Post('floor-requests/:id/move')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Move a waiting request to another place in the queue, 1 = next (moderators)' })
  @ApiOkResponse({ type: FloorState, description: 'The queue after the change' })
  move(@Param('id', ParseUUIDPipe) id: string, @Body() body: MoveFloorRequestDto, @LiveCaller() participant: LiveParticipant): Promise<FloorState> {
    return this.floor.move(id, participant, body.position);
  }

  @Delete('floor-requests/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Withdraw your request, or (moderators) remove one from the queue' })
  @ApiNoContentResponse({ description: 'Withdrawn or removed' })
  async withdraw(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<void> {
    await this.floor.withdraw(id, participant);
  }
}
