import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Ip, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { FollowOffer, FollowStatus, SessionFollows } from '@convene/calendar';
import { DomainError, IsEmailAddress, Trim } from '@convene/core';
import { SignedIn } from '@convene/identity';
import { RateLimits } from '@convene/live';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Public } from '../auth/access.decorators';
import type { Request } from 'express';
import { ApiErrors } from '../http/api-errors';
import { requestLanguage } from '../http/request-language';
import { CurrentUser, OptionalUser } from '../auth/signed-in-request';

class FollowSessionDto {
  @ApiPropertyOptional({ format: 'email', maxLength: 254, description: 'Without signing in: the address to remind, after its owner confirms by mail. Ignored when signed in.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  email?: string;
}

class FollowingView {
  @ApiProperty({ description: 'Whether a mail goes to the signed-in person (or, after confirming, to the address) when the session starts' })
  following: boolean;

  @ApiProperty({ enum: ['following', 'confirmation-sent'] })
  status: 'following' | 'confirmation-sent';
}

class FollowOfferView implements FollowOffer {
  @ApiProperty({ description: 'Whether the signed-in person follows it (false when not signed in)' }) following: boolean;
  @ApiProperty({ description: 'Whether it can be followed now: in the published programme, with a liveblog or live Q&A, not over, open to you' }) followable: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why it cannot be followed' }) reason: string | null;
  @ApiProperty({ type: Date, nullable: true }) startsAt: Date | null;
}

class FollowStatusView implements FollowStatus {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() sessionTitle: string;
  @ApiProperty() eventTitle: string;
  @ApiProperty() eventSlug: string;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ example: 'Europe/London' }) timeZone: string;
  @ApiProperty({ description: 'False until the address’s owner confirms' }) confirmed: boolean;
  @ApiProperty({ type: Date, nullable: true, description: 'When the mail goes; null once the session has started or left the programme' }) remindAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) liveblogUrl: string | null;
  @ApiProperty({ type: String, nullable: true }) qaUrl: string | null;
}

// Per client address, on top of the per-address limit inside: bounds the mail one client can cause.
const FOLLOW_REQUESTS_PER_MINUTE = 20;

/** Following a session remotely: a mail with the liveblog and Q&A links when it starts. */
@ApiTags('calendar')
@Controller()
export class SessionFollowsController {
  constructor(
    private readonly follows: SessionFollows,
    private readonly limits: RateLimits,
  ) {}

  @Public()
  @Post('sessions/:id/follow')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Follow a session remotely: signed in, at once; otherwise by address, which its owner must confirm through a mailed link',
  })
  @ApiAcceptedResponse({ type: FollowingView })
  @ApiErrors(
    { status: 400, description: 'A malformed id or address, or no address when not signed in' },
    { status: 403, description: 'Not of the event’s audience' },
    { status: 404, description: 'No such session' },
    { status: 409, description: 'Not in the published programme, nothing live to follow, over, or the event is not open' },
    429,
  )
  async follow(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FollowSessionDto,
    @OptionalUser() signedIn: SignedIn | null,
    @Ip() ip: string,
    @Req() request: Request,
  ): Promise<FollowingView> {
    // Its mails are in the language of the page the follower used (their saved one, if any, wins).
    const language = requestLanguage(request, signedIn?.person.language);
    if (signedIn) {
      await this.follows.followAsPerson(signedIn, id, language);
      return { following: true, status: 'following' };
    }
    if (!body.email) throw new EmailRequired();
    await this.limits.take(`ip:${ip}`, 'follow requests', FOLLOW_REQUESTS_PER_MINUTE);
    await this.follows.followByEmail(body.email, id, language);
    return { following: false, status: 'confirmation-sent' };
  }

  @Public()
  @Get('sessions/:id/follow')
  @ApiOperation({ summary: 'Whether the session can be followed remotely, and whether the signed-in person follows it' })
  @ApiOkResponse({ type: FollowOfferView })
  @ApiErrors(400, { status: 404, description: 'No such session' })
  offer(@Param('id', ParseUUIDPipe) id: string, @OptionalUser() signedIn: SignedIn | null): Promise<FollowOffer> {
    return this.follows.offer(signedIn, id);
  }

  @Delete('sessions/:id/follow')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Stop following the session (signed in)' })
  @ApiNoContentResponse()
  @ApiErrors(400, 401)
  async unfollow(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn): Promise<void> {
    await this.follows.unfollowAsPerson(signedIn, id);
  }

  @Public()
  @Get('follows/:token')
  @ApiOperation({ summary: 'A follow, by the private link in its mails' })
  @ApiOkResponse({ type: FollowStatusView })
  @ApiErrors({ status: 404, description: 'A wrong link, or the reminders were stopped' })
  status(@Param('token') token: string): Promise<FollowStatus> {
    return this.follows.status(token);
  }

  @Public()
  @Post('follows/:token/confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Confirm a follow by address (double opt-in); confirming twice is harmless' })
  @ApiOkResponse({ type: FollowStatusView })
  @ApiErrors({ status: 404, description: 'A wrong link, or the reminders were stopped' })
  confirm(@Param('token') token: string): Promise<FollowStatus> {
    return this.follows.confirm(token);
  }

  @Public()
  @Delete('follows/:token')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Stop the reminders of a follow, by its private link; the link stops working' })
  @ApiNoContentResponse()
  @ApiErrors({ status: 404, description: 'A malformed or forged link' })
  async stop(@Param('token') token: string): Promise<void> {
    await this.follows.stop(token);
  }
}

class EmailRequired extends DomainError {
  constructor() {
    super('invalid', 'email_required', 'Give an email address, or sign in', { email: ['email is required when not signed in'] });
  }
}
