/**
 * The words for what can go wrong with a file, shared by the checks made before sending (size, space left) and
 * the server's refusals (413, 415, quota), so a person reads the same sentence — with the limit in their language's
 * units — whichever side noticed first.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentList } from '@kafaat/shared';
import { useLocale } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { useFileSize } from './fileSize';

/** The formats the server recognises (from the bytes), named as people know them. */
const ACCEPTED_FORMATS = ['PDF', 'Word (.docx)', 'PNG', 'JPEG'] as const;

/** The file input's `accept`: a hint to the phone's picker only; the server decides from the content. */
export const ACCEPT_ATTRIBUTE = '.pdf,.docx,.png,.jpg,.jpeg';

/** Issue codes of the `file` field (server codes, plus `required` from the client). */
export const FILE_TOO_LARGE = 'file_too_large';
export const UNSUPPORTED_TYPE = 'unsupported_file_type';
export const QUOTA_EXCEEDED = 'quota_exceeded';

/** Sentences about files and space, bound to the active language and the list's limits. */
export function useUploadText(list: DocumentList) {
  const { t } = useTranslation();
  const { intlLocale } = useLocale();
  const format = useFormat();
  const fileSize = useFileSize();
  return useMemo(() => {
    const types = new Intl.ListFormat(intlLocale, { type: 'disjunction' }).format(ACCEPTED_FORMATS);
    const max = fileSize(list.maxFileBytes);
    return {
      hint: t('documents.upload.fileHint', { types, max }),
      /** What to say about the `file` field for an issue code; `size` is the chosen file's. */
      fileIssue(code: string, size: number | undefined): string {
        if (code === 'required') return t('documents.errors.fileRequired');
        if (code === FILE_TOO_LARGE) return t('documents.errors.tooLarge', { size: fileSize(size ?? list.maxFileBytes), max });
        if (code === UNSUPPORTED_TYPE) return t('documents.errors.unsupportedType', { types });
        return t('documents.errors.fileDefault');
      },
      quota: t('documents.errors.quota', {
        used: fileSize(list.usage.bytes),
        max: fileSize(list.usage.maxBytes),
        count: format.number(list.usage.count),
        maxCount: format.number(list.usage.maxCount),
      }),
    };
  }, [fileSize, format, intlLocale, list, t]);
}

/** Whether a file of `size` bytes would go over the talent's space (bytes or number of documents). */
export function exceedsQuota(list: DocumentList, size: number): boolean {
  return list.usage.bytes + size > list.usage.maxBytes || list.usage.count >= list.usage.maxCount;
}
