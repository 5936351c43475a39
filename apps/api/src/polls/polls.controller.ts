import { Body, Controller, Delete, Get, Header, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { LiveParticipant } from '@convene/live';
import {
  AnswerPollDto,
  AnswerResult,
  ConsolePoll,
  CreatePollDto,
  PollAuditDoc,
  PollChanges,
  PollConsole,
  PollList,
  PollsQuery,
  PollsService,
  PollVerb,
  UpdatePollDto,
  pollsCsv,
} from '@convene/polls';
import { Public } from '../auth/access.decorators';
import { ApiErrors, ApiLiveErrors } from '../http/api-errors';
import { LiveCaller } from '../live/live-caller.decorator';

const IDENTITY_HEADER = { name: 'X-Live-Identity', required: false, description: 'The anonymous identity from POST /live/identity, for callers who are not signed in' };
const WRONG_STATE = { status: 409, description: 'Not possible in the poll’s current state (e.g. closed, or no longer a draft)' };

@ApiTags('polls')
@ApiHeader(IDENTITY_HEADER)
@ApiExtraModels(PollList, PollChanges)
@ApiLiveErrors()
@Public()
@Controller('sessions')
export class SessionPollsController {
  constructor(private readonly polls: PollsService) {}

  @Post(':id/polls')
  @ApiOperation({ summary: 'Prepare a poll (a draft only moderators see): single or multiple choice, rating 1-5, or text (moderators)' })
  @ApiCreatedResponse({ type: ConsolePoll })
  create(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreatePollDto, @LiveCaller() participant: LiveParticipant): Promise<ConsolePoll> {
    return this.polls.create(id, participant, body);
  }

  @Get(':id/polls')
  @ApiOperation({ summary: 'The session’s open and closed polls (results only where the chair shows them) and your answers; with ?since=N, the changes of the "polls" stream after N' })
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(PollList) }, { $ref: getSchemaPath(PollChanges) }] }, description: 'The list; with ?since, the changes' })
  list(@Param('id', ParseUUIDPipe) id: string, @Query() query: PollsQuery, @LiveCaller() participant: LiveParticipant): Promise<PollList | PollChanges> {
    return query.since === undefined ? this.polls.list(id, participant) : this.polls.changesSince(id, participant, query.since);
  }

  @Get(':id/polls/console')
  @ApiOperation({ summary: 'Every poll, drafts included, with its results and text answers (moderators)' })
  @ApiOkResponse({ type: PollConsole })
  console(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<PollConsole> {
    return this.polls.console(id, participant);
  }

  @Get(':id/polls/audit')
  @ApiOperation({ summary: 'Who prepared, opened, closed, revealed which poll, and the counts at each close, newest first (moderators)' })
  @ApiOkResponse({ type: PollAuditDoc })
  async audit(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<PollAuditDoc> {
    return { items: await this.polls.auditTrail(id, participant) };
  }

  @Get(':id/polls.csv')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="polls.csv"')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The results of every opened poll as CSV: one row per option, rating or word (moderators)' })
  @ApiOkResponse({ description: 'CSV with a header row', content: { 'text/csv': { schema: { type: 'string' } } } })
  async csv(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<string> {
    return pollsCsv(await this.polls.forExport(id, participant));
  }
}

@ApiTags('polls')
@ApiHeader(IDENTITY_HEADER)
@ApiLiveErrors()
@Public()
@Controller('polls')
export class PollsController {
  constructor(private readonly polls: PollsService) {}

  @Patch(':id')
  @ApiOperation({ summary: 'Change a draft (moderators)' })
  @ApiOkResponse({ type: ConsolePoll })
  @ApiErrors(WRONG_STATE)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdatePollDto, @LiveCaller() participant: LiveParticipant): Promise<ConsolePoll> {
    return this.polls.update(id, participant, body);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a draft (moderators)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(WRONG_STATE)
  async remove(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<void> {
    await this.polls.remove(id, participant);
  }

  @Post(':id/open')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Open a draft: the room sees it and may answer (moderators)' })
  @ApiOkResponse({ type: ConsolePoll })
  @ApiErrors(WRONG_STATE)
  open(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<ConsolePoll> {
    return this.act(id, participant, 'open');
  }

  @Post(':id/close')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Close: no more answers or changes; answers in flight are counted (moderators)' })
  @ApiOkResponse({ type: ConsolePoll })
  @ApiErrors(WRONG_STATE)
  close(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<ConsolePoll> {
    return this.act(id, participant, 'close');
  }

  @Post(':id/reveal')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Show the results to the room, live from now on (moderators)' })
  @ApiOkResponse({ type: ConsolePoll })
  @ApiErrors(WRONG_STATE)
  reveal(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<ConsolePoll> {
    return this.act(id, participant, 'reveal');
  }

  @Post(':id/conceal')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Hide the results from the room again (moderators)' })
  @ApiOkResponse({ type: ConsolePoll })
  @ApiErrors(WRONG_STATE)
  conceal(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<ConsolePoll> {
    return this.act(id, participant, 'conceal');
  }

  @Post(':id/answers')
  @ApiOperation({ summary: 'Answer an open poll, once: a second answer is refused (409) and changes nothing; change it with PUT .../answers/mine' })
  @ApiCreatedResponse({ type: AnswerResult })
  @ApiErrors({ status: 409, description: 'The poll is closed, or you answered already' }, 429)
  answer(@Param('id', ParseUUIDPipe) id: string, @Body() body: AnswerPollDto, @LiveCaller() participant: LiveParticipant): Promise<AnswerResult> {
    return this.polls.answer(id, participant, body, false);
  }

  @Put(':id/answers/mine')
  @ApiOperation({ summary: 'Give or change your answer while the poll is open; you still count once' })
  @ApiOkResponse({ type: AnswerResult })
  @ApiErrors({ status: 409, description: 'The poll is closed' }, 429)
  change(@Param('id', ParseUUIDPipe) id: string, @Body() body: AnswerPollDto, @LiveCaller() participant: LiveParticipant): Promise<AnswerResult> {
    return this.polls.answer(id, participant, body, true);
  }

  @Post(':id/answers/:answerId/hide')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Keep a text answer out of the word cloud (moderators)' })
  @ApiOkResponse({ type: ConsolePoll })
  hide(@Param('id', ParseUUIDPipe) id: string, @Param('answerId', ParseUUIDPipe) answerId: string, @LiveCaller() participant: LiveParticipant): Promise<ConsolePoll> {
    return this.polls.setAnswerHidden(id, answerId, participant, true);
  }

  @Post(':id/answers/:answerId/show')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Put a hidden (or word-filtered) text answer in the word cloud (moderators)' })
  @ApiOkResponse({ type: ConsolePoll })
  show(@Param('id', ParseUUIDPipe) id: string, @Param('answerId', ParseUUIDPipe) answerId: string, @LiveCaller() participant: LiveParticipant): Promise<ConsolePoll> {
    return this.polls.setAnswerHidden(id, answerId, participant, false);
  }

  private act(id: string, participant: LiveParticipant, verb: PollVerb): Promise<ConsolePoll> {
    return this.polls.act(id, participant, verb);
  }
}
