import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface AnsweredQuestion {
  sessionId: string;
  body: string;
  /** Null for anonymous questions. */
  askerName: string | null;
  askerOrganisation: string | null;
}

export interface FloorSpeaker {
  sessionId: string;
  name: string;
  organisation: string | null;
  topic: string | null;
}

export interface KeyMoment {
  sessionId: string;
  body: string;
}

/**
 * What Q&A and the liveblog recorded of a session, read straight from their tables by the
 * agreed contract (qa_questions, qa_floor_requests, liveblog_entries). A table that does not
 * exist yet reads as nothing. The one place to swap for the Q&A and liveblog services.
 */
@Injectable()
export class SessionRecordReader {
  constructor(private readonly dataSource: DataSource) {}

  /** Answered questions, in the order they were answered. */
  async answeredQuestions(sessionIds: string[]): Promise<AnsweredQuestion[]> {
    if (!sessionIds.length || !(await this.exists('qa_questions'))) return [];
    return this.dataSource.query(
      `SELECT session_id AS "sessionId", body,
              CASE WHEN anonymous THEN NULL ELSE asker_name END AS "askerName",
              CASE WHEN anonymous THEN NULL ELSE asker_organisation END AS "askerOrganisation"
         FROM qa_questions
        WHERE session_id = ANY($1::uuid[]) AND status::text = 'answered'
        ORDER BY answered_at ASC NULLS LAST, id`,
      [sessionIds],
    );
  }

  /** Those the chair called from the floor, in the order they spoke. */
  async floorSpeakers(sessionIds: string[]): Promise<FloorSpeaker[]> {
    if (!sessionIds.length || !(await this.exists('qa_floor_requests'))) return [];
    return this.dataSource.query(
      `SELECT session_id AS "sessionId", name, organisation, topic
         FROM qa_floor_requests
        WHERE session_id = ANY($1::uuid[]) AND spoke_at IS NOT NULL
        ORDER BY spoke_at, id`,
      [sessionIds],
    );
  }

  /** Published, undeleted key moments of the liveblog, oldest first. */
  async keyMoments(sessionIds: string[]): Promise<KeyMoment[]> {
    if (!sessionIds.length || !(await this.exists('liveblog_entries'))) return [];
    return this.dataSource.query(
      `SELECT session_id AS "sessionId", body
         FROM liveblog_entries
        WHERE session_id = ANY($1::uuid[]) AND kind::text = 'key_moment'
          AND published_at IS NOT NULL AND deleted_at IS NULL
        ORDER BY published_at, id`,
      [sessionIds],
    );
  }

  private async exists(table: string): Promise<boolean> {
    const [row]: { oid: string | null }[] = await this.dataSource.query(`SELECT to_regclass($1)::text AS oid`, [table]);
    return Boolean(row?.oid);
  }
}
