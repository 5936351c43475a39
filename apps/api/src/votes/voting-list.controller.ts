import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProxyDto, VotingListView, VotingListService, VotingMemberDto, VotingSettingsDto } from '@convene/votes';
import { RequireResourceRole } from '../auth/access.decorators';
import { ApiErrors } from '../http/api-errors';

@ApiTags('votes')
@ApiErrors(400, 401, 403, 404)
@Controller('events/:id/voting')
export class VotingListController {
  constructor(private readonly lists: VotingListService) {}

  @Get()
  @RequireResourceRole('event', 'organiser', 'id')
  @ApiOperation({ summary: 'The voting members that apply to this meeting (its series’ list, or its own), who is checked in, their proxies, and the quorum (organisers)' })
  @ApiOkResponse({ type: VotingListView })
  list(@Param('id', ParseUUIDPipe) id: string): Promise<VotingListView> {
    return this.lists.list(id);
  }

  @Put()
  @RequireResourceRole('event', 'organiser', 'id')
  @ApiOperation({ summary: 'Set the quorum, starting the voting list for the event’s series (or, with scope event, for this event only) (organisers)' })
  @ApiOkResponse({ type: VotingListView })
  configure(@Param('id', ParseUUIDPipe) id: string, @Body() body: VotingSettingsDto): Promise<VotingListView> {
    return this.lists.configure(id, body);
  }

  @Put('members/:personId')
  @RequireResourceRole('event', 'organiser', 'id')
  @ApiOperation({ summary: 'Add a person to the voting list, voting or not (organisers)' })
  @ApiOkResponse({ type: VotingListView })
  setMember(@Param('id', ParseUUIDPipe) id: string, @Param('personId', ParseUUIDPipe) personId: string, @Body() body: VotingMemberDto): Promise<VotingListView> {
    return this.lists.setMember(id, personId, body.voting ?? true);
  }

  @Delete('members/:personId')
  @RequireResourceRole('event', 'organiser', 'id')
  @ApiOperation({ summary: 'Take a person off the voting list (organisers)' })
  @ApiOkResponse({ type: VotingListView })
  removeMember(@Param('id', ParseUUIDPipe) id: string, @Param('personId', ParseUUIDPipe) personId: string): Promise<VotingListView> {
    return this.lists.removeMember(id, personId);
  }

  @Put('proxies/:memberId')
  @RequireResourceRole('event', 'organiser', 'id')
  @ApiOperation({ summary: 'Name the proxy who votes for an absent voting member at this meeting (organisers)' })
  @ApiOkResponse({ type: VotingListView })
  setProxy(@Param('id', ParseUUIDPipe) id: string, @Param('memberId', ParseUUIDPipe) memberId: string, @Body() body: ProxyDto): Promise<VotingListView> {
    return this.lists.setProxy(id, memberId, body);
  }

  @Delete('proxies/:memberId')
  @RequireResourceRole('event', 'organiser', 'id')
  @ApiOperation({ summary: 'Withdraw a member’s proxy (organisers)' })
  @ApiOkResponse({ type: VotingListView })
  removeProxy(@Param('id', ParseUUIDPipe) id: string, @Param('memberId', ParseUUIDPipe) memberId: string): Promise<VotingListView> {
    return this.lists.removeProxy(id, memberId);
  }
}
