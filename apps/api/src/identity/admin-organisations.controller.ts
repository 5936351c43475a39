import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CreateOrganisationDto, NetworkRole, OrganisationPage, OrganisationView, OrganisationsService, UpdateOrganisationDto } from '@convene/identity';
import { ListQueryDto, pageRequest } from '@convene/core';
import { RequireRoles } from '../auth/access.decorators';

@ApiTags('admin')
@ApiUnauthorizedResponse({ description: 'Not signed in' })
@ApiForbiddenResponse({ description: 'Not a network admin' })
@RequireRoles(NetworkRole.Admin)
@Controller('admin/organisations')
export class AdminOrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post()
  @ApiCreatedResponse({ type: OrganisationView })
  create(@Body() body: CreateOrganisationDto): Promise<OrganisationView> {
    return this.organisations.create(body);
  }

  @Get()
  @ApiOkResponse({ type: OrganisationPage })
  list(@Query() query: ListQueryDto): Promise<OrganisationPage> {
    return this.organisations.list(pageRequest(query));
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganisationView })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<OrganisationView> {
    return this.organisations.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: OrganisationView })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateOrganisationDto): Promise<OrganisationView> {
    return this.organisations.update(id, body);
  }
}
