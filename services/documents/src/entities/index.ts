import { RepositoryEntity } from './repository.entity';
import { DocumentEntity } from './document.entity';
import { ParagraphEntity } from './paragraph.entity';
import { CitationEntity } from './citation.entity';
import { DocumentSymbolEntity } from './document-symbol.entity';

export { RepositoryEntity } from './repository.entity';
export { DocumentEntity } from './document.entity';
export { ParagraphEntity } from './paragraph.entity';
export { CitationEntity } from './citation.entity';
export { DocumentSymbolEntity } from './document-symbol.entity';
export { Language, ParagraphRole } from './enums';

export const entities = [RepositoryEntity, DocumentEntity, ParagraphEntity, CitationEntity, DocumentSymbolEntity];
