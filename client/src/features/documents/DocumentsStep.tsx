import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/QueryStatus';
import { DocumentList } from './DocumentList';
import { useDocuments } from './documentsApi';
import { SuggestionsPanel } from './SuggestionsPanel';
import { UploadForm } from './UploadForm';

/**
 * The "Documents" step of the profile editor: upload (a CV first of all), the skills found in a CV to accept or
 * dismiss, and the documents kept with the space they use. It saves through its own endpoints, not the editor's
 * PATCH, and renders no <form>, so the editor may place it inside its own. Section headings are <h3>, under the
 * editor's page and step headings.
 */
export function DocumentsStep() {
  const { t } = useTranslation();
  const documents = useDocuments();
  return (
    <div className="documents-step">
      <p>{t('documents.lead')}</p>
      {documents.isPending ? <Loading /> : null}
      {documents.isError ? <LoadError error={documents.error} onRetry={() => void documents.refetch()} /> : null}
      {documents.data ? (
        <>
          <UploadForm list={documents.data} />
          <SuggestionsPanel documents={documents.data.items} />
          <DocumentList list={documents.data} />
        </>
      ) : null}
    </div>
  );
}
