import { Body, Controller, Delete, Get, Header, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CreatePersonDto, NetworkRole, PeopleService, PersonPage, PersonView, PersonalDataService, UpdatePersonDto } from '@convene/identity';
import { ListQueryDto, pageRequest } from '@convene/core';
import { RequireRoles } from '../auth/access.decorators';

@ApiTags('admin')
@ApiUnauthorizedResponse({ description: 'Not signed in' })
@ApiForbiddenResponse({ description: 'Not a network admin' })
@RequireRoles(NetworkRole.Admin)
@Controller('admin')
export class AdminPeopleController {
  constructor(
    private readonly people: PeopleService,
    private readonly personalData: PersonalDataService,
  ) {}

  @Post('people')
  @ApiCreatedResponse({ type: PersonView })
  create(@Body() body: CreatePersonDto): Promise<PersonView> {
    return this.people.create(body);
  }

  @Get('people')
  @ApiOkResponse({ type: PersonPage })
  list(@Query() query: ListQueryDto): Promise<PersonPage> {
    return this.people.list(pageRequest(query));
  }

  /** Everyone not erased, as CSV; cells a spreadsheet would run as formulas are neutralised. */
  @Get('people.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV with a header row', schema: { type: 'string' } })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="people.csv"')
  @Header('Cache-Control', 'no-store')
  exportCsv(): Promise<string> {
    return this.people.exportCsv();
  }

  @Get('people/:id')
  @ApiOkResponse({ type: PersonView })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<PersonView> {
    return this.people.get(id);
  }

  @Patch('people/:id')
  @ApiOkResponse({ type: PersonView })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdatePersonDto): Promise<PersonView> {
    return this.people.update(id, body);
  }

  /** Erases the person's personal data (see the README); the row stays, nameless. */
  @Delete('people/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Erased: the person and every copy of their name and address in registrations, Q&A, liveblogs, minutes, agendas, feeds and mail, in one transaction' })
  erase(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.personalData.erase(id);
  }
}
