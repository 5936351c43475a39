import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@convene/core';
import { Public } from '../auth/access.decorators';

export class AccessibilityContactView {
  @ApiProperty({ description: 'Where to report an accessibility problem: the address the network’s mails come from (MAIL_FROM)' })
  contactEmail: string;
}

/** What the accessibility statement page needs from the server. */
@ApiTags('site')
@Public()
@Controller('accessibility')
export class AccessibilityController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @ApiOkResponse({ type: AccessibilityContactView })
  contact(): AccessibilityContactView {
    // MAIL_FROM may be "Name <address>": only the address.
    const address = /<([^>]+)>/.exec(this.config.mailFrom)?.[1] ?? this.config.mailFrom.trim();
    return { contactEmail: address };
  }
}
