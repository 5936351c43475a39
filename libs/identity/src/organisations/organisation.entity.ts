import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum OrganisationKind {
  Council = 'council',
  Other = 'other',
}

/** Full membership is for councils, affiliate membership for other organisations (the constitution). */
export enum Membership {
  Full = 'full',
  Affiliate = 'affiliate',
  None = 'none',
}

@Entity('organisations')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind: OrganisationKind;

  @Column({ type: 'enum', enum: Membership, enumName: 'membership', default: Membership.None })
  membership: Membership;

  /** Nation or region, e.g. "Wales", "North West". */
  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export function isMemberOrganisation(organisation: Pick<Organisation, 'membership'> | null | undefined): boolean {
  return organisation?.membership === Membership.Full || organisation?.membership === Membership.Affiliate;
}
