import { Body, Controller, Delete, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AddSpeakerDto, AgendaService, UpdateSessionDto } from '@convene/events';
import { RequireResourceRole } from '../auth/access.decorators';

@ApiTags('events')
@RequireResourceRole('session', 'organiser')
@Controller('sessions')
export class SessionsController {
  constructor(private readonly agenda: AgendaService) {}

  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateSessionDto) {
    return this.agenda.updateSession(id, body);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.agenda.removeSession(id);
  }

  @Post(':id/speakers')
  @HttpCode(HttpStatus.NO_CONTENT)
  async addSpeaker(@Param('id', ParseUUIDPipe) id: string, @Body() body: AddSpeakerDto): Promise<void> {
    await this.agenda.addSpeaker(id, body);
  }
}
