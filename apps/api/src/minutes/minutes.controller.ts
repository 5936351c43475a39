import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseIntPipe, ParseUUIDPipe, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { DomainError } from '@convene/core';
import { SignedIn } from '@convene/identity';
import {
  CommentsService,
  CreateCommentDto,
  CreateMinutesDto,
  DiffQuery,
  MinutesContentDto,
  MinutesService,
  RestoreRevisionDto,
  SaveMinutesDto,
  minutesHtml,
  minutesMarkdown,
  minutesOparl,
  minutesPdf,
} from '@convene/minutes';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators';
import { CurrentUser, OptionalUser } from '../auth/signed-in-request';
import { ViewerResolver } from '../events/viewer.resolver';

const FORMATS = ['md', 'html', 'pdf', 'json'] as const;
type ExportFormat = (typeof FORMATS)[number];

/** The shape of MinutesView (libs/minutes), for the OpenAPI document. */
const MINUTES_VIEW_SCHEMA = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    eventId: { type: 'string', format: 'uuid' },
    sessionId: { type: 'string', format: 'uuid', nullable: true },
    status: { type: 'string', enum: ['draft', 'approved', 'published'] },
    version: { type: 'integer' },
    content: { $ref: getSchemaPath(MinutesContentDto) },
    actions: { type: 'array', items: { type: 'object' } },
    circulatedAt: { type: 'string', format: 'date-time', nullable: true },
    approvedByName: { type: 'string', nullable: true },
    approvedAt: { type: 'string', format: 'date-time', nullable: true },
    publishedAt: { type: 'string', format: 'date-time', nullable: true },
    url: { type: 'string' },
    canEdit: { type: 'boolean' },
    canApprove: { type: 'boolean' },
  },
};

@ApiTags('minutes')
@ApiExtraModels(MinutesContentDto)
@Controller()
export class MinutesController {
  constructor(
    private readonly minutes: MinutesService,
    private readonly comments: CommentsService,
    private readonly viewers: ViewerResolver,
  ) {}

  @Post('events/:eventId/minutes')
  @ApiCreatedResponse({ schema: MINUTES_VIEW_SCHEMA })
  @ApiOperation({ summary: 'Draft minutes for the event (or one session) from the record: Present, Apologies, agenda items, Q&A, key moments, matters arising' })
  create(@Param('eventId', ParseUUIDPipe) eventId: string, @Body() body: CreateMinutesDto, @CurrentUser() signedIn: SignedIn) {
    return this.minutes.create(eventId, body.sessionId ?? null, signedIn.person.id);
  }

  @Public()
  @Get('events/:eventId/minutes')
  @ApiOkResponse({ schema: { type: 'array', items: MINUTES_VIEW_SCHEMA } })
  @ApiOperation({ summary: "The event's minutes the caller may see: published ones for the event's audience, drafts for their editors" })
  async ofEvent(@Param('eventId', ParseUUIDPipe) eventId: string, @OptionalUser() signedIn: SignedIn | null) {
    return this.minutes.ofEvent(eventId, await this.viewers.viewer(signedIn));
  }

  @Public()
  @Get('minutes/:id')
  @ApiOkResponse({ schema: MINUTES_VIEW_SCHEMA })
  async get(@Param('id', ParseUUIDPipe) id: string, @OptionalUser() signedIn: SignedIn | null) {
    return this.minutes.get(id, await this.viewers.viewer(signedIn));
  }

  @Put('minutes/:id')
  @ApiOperation({ summary: 'Save the text; send the version you edited. Every save is kept as a revision' })
  @ApiConflictResponse({ description: 'Someone saved since (body: currentVersion, current) or the minutes are approved and frozen' })
  save(@Param('id', ParseUUIDPipe) id: string, @Body() body: SaveMinutesDto, @CurrentUser() signedIn: SignedIn) {
    return this.minutes.save(id, body.version, body.content, signedIn.person.id, body.autosave ?? false);
  }

  @Get('minutes/:id/revisions')
  revisions(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn) {
    return this.minutes.revisions(id, signedIn.person.id);
  }

  @Get('minutes/:id/diff')
  @ApiOperation({ summary: 'A unified diff between two revisions, of their Markdown' })
  diff(@Param('id', ParseUUIDPipe) id: string, @Query() query: DiffQuery, @CurrentUser() signedIn: SignedIn) {
    return this.minutes.diff(id, query.from, query.to, signedIn.person.id);
  }

  @Post('minutes/:id/revisions/:version/restore')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Make an old revision's text current again (a new revision); send the current version" })
  restore(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('version', ParseIntPipe) version: number,
    @Body() body: RestoreRevisionDto,
    @CurrentUser() signedIn: SignedIn,
  ) {
    return this.minutes.restore(id, version, body.version, signedIn.person.id);
  }

  @Post('minutes/:id/circulate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mail the draft to those present, who may then suggest corrections' })
  circulate(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn) {
    return this.minutes.circulate(id, signedIn.person.id);
  }

  @Post('minutes/:id/approve')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The chair or an organiser approves: the text is frozen' })
  approve(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn) {
    return this.minutes.approve(id, signedIn.person.id);
  }

  @Post('minutes/:id/publish')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Publish approved minutes to the event's audience; mails those present and with apologies, once each" })
  publish(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn) {
    return this.minutes.publish(id, signedIn.person.id);
  }

  @Post('minutes/:id/comments')
  @ApiOperation({ summary: 'Suggest a correction on an item of a circulated draft (those present) ' })
  async comment(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateCommentDto, @CurrentUser() signedIn: SignedIn) {
    return this.comments.add(id, body, (await this.viewers.viewer(signedIn))!);
  }

  @Get('minutes/:id/comments')
  async listComments(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn) {
    return this.comments.list(id, (await this.viewers.viewer(signedIn))!);
  }

  @Post('minutes/:id/comments/:commentId/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Accept a correction: its replacement text goes into the item as a new revision' })
  accept(@Param('id', ParseUUIDPipe) id: string, @Param('commentId', ParseUUIDPipe) commentId: string, @CurrentUser() signedIn: SignedIn) {
    return this.comments.decide(id, commentId, true, signedIn.person.id);
  }

  @Post('minutes/:id/comments/:commentId/decline')
  @HttpCode(HttpStatus.OK)
  decline(@Param('id', ParseUUIDPipe) id: string, @Param('commentId', ParseUUIDPipe) commentId: string, @CurrentUser() signedIn: SignedIn) {
    return this.comments.decide(id, commentId, false, signedIn.person.id);
  }

  @Public()
  @Get('minutes/:id/export/:format')
  @ApiParam({ name: 'format', enum: FORMATS })
  @ApiProduces('text/markdown', 'text/html', 'application/pdf', 'application/json')
  @ApiOperation({ summary: 'Markdown, printable HTML, PDF, or JSON shaped as an OParl 1.1 Meeting with its agenda items' })
  async export(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('format') format: string,
    @OptionalUser() signedIn: SignedIn | null,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile | Record<string, unknown>> {
    if (!FORMATS.includes(format as ExportFormat)) throw new UnknownFormat();
    const { document, event } = await this.minutes.document(id, await this.viewers.viewer(signedIn));
    const name = `minutes-${event.slug}`;
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
