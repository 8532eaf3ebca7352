import * as vscode from 'vscode';
import { markName, mergeEntities, nameSpan, rejectName, separateMention, setNameType } from '../../core/annotations';
import type { EntityType, Span } from '../../core/types';
import { entityAt, type EntityHit } from '../entity-lookup';
import { entityTypeLabel, ENTITY_ICONS } from '../labels';
import { annotationCommand, type Annotating, type AnnotationServices } from './annotation-context';

export const NAME_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

export const NAME_COMMANDS = {
  changeType: 'newsLens.annotations.changeType',
  confirm: 'newsLens.annotations.confirmName',
  reject: 'newsLens.annotations.rejectName',
  sameEntityAs: 'newsLens.annotations.sameEntityAs',
  separate: 'newsLens.annotations.separateEntity',
  editSpan: 'newsLens.annotations.setNameSpan',
  mark: { PER: 'newsLens.annotations.markPerson', ORG: 'newsLens.annotations.markOrganization', LOC: 'newsLens.annotations.markPlace', MISC: 'newsLens.annotations.markOther' },
  always: 'newsLens.annotations.alwaysThisType',
  never: 'newsLens.annotations.neverAName',
} as const;

/** The name under the caret or overlapping the selection, with a message when there is none. */
export function nameAt(a: Pick<Annotating, 'analysis' | 'span'>): EntityHit | undefined {
  const { start, end } = a.span;
  const hit = entityAt(a.analysis, start) ?? (end > start ? entityAt(a.analysis, end - 1) : undefined);
  return hit;
}

function noName(): undefined {
  void vscode.window.showInformationMessage(vscode.l10n.t('Put the caret on a name first (or select words to mark them as a name).'));
  return undefined;
}

async function pickType(current?: EntityType): Promise<EntityType | undefined> {
  const items = NAME_TYPES.map((type) => ({ label: `$(${ENTITY_ICONS[type]}) ${entityTypeLabel(type)}`, description: type === current ? vscode.l10n.t('current') : undefined, type }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('The type of this name') });
  return picked?.type;
}

function isType(value: unknown): value is EntityType {
  return typeof value === 'string' && (NAME_TYPES as readonly string[]).includes(value);
}

/** "Change type", "confirm", "not a name", "same entity as", "separate", "span from selection", "mark selection as …". */
export function registerNameCommands(services: AnnotationServices): vscode.Disposable {
  const command = (id: string, feature: string, body: Parameters<typeof annotationCommand>[2]) =>
    vscode.commands.registerCommand(id, annotationCommand(services, feature, body));

  const markSelection = (a: Annotating, type: EntityType): boolean | undefined => {
    const span = nameSpan(a.text, a.span, a.analysis);
    if (span.end <= span.start) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the words of the name first.'));
      return undefined;
    }
    return a.decide((set) => markName(set, a.text, span, type));
  };

  return vscode.Disposable.from(
    command(NAME_COMMANDS.changeType, 'Change Name Type', async (a, type) => {
      const hit = nameAt(a);
      if (!hit) {
        if (a.span.end <= a.span.start) return noName();
        const chosen = isType(type) ? type : await pickType();
        return chosen ? markSelection(a, chosen) : undefined; // Escape marks nothing
      }
      const chosen = isType(type) ? type : await pickType(hit.entity.type);
      return chosen ? a.decide((set) => setNameType(set, a.analysis, hit.span, chosen)) : undefined;
    }),
    command(NAME_COMMANDS.confirm, 'Confirm Name', (a) => {
      const hit = nameAt(a);
      return hit ? a.decide((set) => setNameType(set, a.analysis, hit.span, hit.entity.type)) : noName();
    }),
    command(NAME_COMMANDS.reject, 'Not a Name', (a) => {
      const hit = nameAt(a);
      return hit ? a.decide((set) => rejectName(set, a.analysis, hit.span, a.text)) : noName();
    }),
    command(NAME_COMMANDS.sameEntityAs, 'Same Entity As', async (a, entityId) => {
      const hit = nameAt(a);
      if (!hit) return noName();
      const others = a.analysis.entities.filter((e) => e.id !== hit.entity.id);
      let into = typeof entityId === 'string' ? others.find((e) => e.id === entityId) : undefined;
      if (!into) {
        if (others.length === 0) return void vscode.window.showInformationMessage(vscode.l10n.t('This article has no other name to join.'));
        const picked = await vscode.window.showQuickPick(
          others.map((e) => ({ label: `$(${ENTITY_ICONS[e.type]}) ${e.name}`, description: entityTypeLabel(e.type), detail: vscode.l10n.t('{0} mention(s)', e.mentions.length), entity: e })),
          { placeHolder: vscode.l10n.t('"{0}" is the same entity as…', hit.entity.name), matchOnDescription: true },
        );
        into = picked?.entity;
      }
      return into ? a.decide((set) => mergeEntities(set, a.analysis, hit.span, into!.id)) : undefined;
    }),
    command(NAME_COMMANDS.separate, 'Separate Entity', (a) => {
      const hit = nameAt(a);
      return hit ? a.decide((set) => separateMention(set, a.analysis, hit.span)) : noName();
    }),
    command(NAME_COMMANDS.editSpan, 'Set Name Span', (a) => {
      const hit = nameAt(a);
      if (!hit) return noName();
      const span: Span = nameSpan(a.text, a.span, a.analysis);
      if (span.end <= span.start) return void vscode.window.showInformationMessage(vscode.l10n.t('Select the words the name should cover, then run this again.'));
      return a.decide((set) => markName(set, a.text, span, hit.entity.type));
    }),
    ...NAME_TYPES.map((type) => command(NAME_COMMANDS.mark[type], `Mark as ${type}`, (a) => markSelection(a, type))),
    command(NAME_COMMANDS.always, 'Always This Type', async (a, type) => {
      const hit = nameAt(a);
      const span = hit?.span ?? nameSpan(a.text, a.span, a.analysis);
      if (span.end <= span.start) return noName();
      const chosen = isType(type) ? type : await pickType(hit?.entity.type);
      if (!chosen) return undefined;
      const form = a.text.slice(span.start, span.end);
      if (!(await services.rules.add(a.document.uri, { form, action: chosen, line: 0 }))) return noFolder();
      void vscode.window.setStatusBarMessage(vscode.l10n.t('News Lens: "{0}" is now {1} in every article of this workspace', form, entityTypeLabel(chosen)), 5000);
      return true;
    }),
    command(NAME_COMMANDS.never, 'Never a Name', async (a) => {
      const hit = nameAt(a);
      const span = hit?.span ?? nameSpan(a.text, a.span, a.analysis);
      if (span.end <= span.start) return noName();
      const form = a.text.slice(span.start, span.end);
      if (!(await services.rules.add(a.document.uri, { form, action: 'never', line: 0 }))) return noFolder();
      void vscode.window.setStatusBarMessage(vscode.l10n.t('News Lens: "{0}" is never a name in this workspace', form), 5000);
      return true;
    }),
  );
}

function noFolder(): undefined {
  void vscode.window.showInformationMessage(vscode.l10n.t('Workspace rules are kept in the workspace folder: open the article\'s folder first.'));
  return undefined;
}
