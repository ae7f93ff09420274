// Summary lines that say why the audit trail was not (fully) checked.
export const GIT_SKIPPED_NOTE = 'Git rules skipped (--no-git): the audit trail was not checked.';
