import { Injectable } from '@nestjs/common';
import { Viewer } from '@convene/events';
import { PeopleService } from '@convene/identity';
import { DataSource, In } from 'typeorm';
import { MinutesReaderLink } from '../circulation/minutes-reader-link.entity';
import { CreateCommentDto } from '../dto/minutes.dto';
import { MinutesCommentView, MinutesView } from '../dto/minutes.views';
import { CommentNotFound, InvalidMinutes, MinutesWrongStatus } from '../minutes.errors';
import { MinutesAccess } from '../minutes/minutes-access';
import { MinutesStatus } from '../minutes/minutes.entity';
import { MinutesService } from '../minutes/minutes.service';
import { CommentStatus, MinutesComment } from './minutes-comment.entity';

/** Corrections suggested on a circulated draft by those present, accepted or declined by the minute-taker. */
@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly minutes: MinutesService,
    private readonly access: MinutesAccess,
    private readonly people: PeopleService,
  ) {}

  /** By someone present: signed in, or holding the circulation mail's private link (`key`). */
  async add(minutesId: string, input: CreateCommentDto, viewer: Viewer | null, key: string | null = null): Promise<MinutesCommentView> {
    const minutes = await this.minutes.find(minutesId);
    const { readerLink } = await this.access.assertReader(minutes, viewer, key);
    if (minutes.status !== MinutesStatus.Draft) throw new MinutesWrongStatus('Corrections are taken only while the minutes are a draft');
    if (!minutes.content.items.some((item) => item.key === input.itemKey)) throw new InvalidMinutes('itemKey', 'These minutes have no item with that key');
    const repo = this.dataSource.getRepository(MinutesComment);
    const saved = await repo.save(
      repo.create({
        minutesId,
        itemKey: input.itemKey,
        authorId: viewer?.personId ?? readerLink?.personId ?? null,
        readerLinkId: readerLink?.id ?? null,
        body: input.body,
        replacement: input.replacement ?? null,
      }),
    );
    return { ...saved, authorName: (await this.authorNames([saved]))[0] };
  }

  /** Editors see every comment; someone present sees their own (by account, or by their link). Authors by their current name (erased people as such). */
  async list(minutesId: string, viewer: Viewer | null, key: string | null = null): Promise<MinutesCommentView[]> {
    const minutes = await this.minutes.find(minutesId);
    const { editor, readerLink } = await this.access.assertReader(minutes, viewer, key);
    const query = this.dataSource.getRepository(MinutesComment).createQueryBuilder('c').where('c.minutes_id = :minutesId', { minutesId });
    if (!editor && readerLink) query.andWhere('c.reader_link_id = :linkId', { linkId: readerLink.id });
    else if (!editor && viewer) query.andWhere('c.author_id = :personId', { personId: viewer.personId });
    else if (!editor) return [];
    const comments = await query.orderBy('c.created_at', 'ASC').addOrderBy('c.id', 'ASC').limit(1000).getMany();
    const names = await this.authorNames(comments);
    return comments.map((comment, index) => ({ ...comment, authorName: names[index] }));
  }

  /** Accepting a comment with replacement text puts that text in its item, as a new revision. */
  async decide(minutesId: string, commentId: string, accept: boolean, personId: string): Promise<{ comment: MinutesCommentView; minutes: MinutesView }> {
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
    return { comment: { ...saved.comment, authorName: (await this.authorNames([saved.comment]))[0] }, minutes: await this.minutes.view(saved.minutes, personId) };
  }

  /** The author's name now: their account's (identity's namesOf), or the name their circulation link was mailed to. */
  private async authorNames(comments: MinutesComment[]): Promise<string[]> {
    if (!comments.length) return [];
    const linkIds = [...new Set(comments.map((comment) => comment.readerLinkId).filter((id): id is string => id !== null))];
    const [people, links] = await Promise.all([
      this.people.namesOf(comments.map((comment) => comment.authorId)),
      linkIds.length ? this.dataSource.getRepository(MinutesReaderLink).find({ select: { id: true, name: true }, where: { id: In(linkIds) } }) : [],
    ]);
    const linkNames = new Map(links.map((link) => [link.id, link.name]));
    return comments.map(
      (comment) => (comment.authorId !== null ? people.get(comment.authorId) : undefined) ?? (comment.readerLinkId !== null ? linkNames.get(comment.readerLinkId) : undefined) ?? 'Someone',
    );
  }
}
