import * as vscode from 'vscode';
import type { EntityType, Language, QuoteKind } from '../core/types';

/** Localised names for the core's codes, shared by hovers, the entity view and the status bar. */
export function entityTypeLabel(type: EntityType): string {
  switch (type) {
    case 'PER': return vscode.l10n.t('Person');
    case 'ORG': return vscode.l10n.t('Organisation');
    case 'LOC': return vscode.l10n.t('Place');
    case 'MISC': return vscode.l10n.t('Other name');
  }
}

/** The heading of a group of entities in the entity view. */
export function entityGroupLabel(type: EntityType): string {
  switch (type) {
    case 'PER': return vscode.l10n.t('People');
    case 'ORG': return vscode.l10n.t('Organisations');
    case 'LOC': return vscode.l10n.t('Places');
    case 'MISC': return vscode.l10n.t('Other names');
  }
}

export function quoteKindLabel(kind: QuoteKind): string {
  switch (kind) {
    case 'speech': return vscode.l10n.t('Direct speech');
    case 'other': return vscode.l10n.t('Quoted words');
    case 'reported': return vscode.l10n.t('Reported speech');
  }
}

export function languageLabel(language: Language): string {
  switch (language) {
    case 'ar': return vscode.l10n.t('Arabic');
    case 'en': return vscode.l10n.t('English');
    case 'other': return vscode.l10n.t('Other language');
  }
}

/** Codicons for the entity types (view items and hover headings). */
export const ENTITY_ICONS: Record<EntityType, string> = { PER: 'person', ORG: 'organization', LOC: 'location', MISC: 'tag' };
