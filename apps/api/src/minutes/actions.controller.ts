import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '@convene/identity';
import { ActionsService, ActionView, CreateActionDto, MarkActionDoneDto, UpdateActionDto } from '@convene/minutes';
import { CurrentUser } from '../auth/signed-in-request';
import { ApiErrors } from '../http/api-errors';

@ApiTags('minutes')
@ApiErrors(401)
@Controller()
export class ActionsController {
  constructor(private readonly actions: ActionsService) {}

  @Post('minutes/:id/actions')
  @ApiOperation({ summary: 'Add an action to draft minutes; a past due date is accepted and flagged overdue' })
  @ApiCreatedResponse({ type: ActionView })
  @ApiErrors(400, { status: 403, description: 'Not the minute-taker, the chair or an organiser' }, { status: 404, description: 'No such minutes' }, { status: 409, description: 'The minutes are no longer a draft' })
  add(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateActionDto, @CurrentUser() signedIn: SignedIn): Promise<ActionView> {
    return this.actions.add(id, body, signedIn.person.id);
  }

  @Patch('actions/:id')
  @ApiOperation({ summary: 'Change an action of draft minutes (the minute-taker)' })
  @ApiOkResponse({ type: ActionView })
  @ApiErrors(400, { status: 403, description: 'Not the minute-taker, the chair or an organiser' }, { status: 404, description: 'No such action' }, { status: 409, description: 'Its minutes are no longer a draft' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateActionDto, @CurrentUser() signedIn: SignedIn): Promise<ActionView> {
    return this.actions.update(id, body, signedIn.person.id);
  }

  @Post('actions/:id/done')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark an action done with a note (its owner, or the minute-taker)' })
  @ApiOkResponse({ type: ActionView })
  @ApiErrors(400, { status: 403, description: 'Neither its owner nor the minute-taker' }, { status: 404, description: 'No such action' })
  done(@Param('id', ParseUUIDPipe) id: string, @Body() body: MarkActionDoneDto, @CurrentUser() signedIn: SignedIn): Promise<ActionView> {
    return this.actions.markDone(id, body, signedIn.person.id);
  }

  @Get('me/actions')
  @ApiOperation({ summary: 'Open actions you or your organisation own, soonest due first' })
  @ApiOkResponse({ type: [ActionView] })
  mine(@CurrentUser() signedIn: SignedIn): Promise<ActionView[]> {
    return this.actions.openFor(signedIn.person);
  }
}
