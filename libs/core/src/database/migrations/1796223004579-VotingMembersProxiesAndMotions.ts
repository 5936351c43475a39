import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Formal votes: voting bodies (per series or event) with their members and quorum, proxies per
 * meeting, motions with their counts, and who voted. `motion_voters` has no time and no serial
 * id, and no choice on a secret ballot: nothing in it ties a voter to how they voted.
 */
export class VotingMembersProxiesAndMotions1796223004579 implements MigrationInterface {
  name = 'VotingMembersProxiesAndMotions1796223004579';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "majority_rule" AS ENUM ('simple', 'two_thirds_voting', 'two_thirds_members')`);
    await queryRunner.query(`CREATE TYPE "ballot_kind" AS ENUM ('named', 'secret')`);
    await queryRunner.query(`CREATE TYPE "motion_status" AS ENUM ('draft', 'open', 'closed')`);
    await queryRunner.query(`CREATE TYPE "vote_choice" AS ENUM ('for', 'against', 'abstain')`);
    await queryRunner.query(`
      CREATE TABLE "voting_bodies" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "series" text,
        "event_id" uuid,
        "quorum" integer NOT NULL DEFAULT 1,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_voting_bodies" PRIMARY KEY ("id"),
        CONSTRAINT "voting_bodies_one_scope" CHECK ((series IS NULL) <> (event_id IS NULL)),
        CONSTRAINT "FK_voting_bodies_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "voting_bodies_series" ON "voting_bodies" ("series") WHERE series IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "voting_bodies_event" ON "voting_bodies" ("event_id") WHERE event_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE "voting_members" (
        "body_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "voting" boolean NOT NULL DEFAULT true,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_voting_members" PRIMARY KEY ("body_id", "person_id"),
        CONSTRAINT "FK_voting_members_body" FOREIGN KEY ("body_id") REFERENCES "voting_bodies"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_voting_members_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "vote_proxies" (
        "event_id" uuid NOT NULL,
        "member_person_id" uuid NOT NULL,
        "proxy_person_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_vote_proxies" PRIMARY KEY ("event_id", "member_person_id"),
        CONSTRAINT "vote_proxies_not_self" CHECK (member_person_id <> proxy_person_id),
        CONSTRAINT "FK_vote_proxies_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_vote_proxies_member" FOREIGN KEY ("member_person_id") REFERENCES "people"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_vote_proxies_proxy" FOREIGN KEY ("proxy_person_id") REFERENCES "people"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "motions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "event_id" uuid NOT NULL,
        "session_id" uuid NOT NULL,
        "text" text NOT NULL,
        "majority" "majority_rule" NOT NULL,
        "ballot" "ballot_kind" NOT NULL,
        "status" "motion_status" NOT NULL DEFAULT 'draft',
        "members_count" integer,
        "present_count" integer,
        "quorum" integer,
        "votes_for" integer NOT NULL DEFAULT 0,
        "votes_against" integer NOT NULL DEFAULT 0,
        "abstentions" integer NOT NULL DEFAULT 0,
        "carried" boolean,
        "decision" text,
        "created_by" uuid,
        "opened_at" TIMESTAMP WITH TIME ZONE,
        "closed_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_motions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_motions_session" FOREIGN KEY ("session_id") REFERENCES "agenda_sessions"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "motions_session" ON "motions" ("session_id", "created_at")`);
    await queryRunner.query(`
      CREATE TABLE "motion_voters" (
        "motion_id" uuid NOT NULL,
        "member_person_id" uuid NOT NULL,
        "cast_by_person_id" uuid NOT NULL,
        "choice" "vote_choice",
        CONSTRAINT "PK_motion_voters" PRIMARY KEY ("motion_id", "member_person_id"),
        CONSTRAINT "FK_motion_voters_motion" FOREIGN KEY ("motion_id") REFERENCES "motions"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "motion_actions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "motion_id" uuid,
        "actor_person_id" uuid,
        "action" text NOT NULL,
        "detail" jsonb,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_motion_actions" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "motion_actions_session" ON "motion_actions" ("session_id", "at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['motion_actions', 'motion_voters', 'motions', 'vote_proxies', 'voting_members', 'voting_bodies']) await queryRunner.query(`DROP TABLE "${table}"`);
    for (const type of ['vote_choice', 'motion_status', 'ballot_kind', 'majority_rule']) await queryRunner.query(`DROP TYPE "${type}"`);
  }
}
