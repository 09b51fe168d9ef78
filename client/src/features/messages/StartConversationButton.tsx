import { useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { conversationPath } from '../../routes/paths';
import { useCurrentUser } from '../auth/useSession';
import { Composer } from './Composer';
import { useConversationStarter } from './messagesApi';

type StartConversationButtonProps = {
  /** The opportunity the conversation is about. */
  opportunityId: string;
  /** The talent to write to, when a member of the organisation writes; left out when the talent writes. */
  talentId?: string;
  /** Who will read it ("Amina El Idrissi", "Fintech Casa"): named in the label, so several buttons on a board differ. */
  recipientName?: string;
};

/**
 * "Write a message" about an opportunity, for an application's page or a card on the board: opens a composer
 * in place; sending opens the conversation (or adds to the existing one, the server keeps one per opportunity
 * and talent) and goes to it.
 */
export function StartConversationButton({ opportunityId, talentId, recipientName }: StartConversationButtonProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const start = useConversationStarter();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  return (
    <div className="start-conversation">
      <button
        ref={button}
        type="button"
        className="button button--secondary button--small"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {t('messages.start.button')}
        {recipientName ? (
          <>
            {' '}
            <span className="visually-hidden">({recipientName})</span>
          </>
        ) : null}
      </button>
      {open ? (
        <div id={panelId} className="start-conversation__panel">
          <Composer
            autoFocus
            label={recipientName ? t('messages.start.labelTo', { name: recipientName }) : t('messages.start.label')}
            canAttach={user?.role === 'talent'}
            send={async (input) => {
              const conversation = await start({ ...input, opportunityId, talentId });
              await navigate(conversationPath(conversation.id));
            }}
            describeFailure={(error) => (error instanceof ApiError && error.status === 403 ? t('messages.start.forbidden') : undefined)}
          />
          <button type="button" className="link-button" onClick={close}>
            {t('messages.start.cancel')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
