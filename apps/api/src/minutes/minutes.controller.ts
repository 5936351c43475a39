import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseIntPipe, ParseUUIDPipe, Post, Put, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@convene/core';
import { DirectoryQueryDto, NotSignedIn, SignedIn } from '@convene/identity';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import {
  CommentsService,
  CreateCommentDto,
  CreateMinutesDto,
  DiffQuery,
  MinutesCommentDecisionView,
  MinutesCommentView,
  MinutesContentDto,
  MinutesDiffView,
  MinutesMailedView,
  AttendanceCandidateListView,
  MinutesRevisionView,
  MinutesService,
  MinutesView,
  RestoreRevisionDto,
  SaveMinutesDto,
  contentLanguage,
  minutesHtml,
  minutesMarkdown,
  minutesOparl,
  minutesPdf,
} from '@convene/minutes';
import type { Request, Response } from 'express';
import { requestLanguage } from '../http/request-language';
import { Public } from '../auth/access.decorators';
import { CurrentUser, OptionalUser } from '../auth/signed-in-request';
import { ApiErrors, ErrorView } from '../http/api-errors';
import { DOCUMENT_HEADERS } from '../http/page-headers';
import { ViewerResolver } from '../events/viewer.resolver';

const FORMATS = ['md', 'html', 'pdf', 'json'] as const;
type ExportFormat = (typeof FORMATS)[number];

