import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AnonymousIdentities } from '@convene/live';
import { Public } from '../auth/access.decorators';

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
  issue(): LiveIdentityView {
    return { token: this.identities.issue().token };
  }
}

