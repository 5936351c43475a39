import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DirectoryPersonListView, DirectoryQueryDto, NetworkRole, PeopleDirectory } from '@convene/identity';
import { RequireRoles } from '../auth/access.decorators';
import { ApiErrors } from '../http/api-errors';

/** The organisers' people search: who to invite, name as an editor or give an action. */
@ApiTags('people')
@RequireRoles(NetworkRole.Organiser)
@Controller('people')
export class PeopleDirectoryController {
  constructor(private readonly directory: PeopleDirectory) {}

  @Get()
  @ApiOperation({ summary: 'Find people by part of their name or organisation (organisers): name, job title, organisation and a masked address only' })
  @ApiOkResponse({ type: DirectoryPersonListView })
  @ApiErrors(400, 401, { status: 403, description: 'Not an organiser' })
  async search(@Query() query: DirectoryQueryDto): Promise<DirectoryPersonListView> {
    return { items: await this.directory.search(query.q, query.limit ?? 10) };
  }
}
