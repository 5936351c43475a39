import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '@convene/identity';
import { ActionsService, CreateActionDto, MarkActionDoneDto, UpdateActionDto } from '@convene/minutes';
import { CurrentUser } from '../auth/signed-in-request';

@ApiTags('minutes')
@Controller()
export class ActionsController {
  constructor(private readonly actions: ActionsService) {}

  @Post('minutes/:id/actions')
  @ApiOperation({ summary: 'Add an action to draft minutes; a past due date is accepted and flagged overdue' })
  add(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateActionDto, @CurrentUser() signedIn: SignedIn) {
    return this.actions.add(id, body, signedIn.person.id);
  }

  @Patch('actions/:id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateActionDto, @CurrentUser() signedIn: SignedIn) {
    return this.actions.update(id, body, signedIn.person.id);
  }

  @Post('actions/:id/done')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark an action done with a note (its owner, or the minute-taker)' })
  done(@Param('id', ParseUUIDPipe) id: string, @Body() body: MarkActionDoneDto, @CurrentUser() signedIn: SignedIn) {
    return this.actions.markDone(id, body, signedIn.person.id);
  }

  @Get('me/actions')
  @ApiOperation({ summary: 'Open actions you or your organisation own, soonest due first' })
  mine(@CurrentUser() signedIn: SignedIn) {
    return this.actions.openFor(signedIn.person.id);
  }
}