/** The private link of a circulation mail: `?key=`. */
class ReaderKeyQuery {
  @ApiPropertyOptional({ description: 'The key from the circulation mail’s link: opens that draft (and corrections on it) without an account, until publication' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  key?: string;
}

/** A save or restore that named an old version: what is there now, to compare with. */
class MinutesVersionConflictView extends ErrorView {
  @ApiPropertyOptional({ description: 'When someone saved since' }) currentVersion?: number;
  @ApiPropertyOptional({ type: MinutesContentDto, description: 'The text as it now is' }) current?: MinutesContentDto;
}

const NOT_EDITOR = { status: 403, description: 'Not the minute-taker, the chair or an organiser' };
const WRONG_STATUS = { status: 409, description: 'Not possible in the minutes’ current status' };
const VERSION_CONFLICT = {
  status: 409,
  description: 'Someone saved since (the body has currentVersion and current), or the minutes are approved and frozen',
  type: MinutesVersionConflictView,
};

@ApiTags('minutes')
@Controller()
export class MinutesController {
  constructor(
    private readonly minutes: MinutesService,
    private readonly comments: CommentsService,
    private readonly viewers: ViewerResolver,
  ) {}

  @Post('events/:eventId/minutes')
  @ApiOperation({ summary: 'Draft minutes for the event (or one session) from the record: Present, Apologies, agenda items, Q&A, key moments, matters arising' })
  @ApiCreatedResponse({ type: MinutesView })
  @ApiErrors(400, 401, { status: 403, description: 'Not an organiser, chair or note-taker of the event or session' }, { status: 404, description: 'No such event or session' })
  create(@Param('eventId', ParseUUIDPipe) eventId: string, @Body() body: CreateMinutesDto, @CurrentUser() signedIn: SignedIn, @Req() request: Request): Promise<MinutesView> {
    return this.minutes.create(eventId, body.sessionId ?? null, signedIn.person.id, body.language ?? requestLanguage(request, signedIn.person.language));
  }

  @Public()
  @Get('events/:eventId/minutes')
  @ApiOperation({ summary: "The event's minutes the caller may see: published ones for the event's audience, drafts for their editors" })
  @ApiOkResponse({ type: [MinutesView] })
  @ApiErrors(400, { status: 404, description: 'No such event, or not visible to you' })
  async ofEvent(@Param('eventId', ParseUUIDPipe) eventId: string, @OptionalUser() signedIn: SignedIn | null): Promise<MinutesView[]> {
    return this.minutes.ofEvent(eventId, await this.viewers.viewer(signedIn));
  }

  @Public()
  @Get('minutes/:id')
  @ApiOperation({ summary: 'Minutes: for their editors, those present (signed in, or with the circulation mail’s ?key= while a draft), and the event’s audience once published' })
  @ApiOkResponse({ type: MinutesView })
  @ApiErrors(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string, @Query() query: ReaderKeyQuery, @OptionalUser() signedIn: SignedIn | null): Promise<MinutesView> {
    return this.minutes.get(id, await this.viewers.viewer(signedIn), query.key ?? null);
  }

  @Get('minutes/:id/attendance-candidates')
  @ApiOperation({ summary: 'Whom the minute-taker may record as Present: the event’s confirmed registrations, then people of the network, by name or organisation' })
  @ApiOkResponse({ type: AttendanceCandidateListView })
  @ApiErrors(400, 401, NOT_EDITOR, 404)
  async attendanceCandidates(@Param('id', ParseUUIDPipe) id: string, @Query() query: DirectoryQueryDto, @CurrentUser() signedIn: SignedIn): Promise<AttendanceCandidateListView> {
    return { items: await this.minutes.attendanceCandidates(id, query.q, signedIn.person.id) };
  }

  @Put('minutes/:id')
  @ApiOperation({ summary: 'Save the text; send the version you edited. Every save is kept as a revision' })
  @ApiOkResponse({ type: MinutesView, description: 'Saved: the new version' })
  @ApiErrors(400, 401, NOT_EDITOR, 404, VERSION_CONFLICT)
  save(@Param('id', ParseUUIDPipe) id: string, @Body() body: SaveMinutesDto, @CurrentUser() signedIn: SignedIn): Promise<MinutesView> {
    return this.minutes.save(id, body.version, body.content, signedIn.person.id, body.autosave ?? false, body.language);
  }

  @Get('minutes/:id/revisions')
  @ApiOperation({ summary: 'Every saved version of the text, newest first: who saved it, when and why' })
  @ApiOkResponse({ type: [MinutesRevisionView] })
  @ApiErrors(400, 401, NOT_EDITOR, 404)
  revisions(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn): Promise<MinutesRevisionView[]> {
    return this.minutes.revisions(id, signedIn.person.id);
  }

  @Get('minutes/:id/diff')
  @ApiOperation({ summary: 'A unified diff between two revisions, of their Markdown' })
  @ApiOkResponse({ type: MinutesDiffView })
  @ApiErrors(400, 401, NOT_EDITOR, 404)
  diff(@Param('id', ParseUUIDPipe) id: string, @Query() query: DiffQuery, @CurrentUser() signedIn: SignedIn): Promise<MinutesDiffView> {
    return this.minutes.diff(id, query.from, query.to, signedIn.person.id);
  }

  @Post('minutes/:id/revisions/:version/restore')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Make an old revision's text current again (a new revision); send the current version" })
  @ApiOkResponse({ type: MinutesView })
  @ApiErrors(400, 401, NOT_EDITOR, 404, VERSION_CONFLICT)
  restore(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('version', ParseIntPipe) version: number,
    @Body() body: RestoreRevisionDto,
    @CurrentUser() signedIn: SignedIn,
  ): Promise<MinutesView> {
    return this.minutes.restore(id, version, body.version, signedIn.person.id);
  }

  @Post('minutes/:id/circulate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Mail the draft to those present (checked in, or recorded by hand with a registration or person), each with a private link to read it and suggest corrections until publication; says how many were mailed',
  })
  @ApiOkResponse({ type: MinutesMailedView })
  @ApiErrors(400, 401, NOT_EDITOR, 404, WRONG_STATUS)
  circulate(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn): Promise<MinutesMailedView> {
    return this.minutes.circulate(id, signedIn.person.id);
  }

  @Post('minutes/:id/approve')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The chair or an organiser approves: the text is frozen' })
  @ApiOkResponse({ type: MinutesView })
  @ApiErrors(400, 401, NOT_EDITOR, 404, WRONG_STATUS)
  approve(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn): Promise<MinutesView> {
    return this.minutes.approve(id, signedIn.person.id);
  }

  @Post('minutes/:id/publish')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Publish approved minutes to the event's audience; mails those present and with apologies, once each, and says how many" })
  @ApiOkResponse({ type: MinutesMailedView })
  @ApiErrors(400, 401, NOT_EDITOR, 404, WRONG_STATUS)
  publish(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn): Promise<MinutesMailedView> {
    return this.minutes.publish(id, signedIn.person.id);
  }

  @Public()
  @Post('minutes/:id/comments')
  @ApiOperation({ summary: 'Suggest a correction on an item of a circulated draft (those present: signed in, or with the circulation mail’s ?key=)' })
  @ApiCreatedResponse({ type: MinutesCommentView })
  @ApiErrors(400, 401, { status: 403, description: 'Not present at the meeting' }, 404, { status: 409, description: 'Corrections are taken only while the minutes are a draft' })
  async comment(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateCommentDto,
    @Query() query: ReaderKeyQuery,
    @OptionalUser() signedIn: SignedIn | null,
  ): Promise<MinutesCommentView> {
    if (!signedIn && !query.key) throw new NotSignedIn();
    return this.comments.add(id, body, await this.viewers.viewer(signedIn), query.key ?? null);
  }

  @Public()
  @Get('minutes/:id/comments')
  @ApiOperation({ summary: 'The corrections suggested: all of them for the minute-takers, your own for those present (signed in, or with ?key=)' })
  @ApiOkResponse({ type: [MinutesCommentView], description: 'Oldest first' })
  @ApiErrors(400, 401, 403, 404)
  async listComments(@Param('id', ParseUUIDPipe) id: string, @Query() query: ReaderKeyQuery, @OptionalUser() signedIn: SignedIn | null): Promise<MinutesCommentView[]> {
    if (!signedIn && !query.key) throw new NotSignedIn();
    return this.comments.list(id, await this.viewers.viewer(signedIn), query.key ?? null);
  }

  @Post('minutes/:id/comments/:commentId/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Accept a correction: its replacement text goes into the item as a new revision' })
  @ApiOkResponse({ type: MinutesCommentDecisionView })
  @ApiErrors(400, 401, NOT_EDITOR, 404, { status: 409, description: 'Already decided, or the minutes are no longer a draft' })
  accept(@Param('id', ParseUUIDPipe) id: string, @Param('commentId', ParseUUIDPipe) commentId: string, @CurrentUser() signedIn: SignedIn): Promise<MinutesCommentDecisionView> {
    return this.comments.decide(id, commentId, true, signedIn.person.id);
  }

