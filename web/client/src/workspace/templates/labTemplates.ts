import { language } from '../../i18n/i18n';
import { h } from '../../ui/dom';
import type { WorkspaceContext } from '../context';
import { say } from './text';

/**
 * Adds the programme's own templates (their latest versions) to a lab form's template choice, beside the built-in
 * ones: each option is `key@version`, so the lab records the version the form showed. The built-ins stay if the list
 * cannot be read.
 */
export function withProgrammeTemplates(
  ctx: WorkspaceContext,
  programmeId: string,
  form: HTMLFormElement,
): HTMLFormElement {
  const select = form.querySelector<HTMLSelectElement>('select[name="templateId"]');
  if (!select) return form;
  void ctx.api.templates(programmeId).then(
    (templates) => {
      const own = templates.filter((t) => !t.builtIn && t.version !== null);
      if (own.length === 0) return;
      select.append(
        h(
          'optgroup',
          { label: say('programmeTemplates') },
          ...own.map((t) =>
            h(
              'option',
              { value: `${t.key}@${t.version}` },
              say('labTemplateOption', {
                name: language() === 'en' && t.nameEn ? t.nameEn : t.name,
                n: t.version ?? 1,
              }),
            ),
          ),
        ),
      );
    },
    () => undefined,
  );
  return form;
}
