/**
 * Passwords people pick first, which every guessing list tries first: the usual English and digit
 * patterns, keyboard walks, and the pinyin and number phrases common in China (5201314 "I love you
 * for ever", woaini "I love you"). Compared after lower-casing and removing spaces, so variants in
 * case or spacing are caught as well. Data, not logic: extend the list without touching the rule.
 */
export const COMMON_PASSWORDS: readonly string[] = [
  '12345678', '123456789', '1234567890', '0123456789', '87654321', '98765432', '11111111', '00000000',
  '22222222', '66666666', '88888888', '99999999', '12341234', '11223344', '12121212', '123123123',
  '11112222', '12344321', '147258369', '123654789', '159357456', '789456123', '147852369', '741852963',
  '963852741', '1q2w3e4r', '1qaz2wsx', 'qwertyui', 'qwertyuiop', 'asdfghjk', 'asdfghjkl', 'zxcvbnm1',
  'zxcvbnm123', 'qwerty123', 'qwer1234', 'asdf1234', 'zaq12wsx', 'q1w2e3r4', 'a1b2c3d4', 'abcd1234',
  'abc12345', 'abc123456', 'abcdefgh', 'aaaaaaaa', 'password', 'password1', 'password12', 'password123',
  'passw0rd', 'p@ssw0rd', 'p@ssword', 'iloveyou', 'iloveyou1', 'sunshine', 'princess', 'football',
  'baseball', 'superman', 'starwars', 'whatever', 'trustno1', 'letmein1', 'welcome1', 'welcome123',
  'admin123', 'administrator', 'changeme', 'default1', 'computer', 'internet', 'michelle', 'jennifer',
  'master123', 'monkey123', 'dragon123', 'shadow123', 'football1', 'qazwsxedc', '1qazxsw2', 'test1234',
  'testtest', 'student1', 'student123', 'teacher1', 'teacher123', 'school123', 'a12345678', 'a123456789',
  'aa123456', 'aa12345678', 'qq123456', 'qq12345678', 'woaini1314', 'woaini520', 'woaini123', 'woaini123456',
  'woainima', 'woaiwojia', '5201314520', '52013145', '520131400', '1314520520', '13145200', 'wangyang',
  'zhangwei', 'wangwei1', 'zhang123', 'wang1234', 'li123456', 'liu123456', 'chen123456', 'huang123',
  'ningxia1', 'ningxia123', 'yinchuan', 'yinchuan1', 'beijing1', 'beijing2008', 'zhongguo', 'zhongguo1',
  'china123', 'chinese1', 'xiaoming', 'xiaohong', 'nihao123', 'nihaoma1', 'mima1234', 'mima123456',
  'woshishui', 'wodemima', 'qingqing', 'qinglang', 'qinglangxiaoyuan', 'clearcampus', 'clearcampus1',
  'clearcampus123', 'jindu123', 'jinduxuexi', 'dujin123', 'xuesheng', 'xuesheng1', 'laoshi123',
  'xuexiao1', 'xuexiao123', 'jiaoyu123', 'jiaoyuju', 'banzhuren', 'tongxue1', 'pengyou1', 'baobei123',
  'shangdi1', 'mingming', 'tiantian', 'xiaoxiao', 'haohao123', 'iloveu1314', 'loveyou1', 'lovelove',
  'sweetheart', 'babygirl', 'basketball', 'soccer123', 'pokemon1', 'minecraft', 'minecraft1', 'roblox123',
  'fortnite', 'naruto123', 'onepiece', 'doraemon', 'pikachu1', 'hellokitty', 'helloworld', 'hello123',
  'hello1234', 'goodluck', 'happy123', 'happyday', 'sunday12', 'monday12', 'january1', 'summer2026',
  'winter2026', 'spring2026', 'autumn2026', '20262026', '20252025', '20242024', '19491001', '20080808',
];
