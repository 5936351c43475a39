import { MigrationInterface, QueryRunner } from "typeorm";

export class EventsAndRegistration1795668398362 implements MigrationInterface {
    name = 'EventsAndRegistration1795668398362'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Arrival order for waiting lists (registrations and workshop seats); never reused.
        await queryRunner.query(`CREATE SEQUENCE "registration_queue_seq"`);
        await queryRunner.query(`
            CREATE TYPE "public"."session_kind" AS ENUM(
                'plenary',
                'panel',
                'workshop',
                'roundtable',
                'break',
                'other'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "agenda_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "title" text NOT NULL,
                "kind" "public"."session_kind" NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "room" text,
                "description" text,
                "capacity" integer,
                "live_qa" boolean NOT NULL DEFAULT false,
                "liveblog" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4ffbbe59b93113bb9b401fc88aa" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "agenda_sessions_event" ON "agenda_sessions" ("event_id", "starts_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."event_kind" AS ENUM(
                'network_forum',
                'policy_roundtable',
                'conference',
                'plenary',
                'committee_meeting',
                'citizens_commission',
                'workshop',
                'other'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."event_status" AS ENUM('draft', 'published', 'cancelled')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."event_visibility" AS ENUM('public', 'members', 'invitation')
        `);
        await queryRunner.query(`
            CREATE TABLE "events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" text NOT NULL,
                "title" text NOT NULL,
                "kind" "public"."event_kind" NOT NULL,
                "theme" text,
                "description" text,
                "host_organisation_id" uuid,
                "venue_name" text,
                "venue_address" text,
                "time_zone" text NOT NULL DEFAULT 'Europe/London',
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "status" "public"."event_status" NOT NULL DEFAULT 'draft',
                "visibility" "public"."event_visibility" NOT NULL DEFAULT 'public',
                "capacity" integer,
                "reserved_places" integer NOT NULL DEFAULT '0',
                "per_organisation_limit" integer,
                "requires_approval" boolean NOT NULL DEFAULT false,
                "registration_opens_at" TIMESTAMP WITH TIME ZONE,
                "registration_closes_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "events_slug_key" ON "events" ("slug")
        `);
        await queryRunner.query(`
            CREATE TABLE "event_organisers" (
                "event_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_206b5b8de51295929de8184c090" PRIMARY KEY ("event_id", "person_id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."speaker_role" AS ENUM(
                'chair',
                'speaker',
                'panellist',
                'facilitator',
                'note-taker'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."speaker_status" AS ENUM('invited', 'confirmed', 'declined')
        `);
        await queryRunner.query(`
            CREATE TABLE "session_speakers" (
                "session_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                "role" "public"."speaker_role" NOT NULL,
                "status" "public"."speaker_status" NOT NULL DEFAULT 'invited',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7d5da085fc1063527bd88e80e5e" PRIMARY KEY ("session_id", "person_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "apologies" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "person_id" uuid,
                "email" text NOT NULL,
                "name" text NOT NULL,
                "organisation_name" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_12ac069b074dc7105f84538ac68" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "apologies_event_email_key" ON "apologies" ("event_id", "email")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."delegate_category" AS ENUM(
                'delegate',
                'speaker',
                'officer',
                'commissioner',
                'press',
                'observer'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."registration_status" AS ENUM(
                'confirmed',
                'waitlisted',
                'pending',
                'declined',
                'cancelled'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "registrations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "person_id" uuid,
                "email" text NOT NULL,
                "name" text NOT NULL,
                "organisation_id" uuid,
                "organisation_name" text,
                "organisation_key" text,
                "job_title" text,
                "category" "public"."delegate_category" NOT NULL DEFAULT 'delegate',
                "dietary_needs" text,
                "access_needs" text,
                "show_on_attendee_list" boolean NOT NULL DEFAULT false,
                "status" "public"."registration_status" NOT NULL,
                "queue_seq" bigint NOT NULL DEFAULT nextval('registration_queue_seq'),
                "reserved" boolean NOT NULL DEFAULT false,
                "manage_token_hash" text NOT NULL,
                "checked_in_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6013e724d7b22929da9cd7282d1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "registrations_event_status" ON "registrations" ("event_id", "status", "queue_seq")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "registrations_event_email_key" ON "registrations" ("event_id", "email")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."workshop_choice_status" AS ENUM(
                'requested',
                'confirmed',
                'waitlisted',
                'cancelled'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "workshop_choices" (
                "registration_id" uuid NOT NULL,
                "session_id" uuid NOT NULL,
                "status" "public"."workshop_choice_status" NOT NULL,
                "queue_seq" bigint NOT NULL DEFAULT nextval('registration_queue_seq'),
                CONSTRAINT "PK_5953c588211f3d62544c4e987c1" PRIMARY KEY ("registration_id", "session_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "workshop_choices_session_status" ON "workshop_choices" ("session_id", "status", "queue_seq")
        `);
        await queryRunner.query(`
            CREATE TABLE "invitations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "email" text NOT NULL,
                "name" text,
                "token_hash" text NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "invitations_token_key" ON "invitations" ("token_hash")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."invitations_token_key"
        `);
        await queryRunner.query(`
            DROP TABLE "invitations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."workshop_choices_session_status"
        `);
        await queryRunner.query(`
            DROP TABLE "workshop_choices"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."workshop_choice_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."registrations_event_email_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."registrations_event_status"
        `);
        await queryRunner.query(`
            DROP TABLE "registrations"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."registration_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."delegate_category"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."apologies_event_email_key"
        `);
        await queryRunner.query(`
            DROP TABLE "apologies"
        `);
        await queryRunner.query(`
            DROP TABLE "session_speakers"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."speaker_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."speaker_role"
        `);
        await queryRunner.query(`
            DROP TABLE "event_organisers"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."events_slug_key"
        `);
        await queryRunner.query(`
            DROP TABLE "events"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."event_visibility"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."event_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."event_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."agenda_sessions_event"
        `);
        await queryRunner.query(`
            DROP TABLE "agenda_sessions"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."session_kind"
        `);
        await queryRunner.query(`DROP SEQUENCE "registration_queue_seq"`);
    }

}
