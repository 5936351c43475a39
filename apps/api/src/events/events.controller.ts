import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags, ApiTooManyRequestsResponse, getSchemaPath } from '@nestjs/swagger';
import {
  AgendaChangesListView, AgendaPublishedView, AgendaService, CreateEventDto, CreateSessionDto, EventKind, EventsService, SessionView, UnpublishedAgendaView, UpdateEventDto,
} from '@convene/events';
import { NetworkRole, SignedIn } from '@convene/identity';
import { ListQueryDto, pageRequest } from '@convene/core';
import {
  ApologyListView, ApologyService, CheckInByCodeDto, CheckInResultView, CheckInService, CreateApologyDto, CreateInvitationDto, CreateRegistrationDto, EventCatalogue,
  ApologiesView, AttendeeListView, EventListView, EventView, PastEventListView, InvitationSentView, PublicAgendaView, RegistrationListView,
  InvitationService, RegistrantsMessageDto, RegistrantsMessageResultView, RegistrantsService, RegistrationService, RegistrationSummaryView, RegistrationView,
  WalkInDto,
} from '@convene/registration';
import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import type { Request, Response } from 'express';
import { requestLanguage } from '../http/request-language';
import { Public, RequireResourceRole, RequireRoles } from '../auth/access.decorators';
import { CurrentUser, OptionalUser, clientIp } from '../auth/signed-in-request';
import { ViewerResolver } from './viewer.resolver';

class EventListQuery {
  @ApiPropertyOptional({ enum: ['upcoming', 'past'], default: 'upcoming', description: 'past: events that have ended, newest first, paged' })
  @IsOptional()
  @IsIn(['upcoming', 'past'])
  when?: 'upcoming' | 'past';

  @ApiPropertyOptional({ enum: EventKind })
  @IsOptional()
  @IsEnum(EventKind)
  kind?: EventKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Host organisation' })
  @IsOptional()
  @IsUUID()
  host?: string;

