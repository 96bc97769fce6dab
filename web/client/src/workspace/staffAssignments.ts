import { failure } from '../app/failure';
import { h } from '../ui/dom';
import type { WorkspaceContext } from './context';
import { inlineForm } from './forms';
import { say, type WorkspaceWord } from './text';
import type { ProgrammeDetail } from './types';

const roles: readonly (readonly [string, WorkspaceWord])[] = [
  ['facilitator', 'roleFacilitator'],
  ['tutor', 'roleTutor'],
  ['trainer', 'roleTrainer'],
  ['coordinator', 'roleCoordinator'],
];

export function roleWord(role: string): string {
  const found = roles.find(([id]) => id === role);
  return found ? say(found[1]) : role === 'admin' ? say('roleAdmin') : role;
}

/**
 * Who works in a programme and where: coordinators and trainers of the whole programme, facilitators, tutors and
 * trainers of one edizione. People are named by their user name (the account id is `staff-` and the name).
 */
export function staffPanel(ctx: WorkspaceContext, detail: ProgrammeDetail): HTMLElement {
  const p = detail.programme;
  const where = (edizioneId: string): string => {
    if (!edizioneId) return say('wholeProgramme');
    const e = detail.edizioni.find((x) => x.id === edizioneId);
    const percorso = detail.percorsi.find((x) => x.id === e?.percorsoId);
    return e ? `${percorso?.title ?? ''} · ${e.title}` : edizioneId;
  };
  const user = (userId: string): string => userId.replace(/^staff-/, '');
  const list = h(
    'ul',
    { class: 'ws-staff-list' },
    ...detail.staff.map((a) =>
      h(
        'li',
        {},
        h(
          'span',
          {},
          say('assignmentOf', { user: user(a.userId), role: roleWord(a.role), where: where(a.edizioneId) }),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'small danger',
            'aria-label': say('unassignOf', { user: user(a.userId), role: roleWord(a.role) }),
            onclick: () =>
              void (async () => {
                try {
                  await ctx.api.unassign(p.id, a.id);
                  await ctx.reload(say('removed', { title: user(a.userId) }));
                } catch (error) {
                  ctx.app.error(failure(error));
                }
              })(),
          },
          say('unassign'),
        ),
      ),
    ),
  );
  if (detail.staff.length === 0) list.append(h('li', {}, say('noStaff')));
  const form = inlineForm({
    heading: say('assign'),
    fields: [
      { name: 'userName', label: say('assignee'), required: true, maxLength: 64, autocomplete: 'off' },
      {
        name: 'role',
        label: say('role'),
        kind: 'select',
        options: roles.map(([id, word]) => [id, say(word)] as const),
        value: 'facilitator',
      },
      {
        name: 'edizioneId',
        label: say('edizione'),
        kind: 'select',
        options: [['', say('wholeProgramme')], ...detail.edizioni.map((e) => [e.id, where(e.id)] as const)],
      },
    ],
    submit: say('assign'),
    onSubmit: async (v) => {
      const name = (v['userName'] ?? '').toLowerCase();
      await ctx.api.assign(p.id, {
        userId: name.startsWith('staff-') ? name : `staff-${name}`,
        role: v['role'] ?? 'facilitator',
        edizioneId: v['edizioneId'] || null,
      });
      await ctx.reload(say('saved', { title: name }));
    },
  });
  return h('section', { class: 'ws-staff', 'aria-label': say('staff') }, h('h3', {}, say('staff')), list, form);
}
