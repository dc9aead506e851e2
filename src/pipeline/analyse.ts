/** The pipeline's analysis step: normalise, tokenise and sectionise an input into an AnalysedDocument. */
import { normalise, NormalisedDocument } from '../normalise';
import { tokenise } from '../nlp/tokenise';
import { detectSections } from '../sections';
import type { PostingInput } from '../types/result';
import type { AnalysedDocument, ResolvedOptions } from '../contract';

/** Normalise, tokenise and sectionise: everything extractors read. */
export function analyse(input: string | PostingInput, options: ResolvedOptions): { doc: AnalysedDocument; normalised: NormalisedDocument } {
  const normalised = normalise(input);
  const text = normalised.mapped.text;
  const { tokens, sentences, nlpEntities, lemmas } = tokenise(text, normalised.blocks);
  const doc: AnalysedDocument = {
    text,
    inputKind: normalised.inputKind,
    blocks: normalised.blocks,
    tokens,
    sentences,
    nlpEntities,
    lemmas,
    header: normalised.header,
    headerReasons: normalised.headerReasons,
    jsonLd: normalised.jsonLd,
    dataPay: normalised.dataPay,
    pageCompany: normalised.pageCompany,
    feedMarks: normalised.feedMarks,
    siteRanges: normalised.siteRanges,
    sections: detectSections(text, normalised.blocks),
    options,
  };
  return { doc, normalised };
}
