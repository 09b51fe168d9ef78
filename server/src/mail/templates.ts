/** The text of every mail, in the recipient's language (French, Arabic, English). */
import type { Locale } from '@kafaat/shared';

export type MailKind = 'verifyEmail' | 'resetPassword' | 'alreadyRegistered' | 'invitation' | 'passwordChanged' | 'notificationDigest';

interface Template {
  subject: string;
  body: (p: Record<string, string>) => string;
}

const sign = { fr: "L'équipe Kafaat", ar: 'فريق كفاءات', en: 'The Kafaat team' };

export const TEMPLATES: Record<MailKind, Record<Locale, Template>> = {
  verifyEmail: {
    fr: { subject: 'Confirmez votre adresse e-mail', body: (p) => `Bonjour ${p.name},\n\nPour activer votre compte Kafaat, ouvrez ce lien (valable 48 heures) :\n${p.link}\n\nSi vous n'avez pas créé de compte, ignorez ce message.\n\n${sign.fr}` },
    ar: { subject: 'أكّدوا عنوان بريدكم الإلكتروني', body: (p) => `مرحباً ${p.name}،\n\nلتفعيل حسابكم على كفاءات، افتحوا هذا الرابط (صالح لمدة 48 ساعة):\n${p.link}\n\nإذا لم تنشئوا حساباً، تجاهلوا هذه الرسالة.\n\n${sign.ar}` },
    en: { subject: 'Confirm your email address', body: (p) => `Hello ${p.name},\n\nTo activate your Kafaat account, open this link (valid for 48 hours):\n${p.link}\n\nIf you did not create an account, ignore this message.\n\n${sign.en}` },
  },
  resetPassword: {
    fr: { subject: 'Réinitialisation de votre mot de passe', body: (p) => `Bonjour ${p.name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable 1 heure, utilisable une seule fois) :\n${p.link}\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.\n\n${sign.fr}` },
    ar: { subject: 'إعادة تعيين كلمة المرور', body: (p) => `مرحباً ${p.name}،\n\nلاختيار كلمة مرور جديدة، افتحوا هذا الرابط (صالح لمدة ساعة واحدة ولمرة واحدة):\n${p.link}\n\nإذا لم تطلبوا ذلك، تجاهلوا هذه الرسالة: لن تتغير كلمة المرور.\n\n${sign.ar}` },
    en: { subject: 'Reset your password', body: (p) => `Hello ${p.name},\n\nTo choose a new password, open this link (valid for 1 hour, usable once):\n${p.link}\n\nIf you did not ask for this, ignore this message: your password does not change.\n\n${sign.en}` },
  },
  alreadyRegistered: {
    fr: { subject: 'Une inscription avec votre adresse', body: (p) => `Bonjour ${p.name},\n\nQuelqu'un a essayé de créer un compte Kafaat avec votre adresse, qui en a déjà un. Pour vous connecter : ${p.signin}\nMot de passe oublié ? ${p.forgot}\n\n${sign.fr}` },
    ar: { subject: 'محاولة تسجيل بعنوانكم', body: (p) => `مرحباً ${p.name}،\n\nحاول شخص ما إنشاء حساب على كفاءات بعنوانكم، وهو مسجّل مسبقاً. لتسجيل الدخول: ${p.signin}\nنسيتم كلمة المرور؟ ${p.forgot}\n\n${sign.ar}` },
    en: { subject: 'A sign-up with your address', body: (p) => `Hello ${p.name},\n\nSomeone tried to create a Kafaat account with your address, which already has one. To sign in: ${p.signin}\nForgot your password? ${p.forgot}\n\n${sign.en}` },
  },
  invitation: {
    fr: { subject: 'Invitation à rejoindre {org} sur Kafaat', body: (p) => `Bonjour,\n\n${p.inviter} vous invite à rejoindre ${p.org} sur Kafaat. Pour accepter (lien valable 7 jours) :\n${p.link}\n\n${sign.fr}` },
    ar: { subject: 'دعوة للانضمام إلى {org} على كفاءات', body: (p) => `مرحباً،\n\nيدعوكم ${p.inviter} للانضمام إلى ${p.org} على كفاءات. للقبول (رابط صالح لمدة 7 أيام):\n${p.link}\n\n${sign.ar}` },
    en: { subject: 'Invitation to join {org} on Kafaat', body: (p) => `Hello,\n\n${p.inviter} invites you to join ${p.org} on Kafaat. To accept (link valid for 7 days):\n${p.link}\n\n${sign.en}` },
  },
  passwordChanged: {
    fr: { subject: 'Votre mot de passe a été modifié', body: (p) => `Bonjour ${p.name},\n\nLe mot de passe de votre compte Kafaat vient d'être modifié et vos autres sessions ont été fermées. Si ce n'était pas vous : ${p.forgot}\n\n${sign.fr}` },
    ar: { subject: 'تم تغيير كلمة المرور', body: (p) => `مرحباً ${p.name}،\n\nتم تغيير كلمة مرور حسابكم على كفاءات وأُغلقت جلساتكم الأخرى. إذا لم تقوموا بذلك: ${p.forgot}\n\n${sign.ar}` },
    en: { subject: 'Your password was changed', body: (p) => `Hello ${p.name},\n\nThe password of your Kafaat account was just changed and your other sessions were closed. If this was not you: ${p.forgot}\n\n${sign.en}` },
  },
  /** The daily digest (services/notifications/digestSender.ts): `items` is one line per notification, already worded. */
  notificationDigest: {
    fr: { subject: 'Votre résumé Kafaat', body: (p) => `Bonjour ${p.name},\n\nVoici ce qui vous attend sur Kafaat (${p.count}) :\n\n${p.items}\n\nTout voir : ${p.link}\nChoisir ce que vous recevez par e-mail : ${p.settings}\n\n${sign.fr}` },
    ar: { subject: 'ملخصكم على كفاءات', body: (p) => `مرحباً ${p.name}،\n\nإليكم ما ينتظركم على كفاءات (${p.count}):\n\n${p.items}\n\nلعرض الكل: ${p.link}\nلاختيار ما يصلكم بالبريد الإلكتروني: ${p.settings}\n\n${sign.ar}` },
    en: { subject: 'Your Kafaat digest', body: (p) => `Hello ${p.name},\n\nHere is what is waiting for you on Kafaat (${p.count}):\n\n${p.items}\n\nSee everything: ${p.link}\nChoose what you receive by email: ${p.settings}\n\n${sign.en}` },
  },
};