  @Post('minutes/:id/comments/:commentId/decline')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Decline a correction: the text stays as it is' })
  @ApiOkResponse({ type: MinutesCommentDecisionView })
  @ApiErrors(400, 401, NOT_EDITOR, 404, { status: 409, description: 'Already decided, or the minutes are no longer a draft' })
  decline(@Param('id', ParseUUIDPipe) id: string, @Param('commentId', ParseUUIDPipe) commentId: string, @CurrentUser() signedIn: SignedIn): Promise<MinutesCommentDecisionView> {
    return this.comments.decide(id, commentId, false, signedIn.person.id);
  }

  @Public()
  @Get('minutes/:id/export/:format')
  @ApiParam({ name: 'format', enum: FORMATS })
  @ApiOperation({ summary: 'Markdown, printable HTML, PDF, or JSON shaped as an OParl 1.1 Meeting with its agenda items' })
  @ApiOkResponse({
    description: 'The document in the format asked for',
    content: {
      'text/markdown': { schema: { type: 'string' } },
      'text/html': { schema: { type: 'string' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'application/json': { schema: { type: 'object', description: 'An OParl 1.1 Meeting with its agenda items' } },
    },
  })
  @ApiErrors({ status: 400, description: 'An unknown format, or a malformed id' }, 404)
  async export(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('format') format: string,
    @Query() query: ReaderKeyQuery,
    @OptionalUser() signedIn: SignedIn | null,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile | Record<string, unknown>> {
    if (!FORMATS.includes(format as ExportFormat)) throw new UnknownFormat();
    const { document, event } = await this.minutes.document(id, await this.viewers.viewer(signedIn), query.key ?? null);
    const name = `minutes-${event.slug}`;
    // Whatever the format, a browser renders it as sent: never framed, never sniffed into HTML.
    response.set(DOCUMENT_HEADERS);
    response.setHeader('Content-Language', contentLanguage(document.languages));
    switch (format as ExportFormat) {
      case 'md':
        response.setHeader('Content-Disposition', `inline; filename="${name}.md"`);
        return new StreamableFile(Buffer.from(minutesMarkdown(document)), { type: 'text/markdown; charset=utf-8' });
      case 'html':
        return new StreamableFile(Buffer.from(minutesHtml(document)), { type: 'text/html; charset=utf-8' });
      case 'pdf':
        response.setHeader('Content-Disposition', `inline; filename="${name}.pdf"`);
        return new StreamableFile(await minutesPdf(document), { type: 'application/pdf' });
      case 'json':
        return minutesOparl(document, event, `${this.minutes.apiUrl(id)}/export/pdf`);
    }
  }
}

class UnknownFormat extends DomainError {
  constructor() {
    super('invalid', 'unknown_format', `Minutes export as one of: ${FORMATS.join(', ')}`);
  }
}
