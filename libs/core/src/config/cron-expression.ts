import { CronTime } from 'cron';

export const CronExpression = {
  isValid(pattern: string): boolean {
    try {
      new CronTime(pattern);
      return true;
    } catch {
      return false;
    }
  },
};
