import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiTokenView, ApiTokensService, ChooseLanguageDto, CreateApiTokenDto, CreatedApiTokenView, PeopleService, PersonView, PersonalDataExport, PersonalDataService, SignedIn, describePerson } from '@convene/identity';
import { CurrentUser } from './signed-in-request';

@ApiTags('me')
@ApiUnauthorizedResponse({ description: 'Not signed in' })
@Controller('me')
export class MeController {
  constructor(
    private readonly personalData: PersonalDataService,
    private readonly apiTokens: ApiTokensService,
    private readonly people: PeopleService,
  ) {}

  /** The signed-in person, with their organisation and whether they are a network member. */
  @Get()
  @ApiOkResponse({ type: PersonView })
  me(@CurrentUser() user: SignedIn): PersonView {
    return describePerson(user.person);
  }

  /** Saves the person's language (the header's Cymraeg / English switch): their mails and invites follow it. */
  @Put('language')
  @ApiOkResponse({ type: PersonView })
  @ApiBadRequestResponse({ description: 'Not cy or en' })
  chooseLanguage(@CurrentUser() user: SignedIn, @Body() body: ChooseLanguageDto): Promise<PersonView> {
    return this.people.chooseLanguage(user.person.id, body.language);
  }

  /** Everything held about the signed-in person, as JSON. */
  @Get('export')
  @ApiOkResponse({
    description:
      'Person, organisation, sessions and API tokens (never their secrets), then one section per lib: `registration` (registrations, apologies, invitations), ' +
      '`speaking` (programme roles), `qa` (questions, votes, floor requests), `liveblog` (quotes of you, entries you wrote, sessions you edit), ' +
      '`minutes` (actions you own, corrections you suggested, minutes that name you), `calendar` (your private feeds, never their URLs) ' +
      'and `sessionFollows` (sessions you follow remotely)',
    schema: { type: 'object', additionalProperties: true },
  })
  export(@CurrentUser() user: SignedIn): Promise<PersonalDataExport> {
    return this.personalData.exportFor(user.person.id);
  }

  /** Creates an API token; the secret is in this answer and nowhere else, ever. Needs a signed-in session: a token cannot mint tokens. */
  @Post('tokens')
  @ApiCreatedResponse({ type: CreatedApiTokenView })
  @ApiForbiddenResponse({ description: 'Called with an API token: tokens are made while signed in' })
  createToken(@CurrentUser() user: SignedIn, @Body() body: CreateApiTokenDto): Promise<CreatedApiTokenView> {
    return this.apiTokens.createFor(user, body.name);
  }

  @Get('tokens')
  @ApiOkResponse({ type: [ApiTokenView] })
  listTokens(@CurrentUser() user: SignedIn): Promise<ApiTokenView[]> {
    return this.apiTokens.list(user.person.id);
  }

  /** Revokes one of your tokens: it stops working at once. */
  @Delete('tokens/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Revoked' })
  revokeToken(@CurrentUser() user: SignedIn, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.apiTokens.revoke(user.person.id, id);
  }
}
