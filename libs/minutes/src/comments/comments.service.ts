import { Injectable } from '@nestjs/common';
import { Viewer } from '@convene/registration';
import { DataSource } from 'typeorm';
import { CreateCommentDto } from '../dto/minutes.dto';
import { CommentNotFound, InvalidMinutes, MinutesWrongStatus } from '../minutes.errors';
import { MinutesAccess } from '../minutes/minutes-access';
import { MinutesStatus } from '../minutes/minutes.entity';
import { MinutesService, MinutesView } from '../minutes/minutes.service';
import { CommentStatus, MinutesComment } from './minutes-comment.entity';

export type CommentView = MinutesComment & { authorName: string };

/** Corrections suggested on a circulated draft by those present, accepted or declined by the minute-taker. */
@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly minutes: MinutesService,
    private readonly access: MinutesAccess,
  ) {}

  async add(minutesId: string, input: CreateCommentDto, viewer: Viewer): Promise<CommentView> {
    const minutes = await this.minutes.find(minutesId);
    await this.access.assertReader(minutes, viewer);
    if (minutes.status !== MinutesStatus.Draft) throw new MinutesWrongStatus('Corrections are taken only while the minutes are a draft');
    if (!minutes.content.items.some((item) => item.key === input.itemKey)) throw new InvalidMinutes('itemKey', 'These minutes have no item with that key');
    const repo = this.dataSource.getRepository(MinutesComment);
    const saved = await repo.save(repo.create({ minutesId, itemKey: input.itemKey, authorId: viewer.personId, body: input.body, replacement: input.replacement ?? null }));
    return { ...saved, authorName: await this.nameOf(viewer.personId) };
  }

  /** Editors see every comment; someone present sees their own. Authors by their current name (erased people as such). */
  async list(minutesId: string, viewer: Viewer): Promise<CommentView[]> {
    const minutes = await this.minutes.find(minutesId);
    const { editor } = await this.access.assertReader(minutes, viewer);
    const { entities, raw } = await this.dataSource
      .getRepository(MinutesComment)
      .createQueryBuilder('c')
      .leftJoin('people', 'p', 'p.id = c.author_id')
      .addSelect('p.name', 'author_name')
      .where('c.minutes_id = :minutesId', { minutesId })
      .andWhere(editor ? 'TRUE' : 'c.author_id = :personId', { personId: viewer.personId })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(1000)
      .getRawAndEntities();
    return entities.map((comment, index) => ({ ...comment, authorName: (raw[index] as { author_name: string | null }).author_name ?? 'Someone' }));
  }

  /** Accepting a comment with replacement text puts that text in its item, as a new revision. */
  async decide(minutesId: string, commentId: string, accept: boolean, personId: string): Promise<{ comment: CommentView; minutes: MinutesView }> {
    const saved = await this.dataSource.transaction(async (tx) => {
      const minutes = await this.minutes.editable(tx, minutesId, personId);
      const repo = tx.getRepository(MinutesComment);
      const comment = await repo.findOneBy({ id: commentId, minutesId });
      if (!comment) throw new CommentNotFound();
      if (comment.status !== CommentStatus.Pending) throw new MinutesWrongStatus(`This correction was already ${comment.status}`);
      let current = minutes;
      if (accept && comment.replacement !== null) {
        const items = minutes.content.items.map((item) => (item.key === comment.itemKey ? { ...item, body: comment.replacement as string } : item));
        current = await this.minutes.newVersion(tx, minutes, { ...minutes.content, items }, personId, 'correction accepted');
      }
      const decided = await repo.save({ ...comment, status: accept ? CommentStatus.Accepted : CommentStatus.Declined, decidedBy: personId, decidedAt: new Date() });
      return { comment: decided, minutes: current };
    });
    return { comment: { ...saved.comment, authorName: await this.nameOf(saved.comment.authorId) }, minutes: await this.minutes.view(saved.minutes, personId) };
  }

  private async nameOf(personId: string): Promise<string> {
    const [person]: Array<{ name: string }> = await this.dataSource.query(`SELECT name FROM people WHERE id = $1`, [personId]);
    return person?.name ?? 'Someone';
  }
}
