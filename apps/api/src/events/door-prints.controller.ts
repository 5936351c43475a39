import { Controller, Get, Param, ParseUUIDPipe, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '@convene/identity';
import { DoorPrintsService } from '@convene/registration';
import type { Request, Response } from 'express';
import { ApiErrors } from '../http/api-errors';
import { DOCUMENT_HEADERS } from '../http/page-headers';
import { requestLanguage } from '../http/request-language';
import { RequireResourceRole } from '../auth/access.decorators';
import { CurrentUser } from '../auth/signed-in-request';

const PDF = { description: 'A tagged PDF, in the organiser’s language', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } };

/** What organisers print for the door: name badges and workshop lists (PDF). */
@ApiTags('events')
@Controller('events')
export class DoorPrintsController {
  constructor(private readonly prints: DoorPrintsService) {}

  @RequireResourceRole('event', 'organiser')
  @Get(':id/badges.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Name badges (name, organisation, category) for every confirmed place, eight to an A4 sheet (organisers only)' })
  @ApiOkResponse(PDF)
  @ApiErrors(400, 401, 403, 404)
  async badges(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return this.send(response, 'badges', await this.prints.nameBadges(id, requestLanguage(request, signedIn.person.language)));
  }

  @RequireResourceRole('event', 'organiser')
  @Get(':id/workshop-lists.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'A page per workshop: its room, time and who has a place (organisers only)' })
  @ApiOkResponse(PDF)
  @ApiErrors(400, 401, 403, 404)
  async workshopLists(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() signedIn: SignedIn, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return this.send(response, 'workshop-lists', await this.prints.workshopLists(id, requestLanguage(request, signedIn.person.language)));
  }

  private send(response: Response, name: string, pdf: Buffer): StreamableFile {
    // Names and organisations of the people coming: never cached, never framed or sniffed.
    response.set({ ...DOCUMENT_HEADERS, 'Cache-Control': 'no-store', 'Content-Disposition': `inline; filename="${name}.pdf"` });
    return new StreamableFile(pdf, { type: 'application/pdf' });
  }
}
