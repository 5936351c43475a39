import { Body, Controller, Delete, Get, Header, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { LiveParticipant } from '@convene/live';
import {
  AskQuestionDto,
  EditQuestionDto,
  FullQuestionView,
  HideQuestionDto,
  MergeQuestionDto,
  QaChangesView,
  QaSettingsService,
  ConsoleList,
  QuestionList,
  QuestionsQuery,
  QuestionsService,
  QuestionView,
  VoteResult,
  questionsCsv,
  questionsMarkdown,
} from '@convene/qa';
import { Public } from '../auth/access.decorators';
import { ApiErrors, ApiLiveErrors } from '../http/api-errors';
import { LiveCaller } from '../live/live-caller.decorator';
import { requestLanguage } from '../http/request-language';
import type { Request } from 'express';

const IDENTITY_HEADER = { name: 'X-Live-Identity', required: false, description: 'The anonymous identity from POST /live/identity, for callers who are not signed in' };
const ROOM_CODE_HEADER = { name: 'X-Room-Code', required: false, description: 'The code shown in the room, when the chair asks for it to vote and ask (takePart room-code)' };

@ApiTags('qa')
@ApiHeader(IDENTITY_HEADER)
@ApiHeader(ROOM_CODE_HEADER)
@ApiExtraModels(QuestionList, QaChangesView)
@ApiLiveErrors()
@Public()
@Controller('sessions')
export class SessionQuestionsController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly settings: QaSettingsService,
  ) {}

  @Post(':id/questions')
  @ApiOperation({ summary: 'Ask a question (up to 500 characters of plain text); in pre-moderation only you and the moderators see it until approved' })
  @ApiCreatedResponse({ type: FullQuestionView, description: 'Your question, in full' })
  @ApiErrors({ status: 409, description: 'The Q&A is closed' }, 429)
  ask(@Param('id', ParseUUIDPipe) id: string, @Body() body: AskQuestionDto, @LiveCaller() participant: LiveParticipant, @Req() request: Request): Promise<FullQuestionView> {
    // Written in the language chosen in the form, else the page's.
    return this.questions.ask(id, participant, { ...body, language: body.language ?? requestLanguage(request) });
  }

  @Get(':id/questions')
  @ApiOperation({
    summary: 'The questions shown to the audience, by votes then time, with your own flagged "mine"; with ?since=N, the changes of the "qa" stream after N instead',
  })
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(QuestionList) }, { $ref: getSchemaPath(QaChangesView) }] }, description: 'The list; with ?since, the changes' })
  list(@Param('id', ParseUUIDPipe) id: string, @Query() query: QuestionsQuery, @LiveCaller() participant: LiveParticipant): Promise<QuestionList | QaChangesView> {
    return query.since === undefined ? this.questions.list(id, participant) : this.questions.changesSince(id, participant, query.since);
  }

  @Get(':id/questions/console')
  @ApiOperation({ summary: "Every question in full, for the chair's console (moderators)" })
  @ApiOkResponse({ type: ConsoleList })
  console(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<ConsoleList> {
    return this.questions.console(id, participant);
  }

  @Get(':id/questions.csv')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="questions.csv"')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Every question of the session as CSV (moderators)' })
  @ApiOkResponse({ description: 'CSV with a header row', content: { 'text/csv': { schema: { type: 'string' } } } })
  async csv(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<string> {
    return questionsCsv(await this.questions.forExport(id, participant));
  }

  @Get(':id/questions.md')
  @ApiProduces('text/markdown')
  @Header('Content-Type', 'text/markdown; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="questions.md"')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The answered questions in order, then the others, as Markdown (moderators)' })
  @ApiOkResponse({ description: 'Markdown', content: { 'text/markdown': { schema: { type: 'string' } } } })
  async markdown(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<string> {
    const questions = await this.questions.forExport(id, participant);
    const session = await this.settings.sessionWithQa(id);
    return questionsMarkdown(session.title, questions);
  }
}

@ApiTags('qa')
@ApiHeader(IDENTITY_HEADER)
@ApiHeader(ROOM_CODE_HEADER)
@ApiExtraModels(QuestionView, FullQuestionView)
@ApiLiveErrors()
@Public()
@Controller('questions')
export class QuestionsController {
  constructor(private readonly questions: QuestionsService) {}

  @Get(':id')
  @ApiOperation({ summary: 'One question: in full for its asker and moderators' })
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(FullQuestionView) }, { $ref: getSchemaPath(QuestionView) }] }, description: 'In full for its asker and moderators' })
  get(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<FullQuestionView | QuestionView> {
    return this.questions.get(id, participant);
  }

  @Post(':id/vote')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Upvote a question shown to the audience; once per participant (again changes nothing)' })
  @ApiOkResponse({ type: VoteResult })
  @ApiErrors({ status: 409, description: 'The Q&A is closed, or the question is not shown to the audience' }, 429)
  vote(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<VoteResult> {
    return this.questions.vote(id, participant, true);
  }

  @Delete(':id/vote')
  @ApiOperation({ summary: 'Withdraw your upvote' })
  @ApiOkResponse({ type: VoteResult })
  @ApiErrors({ status: 409, description: 'The Q&A is closed, or the question is not shown to the audience' }, 429)
  unvote(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<VoteResult> {
    return this.questions.vote(id, participant, false);
  }

  @Post(':id/approve')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Show a waiting (or hidden) question to the audience (moderators)' })
  @ApiOkResponse({ type: FullQuestionView })
  @ApiErrors({ status: 409, description: 'Not possible from the question’s current state' })
  approve(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<FullQuestionView> {
    return this.questions.moderate(id, participant, 'approve');
  }

  @Post(':id/hide')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Hide a question; the optional reason is shown to the asker only (moderators)' })
  @ApiOkResponse({ type: FullQuestionView })
  @ApiErrors({ status: 409, description: 'Not possible from the question’s current state' })
  hide(@Param('id', ParseUUIDPipe) id: string, @Body() body: HideQuestionDto, @LiveCaller() participant: LiveParticipant): Promise<FullQuestionView> {
    return this.questions.moderate(id, participant, 'hide', body.reason);
  }

  @Post(':id/answering')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Pin as "now answering"; the question pinned before is marked answered (moderators)' })
  @ApiOkResponse({ type: FullQuestionView })
  @ApiErrors({ status: 409, description: 'Not possible from the question’s current state' })
  answering(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<FullQuestionView> {
    return this.questions.moderate(id, participant, 'answering');
  }

  @Post(':id/answered')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark answered (moderators)' })
  @ApiOkResponse({ type: FullQuestionView })
  @ApiErrors({ status: 409, description: 'Not possible from the question’s current state' })
  answered(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<FullQuestionView> {
    return this.questions.moderate(id, participant, 'answered');
  }

  @Post(':id/reopen')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Back to the approved list, from answered, answering or hidden (moderators)' })
  @ApiOkResponse({ type: FullQuestionView })
  @ApiErrors({ status: 409, description: 'Not possible from the question’s current state' })
  reopen(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<FullQuestionView> {
    return this.questions.moderate(id, participant, 'reopen');
  }

  @Post(':id/merge')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Fold this duplicate into another question of the session: votes move, one per participant (moderators)' })
  @ApiOkResponse({ type: FullQuestionView })
  @ApiErrors({ status: 409, description: 'Not possible from the question’s current state' })
  merge(@Param('id', ParseUUIDPipe) id: string, @Body() body: MergeQuestionDto, @LiveCaller() participant: LiveParticipant): Promise<FullQuestionView> {
    return this.questions.merge(id, participant, body.intoId);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Correct a typo; the text as asked is kept (moderators)' })
  @ApiOkResponse({ type: FullQuestionView })
  edit(@Param('id', ParseUUIDPipe) id: string, @Body() body: EditQuestionDto, @LiveCaller() participant: LiveParticipant): Promise<FullQuestionView> {
    return this.questions.edit(id, participant, body.body);
  }
}
