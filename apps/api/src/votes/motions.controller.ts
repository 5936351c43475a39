import { Body, Controller, Delete, Get, Header, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { toCsv } from '@convene/core';
import type { LiveParticipant } from '@convene/live';
import {
  BallotDto,
  BallotResult,
  CreateMotionDto,
  MotionAuditDoc,
  MotionChanges,
  MotionConsole,
  MotionView,
  MotionList,
  MotionsQuery,
  MotionsService,
} from '@convene/votes';
import { Public } from '../auth/access.decorators';
import { ApiErrors, ApiLiveErrors } from '../http/api-errors';
import { LiveCaller } from '../live/live-caller.decorator';

const IDENTITY_HEADER = { name: 'X-Live-Identity', required: false };
const WRONG_STATE = { status: 409, description: 'Not possible in the motion’s current state, or the meeting is not quorate' };

@ApiTags('votes')
@ApiHeader(IDENTITY_HEADER)
@ApiExtraModels(MotionList, MotionChanges)
@ApiLiveErrors()
@Public()
@Controller('sessions')
export class SessionMotionsController {
  constructor(private readonly motions: MotionsService) {}

  @Post(':id/motions')
  @ApiOperation({ summary: 'Prepare a motion for this agenda item: its text, majority rule and ballot kind (moderators)' })
  @ApiCreatedResponse({ type: MotionView })
  create(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateMotionDto, @LiveCaller() participant: LiveParticipant): Promise<MotionView> {
    return this.motions.create(id, participant, body);
  }

  @Get(':id/motions')
  @ApiOperation({ summary: 'Motions put to the vote (results once closed) and, signed in, whom you may vote for; with ?since=N, the "votes" stream after N' })
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(MotionList) }, { $ref: getSchemaPath(MotionChanges) }] } })
  list(@Param('id', ParseUUIDPipe) id: string, @Query() query: MotionsQuery, @LiveCaller() participant: LiveParticipant): Promise<MotionList | MotionChanges> {
    return query.since === undefined ? this.motions.list(id, participant) : this.motions.changesSince(id, participant, query.since);
  }

  @Get(':id/motions/console')
  @ApiOperation({ summary: 'Every motion, drafts included, and whether the meeting is quorate now (moderators)' })
  @ApiOkResponse({ type: MotionConsole })
  console(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<MotionConsole> {
    return this.motions.console(id, participant);
  }

  @Get(':id/motions/audit')
  @ApiOperation({ summary: 'Motions made, opened (with the quorum) and closed (with the counts), newest first (moderators)' })
  @ApiOkResponse({ type: MotionAuditDoc })
  async audit(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<MotionAuditDoc> {
    return { items: await this.motions.auditTrail(id, participant) };
  }

  @Get(':id/motions.csv')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="votes.csv"')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Every motion put to the vote with its counts, result and decision, as CSV (moderators)' })
  @ApiOkResponse({ description: 'CSV with a header row', content: { 'text/csv': { schema: { type: 'string' } } } })
  async csv(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<string> {
    const { motions } = await this.motions.console(id, participant);
    return toCsv(
      ['motion', 'majority', 'ballot', 'status', 'members', 'present', 'quorum', 'for', 'against', 'abstentions', 'carried', 'decision'],
      motions
        .filter((motion) => motion.status !== 'draft')
        .map((motion) => [motion.text, motion.majority, motion.ballot, motion.status, motion.membersCount, motion.presentCount, motion.quorum, motion.result?.for ?? '', motion.result?.against ?? '', motion.result?.abstentions ?? '', motion.result ? (motion.result.carried ? 'yes' : 'no') : '', motion.result?.decision ?? '']),
    );
  }
}

@ApiTags('votes')
@ApiHeader(IDENTITY_HEADER)
@ApiLiveErrors()
@Public()
@Controller('motions')
export class MotionsController {
  constructor(private readonly motions: MotionsService) {}

  @Post(':id/open')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Put the motion to the vote; refused (409 not_quorate) unless enough voting members are checked in (moderators)' })
  @ApiOkResponse({ type: MotionView })
  @ApiErrors(WRONG_STATE)
  open(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<MotionView> {
    return this.motions.open(id, participant);
  }

  @Post(':id/close')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Close the vote: the result and the decision are announced live and recorded (moderators)' })
  @ApiOkResponse({ type: MotionView })
  @ApiErrors(WRONG_STATE)
  close(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<MotionView> {
    return this.motions.close(id, participant);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a motion not yet put to the vote (moderators)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(WRONG_STATE)
  async remove(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<void> {
    await this.motions.remove(id, participant);
  }

  @Post(':id/ballots')
  @ApiOperation({ summary: 'Vote for, against or abstain: as a voting member checked in, or as the proxy of an absent one (onBehalfOf); once per member' })
  @ApiCreatedResponse({ type: BallotResult })
  @ApiErrors({ status: 409, description: 'The vote is not open, a vote was already cast for that member, or the member is here in person' }, 429)
  vote(@Param('id', ParseUUIDPipe) id: string, @Body() body: BallotDto, @LiveCaller() participant: LiveParticipant): Promise<BallotResult> {
    return this.motions.vote(id, participant, body);
  }
}
