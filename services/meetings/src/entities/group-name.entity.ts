import { Embedded, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { FactOrigin } from '@mandate-graph/server-kit';
import type { Language } from './enums';
import { GroupEntity } from './group.entity';

/** A name a document gives a group, in the document's language ("CWG-COP", "理事会儿童在线保护工作组"). */
@Entity({ tableName: 'group_name', schema: 'meetings' })
export class GroupNameEntity {
  [OptionalProps]?: 'serial';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  serial!: string;

  @ManyToOne(() => GroupEntity, { ref: true, deleteRule: 'cascade' })
  @Index()
  group!: Ref<GroupEntity>;

  @Property({ type: 'text' })
  language!: Language;

  @Property({ type: 'text' })
  name!: string;

  /** The document that names the group so, and where. */
  @Embedded(() => FactOrigin, { prefix: false })
  origin!: FactOrigin;
}
