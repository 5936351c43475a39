import { Body, Controller, Delete, Get, Headers, HttpCode, HttpStatus, Inject, Param, ParseUUIDPipe, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@convene/core';
import { SignedIn } from '@convene/identity';
import {
  CreateLiveblogEntryDto,
  EventLiveblogListView,
  InvalidEntry,
  LiveblogChangesView,
  LiveblogEditorListView,
  LiveblogEntryListView,
  LiveblogEntryView,
  LiveblogReading,
  LiveblogService,
  LiveblogView,
  UpdateLiveblogEntryDto,
  atomFeed,
} from '@convene/liveblog';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Request, Response } from 'express';
import { Public, RequireResourceRole } from '../auth/access.decorators';
import { CurrentUser, OptionalUser } from '../auth/signed-in-request';
import { ViewerResolver } from '../events/viewer.resolver';
import { ApiErrors } from '../http/api-errors';
import { requestLanguage } from '../http/request-language';

class LiveblogQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 200, description: 'How many of the newest entries' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, description: "Only the changes after this sequence number of the session's 'liveblog' stream (catch-up after a dropped connection)" })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  since?: number;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,100}$/;

const ReaderErrors = () =>
  ApiErrors(400, { status: 401, description: 'Not signed in, and the event is not public' }, { status: 403, description: 'Not of the event’s audience' }, { status: 404, description: 'No such session, or it has no liveblog' });
const EditorErrors = () =>
  ApiErrors(400, 401, { status: 403, description: 'Not an editor of this liveblog' }, { status: 404, description: 'No such session or entry, or the session has no liveblog' });
const OrganiserErrors = () =>
  ApiErrors(400, 401, { status: 403, description: 'Not an organiser of the event' }, { status: 404, description: 'No such session, person or editor, or the session has no liveblog' });

@ApiTags('liveblog')
@ApiExtraModels(LiveblogView, LiveblogChangesView)
@Controller('sessions/:id/liveblog')
export class LiveblogController {
  constructor(
    private readonly liveblog: LiveblogService,
    private readonly reading: LiveblogReading,
  ) {}

