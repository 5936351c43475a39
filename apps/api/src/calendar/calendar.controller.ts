import { Body, Controller, Delete, Get, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CalendarDocument, CalendarFeeds } from '@convene/calendar';
import { SignedIn } from '@convene/identity';
import { RegistrationAccess, RegistrationService } from '@convene/registration';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators';
import { OptionalUser } from '../auth/signed-in-request';

class PrivateLinkQuery {
  @ApiPropertyOptional({ description: 'The token from the private link in the confirmation mail' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  token?: string;
}

class CreateFeedBody {
  @ApiPropertyOptional({
    description: 'true (the default): the older feed URLs of this address stop working. false: they keep working (up to the newest 20)',
    default: true,
  })
  @IsOptional()
  @IsBoolean()
  replace?: boolean;
}

/** The registrant's own feed: by the private link, or signed in with the registration's address; never an organiser (personId null), as the feed is the delegate's. */
function holderOnly(query: PrivateLinkQuery, signedIn: SignedIn | null): RegistrationAccess {
  return { token: query.token, personId: null, email: signedIn?.person.email ?? null };
}

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(
    private readonly feeds: CalendarFeeds,
    private readonly registrations: RegistrationService,
  ) {}

  @Public()
  @Get('events/:idOrSlug/calendar.ics')
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'Subscription feed of a published public event: the event and every session of its published agenda (ETag, 304 on If-None-Match)' })
  @ApiOkResponse({ description: 'iCalendar', content: { 'text/calendar': { schema: { type: 'string' } } } })
  async publicFeed(@Param('idOrSlug') idOrSlug: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() response: Response) {
    send(response, await this.feeds.publicAgenda(idOrSlug), ifNoneMatch, 'public, max-age=300');
  }

  @Public()
  @Get('feeds/:secret/calendar.ics')
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: "A delegate's private feed: everything they are registered for (the URL is the secret; ETag, 304 on If-None-Match)" })
  @ApiOkResponse({ description: 'iCalendar', content: { 'text/calendar': { schema: { type: 'string' } } } })
  async personalFeed(@Param('secret') secret: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() response: Response) {
    // Asked again on every fetch (a 304 while unchanged), so a revoked feed is gone at once, not after a cache's minutes.
    send(response, await this.feeds.personal(secret), ifNoneMatch, 'private, no-cache');
  }

  @Public()
  @Post('registrations/:id/calendar-feed')
  @ApiOperation({ summary: 'A new private feed URL for the registrant (by the private link, or signed in with its address); older URLs stop working unless `replace` is false' })
  @ApiCreatedResponse({ schema: { type: 'object', required: ['url'], properties: { url: { type: 'string' } } } })
  async createFeed(@Param('id', ParseUUIDPipe) id: string, @Query() query: PrivateLinkQuery, @Body() body: CreateFeedBody, @OptionalUser() signedIn: SignedIn | null) {
    const registration = await this.registrations.get(id, holderOnly(query, signedIn));
    return this.feeds.create(registration.email, body.replace ?? true);
  }

  @Public()
  @Delete('registrations/:id/calendar-feed')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Revoke the registrant's private feed URL (by the private link, or signed in with its address)" })
  async revokeFeed(@Param('id', ParseUUIDPipe) id: string, @Query() query: PrivateLinkQuery, @OptionalUser() signedIn: SignedIn | null) {
    const registration = await this.registrations.get(id, holderOnly(query, signedIn));
    await this.feeds.revoke(registration.email);
  }
}

function send(response: Response, document: CalendarDocument, ifNoneMatch: string | undefined, cacheControl: string): void {
  response.setHeader('ETag', document.etag);
  response.setHeader('Cache-Control', cacheControl);
  const matches = ifNoneMatch?.split(',').some((tag) => tag.trim() === document.etag || tag.trim() === '*');
  if (matches) {
    response.status(HttpStatus.NOT_MODIFIED).end();
    return;
  }
  response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  response.setHeader('Content-Disposition', 'inline; filename="calendar.ics"');
  response.status(HttpStatus.OK).send(document.body);
}