  @ApiPropertyOptional({ example: '2027-02', pattern: '^\\d{4}-\\d{2}$' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must look like 2027-02' })
  month?: string;

  @ApiPropertyOptional({ example: 2016, description: 'With when=past: the year the events started in' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(9999)
  year?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, description: 'With when=past' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'With when=past' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly agenda: AgendaService,
    private readonly catalogue: EventCatalogue,
    private readonly registrations: RegistrationService,
    private readonly invitations: InvitationService,
    private readonly apologies: ApologyService,
    private readonly checkIn: CheckInService,
    private readonly registrants: RegistrantsService,
    private readonly viewers: ViewerResolver,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Upcoming published events, soonest first; with when=past, those that have ended, newest first, a page at a time' })
  @ApiExtraModels(PastEventListView)
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(EventListView) }, { $ref: getSchemaPath(PastEventListView) }] } })
  async list(@Query() query: EventListQuery): Promise<EventListView | PastEventListView> {
    if (query.when === 'past') return this.catalogue.past({ year: query.year, limit: query.limit ?? 20, offset: query.offset ?? 0 });
    return { items: await this.catalogue.upcoming({ kind: query.kind, hostOrganisationId: query.host, month: query.month }) };
  }

  @RequireRoles(NetworkRole.Organiser)
  @Post()
  @ApiOperation({ summary: 'Create an event (a draft); its creator becomes one of its organisers' })
  @ApiCreatedResponse({ type: EventView })
  async create(@Body() body: CreateEventDto, @CurrentUser() signedIn: SignedIn) {
    const event = await this.events.create(body, signedIn.person.id);
    return this.catalogue.event(event.id, await this.viewers.viewer(signedIn));
  }

  @Get('mine')
  @ApiOperation({ summary: 'The events you organise, drafts and past ones included, newest first' })
  @ApiOkResponse({ type: EventListView })
  async mine(@CurrentUser() signedIn: SignedIn) {
    return { items: await this.catalogue.managedBy(signedIn.person.id) };
  }

  @Public()
  @Get(':idOrSlug')
  @ApiOperation({ summary: 'An event; details only for those it is for (restricted: true otherwise)' })
  @ApiOkResponse({ type: EventView })
  async get(@Param('idOrSlug') idOrSlug: string, @OptionalUser() signedIn: SignedIn | null) {
    return this.catalogue.event(idOrSlug, await this.viewers.viewer(signedIn));
  }

  @RequireResourceRole('event', 'organiser')
  @Patch(':id')
  @ApiOperation({ summary: 'Change an event; raising the capacity promotes from the waiting list' })
  @ApiOkResponse({ type: EventView })
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateEventDto, @CurrentUser() signedIn: SignedIn) {
    await this.events.update(id, body);
    return this.catalogue.event(id, await this.viewers.viewer(signedIn));
  }

  @RequireResourceRole('event', 'organiser')
  @Post(':id/publish')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Publish the event (and its agenda as it stands)' })
  @ApiOkResponse({ type: EventView })
  async publish(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn) {
    await this.events.publish(id, signedIn.person.id);
    return this.catalogue.event(id, await this.viewers.viewer(signedIn));
  }

  @RequireResourceRole('event', 'organiser')
  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Cancel the event' })
  @ApiOkResponse({ type: EventView })
  async cancel(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn) {
    await this.events.cancel(id);
    return this.catalogue.event(id, await this.viewers.viewer(signedIn));
  }

  @Public()
  @Get(':idOrSlug/agenda')
  @ApiOperation({ summary: 'The agenda by day (in the event time zone), with rooms, speakers and places left' })
  @ApiOkResponse({ type: PublicAgendaView })
  async agendaOf(@Param('idOrSlug') idOrSlug: string, @OptionalUser() signedIn: SignedIn | null) {
    return this.catalogue.agendaOf(idOrSlug, await this.viewers.viewer(signedIn));
  }

  @Public()
  @Get(':idOrSlug/agenda/changes')
  @ApiOperation({ summary: 'Each publication of the agenda with what it changed, newest first' })
  @ApiOkResponse({ type: AgendaChangesListView })
  async agendaChanges(@Param('idOrSlug') idOrSlug: string, @OptionalUser() signedIn: SignedIn | null, @Req() request: Request) {
    return { items: await this.catalogue.agendaChangesOf(idOrSlug, await this.viewers.viewer(signedIn), requestLanguage(request, signedIn?.person.language)) };
  }

  @RequireResourceRole('event', 'organiser')
  @Get(':id/agenda/unpublished')
  @ApiOperation({ summary: 'What the draft agenda changes since its last publication (organisers): what "Publish changes" would send' })
  @ApiOkResponse({ type: UnpublishedAgendaView })
  async unpublishedAgenda(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn, @Req() request: Request): Promise<UnpublishedAgendaView> {
    return this.agenda.unpublishedChanges(await this.events.get(id), requestLanguage(request, signedIn.person.language));
  }

  @RequireResourceRole('event', 'organiser')
  @Post(':id/agenda/publish')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Publish the draft agenda to delegates, recording what changed (changes: [] when nothing did)' })
  @ApiOkResponse({ type: AgendaPublishedView })
  async publishAgenda(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn, @Req() request: Request) {
    const publication = await this.agenda.publish(id, signedIn.person.id);
    if (!publication) return { changes: [] };
    const language = requestLanguage(request, signedIn.person.language);
    const changes = language === 'en' ? publication.changes : (await this.agenda.publicationsIn(await this.events.get(id), language))[0].changes;
    return { version: publication.version, publishedAt: publication.publishedAt, changes };
  }

  @Public()
  @Get(':idOrSlug/attendees')
  @ApiOperation({ summary: 'Confirmed delegates who chose to appear on the attendee list (names and organisations only)' })
  @ApiOkResponse({ type: AttendeeListView })
  async attendees(@Param('idOrSlug') idOrSlug: string, @OptionalUser() signedIn: SignedIn | null) {
    return { items: await this.catalogue.attendeesOf(idOrSlug, await this.viewers.viewer(signedIn)) };
  }

  @RequireResourceRole('event', 'organiser')
  @Post(':id/sessions')
  @ApiOperation({ summary: 'Add a session to the agenda (inside the event, no room double-booked)' })
  @ApiCreatedResponse({ type: SessionView })
  addSession(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateSessionDto) {
    return this.agenda.addSession(id, body);
  }

  @Public()
  @Post(':id/registrations')
  @ApiOperation({
    summary:
      'Register: confirmed, waitlisted (with a position) or pending approval. An address already registered is mailed its private link, and the ' +
      'caller gets the answer a new address would (201); only that person signed in, or an organiser, gets the existing registration (200). ' +
      'Limited per client address and event (429).',
  })
  @ApiCreatedResponse({ type: RegistrationView, description: 'A new registration (or, for an address already registered, what a new one would be)' })
  @ApiOkResponse({ type: RegistrationView, description: 'Your own address (signed in) or, for an organiser, an address already registered: the existing registration' })
  @ApiConflictResponse({ description: 'Closed, the organisation limit reached, or two workshops chosen that run at the same time (workshops_overlap)' })
  @ApiTooManyRequestsResponse({ description: 'Too many registrations or apologies from this client address' })
  async register(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateRegistrationDto,
    @OptionalUser() signedIn: SignedIn | null,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RegistrationView> {
    // Mails and invites in the language chosen in the form, else the page's.
    const language = body.language ?? requestLanguage(request, signedIn?.person.language);
    const { registration, created } = await this.registrations.register(id, { ...body, language }, await this.viewers.registrant(signedIn), clientIp(request));
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return registration;
  }

  @RequireResourceRole('event', 'organiser')
  @Get(':id/registrations')
  @ApiOperation({ summary: 'Registrations of the event with counts by status; ?q= searches names, emails, organisations' })
  @ApiOkResponse({ type: RegistrationListView })
  listRegistrations(@Param('id', ParseUUIDPipe) id: string, @Query() query: ListQueryDto) {
    const page = pageRequest(query);
    return this.registrations.listOfEvent(id, page.q, page.limit, page.offset);
  }

  @RequireResourceRole('event', 'organiser')
  @Get(':id/registrations/summary')
  @ApiOperation({ summary: 'Counts by status, category and organisation, and the dietary and access needs to cater for (organisers only)' })
  @ApiOkResponse({ type: RegistrationSummaryView })
  registrationSummary(@Param('id', ParseUUIDPipe) id: string): Promise<RegistrationSummaryView> {
    return this.registrants.summary(id);
  }

  @RequireResourceRole('event', 'organiser')
  @Post(':id/registrations/messages')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mail a message to the registrants of the chosen statuses; the same messageId again mails nobody twice' })
  @ApiOkResponse({ type: RegistrantsMessageResultView })
  messageRegistrants(@Param('id', ParseUUIDPipe) id: string, @Body() body: RegistrantsMessageDto): Promise<RegistrantsMessageResultView> {
    return this.registrants.sendMessage(id, body);
  }

  @RequireResourceRole('event', 'organiser')
  @Post(':id/check-in')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Check in by the code in the confirmation mail (typed or scanned); checking in twice changes nothing' })
  @ApiOkResponse({ type: CheckInResultView })
  checkInByCode(@Param('id', ParseUUIDPipe) id: string, @Body() body: CheckInByCodeDto): Promise<CheckInResultView> {
    return this.checkIn.checkInByCode(id, body.code);
  }

  @RequireResourceRole('event', 'organiser')
  @Post(':id/walk-ins')
  @ApiOperation({ summary: 'Add someone at the door: confirmed and checked in at once (refused when full unless overCapacity)' })
  @ApiCreatedResponse({ type: RegistrationView })
  addWalkIn(@Param('id', ParseUUIDPipe) id: string, @Body() body: WalkInDto): Promise<RegistrationView> {
    return this.checkIn.addWalkIn(id, body);
  }

  @RequireResourceRole('event', 'organiser')
  @Get(':id/registrations.csv')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="registrations.csv"')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Every registration as CSV, with dietary and access needs (organisers only)' })
  @ApiOkResponse({ description: 'CSV with a header row', content: { 'text/csv': { schema: { type: 'string' } } } })
  exportRegistrations(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn, @Req() request: Request): Promise<string> {
    return this.registrations.exportCsv(id, requestLanguage(request, signedIn.person.language));
  }

  @RequireResourceRole('event', 'organiser')
  @Post(':id/invitations')
  @ApiOperation({ summary: 'Invite one person: a single-use link by mail' })
  @ApiCreatedResponse({ type: InvitationSentView })
  invite(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateInvitationDto) {
    return this.invitations.invite(id, body);
  }

  @Public()
  @Post(':id/apologies')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary:
      'Send apologies for absence (listed in the minutes), acknowledged by mail. An address holding a place is mailed its private link instead, ' +
      'where its holder gives the place back; the answer is the same for every address. Limited per client address and event (429).',
  })
  @ApiAcceptedResponse({ type: ApologiesView })
  @ApiTooManyRequestsResponse({ description: 'Too many registrations or apologies from this client address' })
  sendApologies(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateApologyDto, @OptionalUser() signedIn: SignedIn | null, @Req() request: Request) {
    return this.apologies.send(id, body, signedIn?.person.id ?? null, clientIp(request));
  }

  @RequireResourceRole('event', 'organiser')
  @Get(':id/apologies')
  @ApiOperation({ summary: 'Apologies sent for the event, and how many (those who came after all are marked present and not counted)' })
  @ApiOkResponse({ type: ApologyListView })
  listApologies(@Param('id', ParseUUIDPipe) id: string): Promise<ApologyListView> {
    return this.apologies.listForOrganisers(id);
  }
}
