import { Logger, Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@convene/core';
import { createMailTransport } from './mail-transport';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

const logger = new Logger('MailFiles');

export const mailTransportProvider: Provider = {
  provide: MAIL_TRANSPORT,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) =>
    createMailTransport(config, (file, mail) => {
      // Mail to files is the development default: say where it went, so a person trying
      // the demo can sign in (the code is in the text part).
      logger.log({ file, to: mail.to, subject: mail.subject }, 'Mail written');
      if (config.nodeEnv === 'development') {
        const code = /^\s{4}(\d{6})$/m.exec(mail.text)?.[1];
        const link = /^Sign in: (\S+)$/m.exec(mail.text)?.[1];
        if (code) process.stdout.write(`\n  Sign-in for ${mail.to}: code ${code}${link ? `  link ${link}` : ''}\n\n`);
      }
    }),
};
