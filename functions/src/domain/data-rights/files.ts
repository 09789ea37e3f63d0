import { toCsv } from '../export/csv.js';
import type { ZipFile } from '../export/zip.js';
import type { StudentExport } from './schemas.js';

const title = (text: { zh: string; en: string } | null) => (text ? `${text.zh} ${text.en}` : '');

/**
 * The files of a student's data download: data.json is complete and machine-readable; the CSVs are
 * the same data as a guardian opens it in Excel (bilingual headers, one table per kind of record).
 */
export function exportFiles(data: StudentExport): ZipFile[] {
  const { account } = data;
  const accountCsv = toCsv([
    ['项目 Field', '内容 Value'],
    ['用户名 Username', account.username],
    ['姓名 Name', account.displayName],
    ['学号 Student number', account.studentNumber ?? ''],
    ['年级 Grade', account.grade ?? ''],
    ['学校 School', title(data.school?.name ?? null)],
    ['班级 Class', title(data.class?.name ?? null)],
    ['账号创建 Created', account.createdAt],
    ['监护人同意 Guardian consent', account.guardianConsent ? `${account.guardianConsent.method} ${account.guardianConsent.recordedAt}` : ''],
  ]);
  const progressCsv = toCsv([
    ['模块 Module', '版本 Version', '进度% Percent', '开始 Started', '完成 Completed', '最近更新 Updated'],
    ...data.progress.map((p) => [title(p.moduleTitle) || p.moduleId, p.version, p.percent, p.startedAt, p.completedAt, p.updatedAt]),
  ]);
  const attemptsCsv = toCsv([
    ['测验 Quiz', '第几次 Attempt', '状态 Status', '开始 Started', '提交 Submitted', '得分 Score', '满分 Max', '百分比 Percent', '通过 Passed'],
    ...data.attempts.map((a) => [
      title(a.quizTitle) || a.quizId,
      a.number,
      a.status,
      a.startedAt,
      a.submittedAt,
      a.result?.score,
      a.result?.maxScore,
      a.result?.percent,
      a.result ? (a.result.passed ? '是 yes' : '否 no') : '',
    ]),
  ]);
  const answersCsv = toCsv([
    ['测验 Quiz', '第几次 Attempt', '题号 No.', '题目 Question', '作答 Answer', '正确 Correct'],
    ...data.attempts.flatMap((a) =>
      a.questions.map((q, i) => {
        const chosen = q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text.zh);
        return [title(a.quizTitle) || a.quizId, a.number, i + 1, q.stem.zh, chosen.join(' / '), q.correct === null ? '' : q.correct ? '是 yes' : '否 no'];
      }),
    ),
  ]);
  const entriesCsv = toCsv([
    ['比赛 Contest', '编号 Code', '状态 Status', '题目 Title', '语言 Language', '提交 Submitted', '阶段 Stage', '奖项 Award', '正文 Text'],
    ...data.contestEntries.map((e) => {
      const content = e.submission ?? e.draft;
      return [
        title(e.contestTitle) || e.contestId,
        e.code,
        e.submission ? '已提交 submitted' : '草稿 draft',
        content.title,
        content.language,
        e.submission?.submittedAt,
        e.stage,
        e.award,
        content.text,
      ];
    }),
  ]);
  const certificatesCsv = toCsv([
    ['证书编号 Code', '类别 Kind', '名称 Title', '获得者 Recipient', '学校 School', '百分比 Percent', '奖项 Award', '颁发 Issued'],
    ...data.certificates.map((c) => [c.code, c.kind, title(c.title), c.recipientName, title(c.schoolName), c.percent, c.award, c.issuedAt]),
  ]);
  return [
    { name: 'data.json', content: JSON.stringify(data, null, 2) },
    { name: 'account.csv', content: accountCsv },
    { name: 'progress.csv', content: progressCsv },
    { name: 'attempts.csv', content: attemptsCsv },
    { name: 'answers.csv', content: answersCsv },
    { name: 'entries.csv', content: entriesCsv },
    { name: 'certificates.csv', content: certificatesCsv },
  ];
}