  @Public()
  @Get()
  @ApiOperation({
    summary:
      "A session's liveblog: published entries newest first, key moments, the pinned entry, the session's title, chair and speakers, and lastSeq; with ?since=N only the changes after N ({ changes, lastSeq }), as the live events carry them",
  })
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(LiveblogView) }, { $ref: getSchemaPath(LiveblogChangesView) }] }, description: 'The liveblog; with ?since, the changes' })
  @ReaderErrors()
  async read(@Param('id', ParseUUIDPipe) id: string, @Query() query: LiveblogQuery, @OptionalUser() signedIn: SignedIn | null): Promise<LiveblogView | LiveblogChangesView> {
    if (query.since !== undefined) return this.reading.changes(id, signedIn, query.since);
    return this.reading.read(id, signedIn, query.limit ?? 200);
  }

  @Public()
  @Get('entries/:entryId')
  @ApiOperation({ summary: "One published entry (its permalink)" })
  @ApiOkResponse({ type: LiveblogEntryView })
  @ReaderErrors()
  entry(@Param('id', ParseUUIDPipe) id: string, @Param('entryId', ParseUUIDPipe) entryId: string, @OptionalUser() signedIn: SignedIn | null): Promise<LiveblogEntryView> {
    return this.reading.entry(id, entryId, signedIn);
  }

  @Get('drafts')
  @ApiOperation({ summary: 'Draft entries, for the liveblog editors' })
  @ApiOkResponse({ type: LiveblogEntryListView, description: 'Oldest first' })
  @EditorErrors()
  async drafts(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn): Promise<LiveblogEntryListView> {
    return { items: await this.liveblog.drafts(id, { personId: signedIn.person.id }) };
  }

  @Post()
  @ApiOperation({ summary: 'Post an entry (or a draft with draft: true). A retry with the same Idempotency-Key returns the same entry (200), never a second one' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '8-100 printable characters, e.g. a UUID made by the client for this entry' })
  @ApiCreatedResponse({ type: LiveblogEntryView, description: 'Posted' })
  @ApiOkResponse({ type: LiveblogEntryView, description: 'The entry this Idempotency-Key already posted' })
  @EditorErrors()
  async post(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateLiveblogEntryDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentUser() signedIn: SignedIn,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LiveblogEntryView> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new InvalidEntry('Idempotency-Key', 'The Idempotency-Key header must be 8 to 100 printable characters');
    }
    // Written in the language chosen in the editor, else the writer's.
    const language = body.language ?? requestLanguage(request, signedIn.person.language);
    const result = await this.liveblog.post(id, { personId: signedIn.person.id }, { ...body, language }, idempotencyKey);
    response.status(result.created ? HttpStatus.CREATED : HttpStatus.OK);
    return result.entry;
  }

  @Patch(':entryId')
  @ApiOperation({ summary: 'Edit an entry of this session; readers see it marked "edited"' })
  @ApiOkResponse({ type: LiveblogEntryView })
  @EditorErrors()
  edit(@Param('id', ParseUUIDPipe) id: string, @Param('entryId', ParseUUIDPipe) entryId: string, @Body() body: UpdateLiveblogEntryDto, @CurrentUser() signedIn: SignedIn): Promise<LiveblogEntryView> {
    return this.liveblog.edit(id, entryId, { personId: signedIn.person.id }, body);
  }

  @Delete(':entryId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete an entry: readers lose it at once (kept in the database, marked deleted)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @EditorErrors()
  async remove(@Param('id', ParseUUIDPipe) id: string, @Param('entryId', ParseUUIDPipe) entryId: string, @CurrentUser() signedIn: SignedIn): Promise<void> {
    await this.liveblog.remove(id, entryId, { personId: signedIn.person.id });
  }

  @Post(':entryId/publish')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Publish a draft' })
  @ApiOkResponse({ type: LiveblogEntryView })
  @EditorErrors()
  @ApiErrors({ status: 409, description: 'Already published' })
  publish(@Param('id', ParseUUIDPipe) id: string, @Param('entryId', ParseUUIDPipe) entryId: string, @CurrentUser() signedIn: SignedIn): Promise<LiveblogEntryView> {
    return this.liveblog.publish(id, entryId, { personId: signedIn.person.id });
  }

  @Put(':entryId/pin')
  @ApiOperation({ summary: 'Pin this entry at the top (unpinning any other)' })
  @ApiOkResponse({ type: LiveblogEntryView })
  @EditorErrors()
  @ApiErrors({ status: 409, description: 'A draft cannot be pinned' })
  pin(@Param('id', ParseUUIDPipe) id: string, @Param('entryId', ParseUUIDPipe) entryId: string, @CurrentUser() signedIn: SignedIn): Promise<LiveblogEntryView> {
    return this.liveblog.pin(id, entryId, { personId: signedIn.person.id }, true);
  }

  @Delete(':entryId/pin')
  @ApiOperation({ summary: 'Unpin this entry' })
  @ApiOkResponse({ type: LiveblogEntryView })
  @EditorErrors()
  unpin(@Param('id', ParseUUIDPipe) id: string, @Param('entryId', ParseUUIDPipe) entryId: string, @CurrentUser() signedIn: SignedIn): Promise<LiveblogEntryView> {
    return this.liveblog.pin(id, entryId, { personId: signedIn.person.id }, false);
  }

  @RequireResourceRole('session', 'organiser')
  @Get('editors')
  @ApiOperation({ summary: "The people named to write this session's liveblog (its chair and the event's organisers may without being named)" })
  @ApiOkResponse({ type: LiveblogEditorListView, description: 'By name' })
  @OrganiserErrors()
  async editors(@Param('id', ParseUUIDPipe) id: string): Promise<LiveblogEditorListView> {
    await this.liveblog.liveblogSession(id);
    return { items: await this.liveblog.namedEditors(id) };
  }

  @RequireResourceRole('session', 'organiser')
  @Put('editors/:personId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Name a person as a liveblog editor of this session' })
  @ApiNoContentResponse({ description: 'Named (again changes nothing)' })
  @OrganiserErrors()
  async addEditor(@Param('id', ParseUUIDPipe) id: string, @Param('personId', ParseUUIDPipe) personId: string, @CurrentUser() signedIn: SignedIn): Promise<void> {
    await this.liveblog.addEditor(id, personId, signedIn.person.id);
  }

  @RequireResourceRole('session', 'organiser')
  @Delete('editors/:personId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a liveblog editor of this session' })
  @ApiNoContentResponse({ description: 'Removed' })
  @OrganiserErrors()
  async removeEditor(@Param('id', ParseUUIDPipe) id: string, @Param('personId', ParseUUIDPipe) personId: string): Promise<void> {
    await this.liveblog.removeEditor(id, personId);
  }
}

@ApiTags('liveblog')
@Controller('sessions')
export class LiveblogFeedController {
  constructor(
    private readonly reading: LiveblogReading,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get(':id/liveblog.atom')
  @ApiProduces('application/atom+xml')
  @ApiOperation({ summary: "The liveblog's published entries as an Atom feed" })
  @ApiOkResponse({ description: 'Atom 1.0, the newest 200 entries', content: { 'application/atom+xml': { schema: { type: 'string' } } } })
  @ReaderErrors()
  async atom(@Param('id', ParseUUIDPipe) id: string, @OptionalUser() signedIn: SignedIn | null, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<string> {
    const { title, entries } = await this.reading.feed(id, signedIn, 200);
    response.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
    const base = this.config.publicUrl.replace(/\/$/, '');
    return atomFeed({
      pageUrl: `${base}/sessions/${id}/liveblog`,
      feedUrl: `${base}/api/v1/sessions/${id}/liveblog.atom`,
      sessionId: id,
      title,
      entries,
      // Its own words in the reader's language (the site's cookie, their saved language, Accept-Language).
      language: requestLanguage(request, signedIn?.person.language),
    });
  }
}

@ApiTags('liveblog')
@Controller('events')
export class EventLiveblogsController {
  constructor(
    private readonly reading: LiveblogReading,
    private readonly viewers: ViewerResolver,
  ) {}

  @Public()
  @Get(':idOrSlug/liveblogs')
  @ApiOperation({ summary: "The event's liveblogs (sessions with one) in agenda order, with how many entries each has" })
  @ApiOkResponse({ type: EventLiveblogListView })
  @ApiErrors({ status: 404, description: 'No such event, or not visible to you' })
  async list(@Param('idOrSlug') idOrSlug: string, @OptionalUser() signedIn: SignedIn | null): Promise<EventLiveblogListView> {
    return this.reading.ofEvent(idOrSlug, await this.viewers.viewer(signedIn));
  }
}
