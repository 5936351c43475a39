import { Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AnonymousIdentities } from '@convene/live';
import { Public } from '../auth/access.decorators';
import { ApiErrors } from '../http/api-errors';

class LiveIdentityView {
  @ApiProperty({ description: 'Send it back as the X-Live-Identity header, and as `auth.identity` when connecting to /live' })
  token: string;
}

@ApiTags('live')
@Controller('live')
export class LiveIdentityController {
  constructor(private readonly identities: AnonymousIdentities) {}

  @Public()
  @Post('identity')
  @HttpCode(201)
  @ApiOperation({ summary: 'A signed anonymous identity for a browser without an account (votes, "my questions")' })
  @ApiCreatedResponse({ type: LiveIdentityView })
  @ApiErrors({ status: 429, description: 'Too many identities for this client address: wait, or sign in' })
  async issue(@Ip() ip: string): Promise<LiveIdentityView> {
    return { token: (await this.identities.issueTo(ip)).token };
  }
}

