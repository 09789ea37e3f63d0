import { judge, multiple, single } from './scenario-builders.js';
import type { SeedQuestion } from './index.js';

/**
 * Lower-primary recall items (grades 1–3): the few facts of the lower-primary modules, in short
 * sentences. The situations for the same age are in scenarios-primary-lower.ts.
 */
export const primaryLowerQuestions: SeedQuestion[] = [
  judge({
    key: 'lower-001',
    bands: ['primary_lower'],
    topics: ['drug_basics', 'health_harm'],
    difficulty: 1,
    stem: [
      '毒品会伤害人的大脑和身体。人用了毒品，想停也很难停下来。',
      'Drugs hurt people’s brains and bodies. Once people start, they find it very hard to stop.',
    ],
    answer: true,
    explanation: [
      '毒品很危险，会伤害大脑和身体，还会让人离不开它。',
      'Drugs are very dangerous. They hurt the brain and the body, and people find it very hard to stop.',
    ],
  }),
  judge({
    key: 'lower-002',
    bands: ['primary_lower'],
    topics: ['drug_basics'],
    difficulty: 1,
    stem: ['毒品也是一种药，生病的时候可以用来治病。', 'Drugs are a kind of medicine and can be used to make you better when you are ill.'],
    answer: false,
    explanation: [
      '毒品不是药，不能用来治病。国家不允许任何人吸毒。生病了要看医生。',
      'Drugs are not medicine and don’t make anyone better. In China nobody is allowed to take drugs. When you are ill, see a doctor.',
    ],
  }),
  multiple({
    key: 'lower-003',
    bands: ['primary_lower'],
    topics: ['disguised_drugs'],
    difficulty: 1,
    stem: ['毒品有时会装扮成什么样子？（多选）', 'What can drugs sometimes be dressed up to look like? (Choose all that apply.)'],
    options: [
      ['一看就很吓人，很容易认出来', 'Something scary that is easy to spot'],
      ['彩色的糖果', 'Colourful sweets', true],
      ['好喝的饮料', 'Tasty drinks', true],
      ['小小的贴纸', 'Little stickers', true],
    ],
    explanation: [
      '毒品可能像糖、像饮料、像贴纸，看起来一点也不吓人。只看，看不出来。',
      'Drugs can look like sweets, drinks or stickers, and not scary at all. You can’t tell just by looking.',
    ],
  }),
  judge({
    key: 'lower-004',
    group: 'tell-by-looking',
    bands: ['primary_lower'],
    topics: ['disguised_drugs'],
    difficulty: 1,
    stem: ['闻一闻、尝一尝，就能知道糖里有没有毒品。', 'By smelling or tasting a sweet, you can tell whether there are drugs in it.'],
    answer: false,
    explanation: [
      '看一看、闻一闻、尝一尝，都分不出来。不认识的东西，不接、不尝、不碰。',
      'Looking, smelling or tasting can’t tell you. Things you don’t know: don’t take, taste or touch them.',
    ],
  }),
  judge({
    key: 'lower-005',
    group: 'whoever-offers',
    bands: ['primary_lower'],
    topics: ['refusal_skills', 'disguised_drugs'],
    difficulty: 2,
    stem: [
      '只有不认识的人给的东西才要小心。认识的人给的，不认识的东西也可以吃。',
      'You only need to be careful with things from people you don’t know. If someone you know offers something you don’t know, you can eat it.',
    ],
    answer: false,
    explanation: [
      '不管是谁给的，不认识的吃的、喝的、贴的，都不接、不尝、不碰。',
      'Whoever offers them, food, drinks or stickers you don’t know: don’t take, taste or touch them.',
    ],
  }),
  judge({
    key: 'lower-006',
    bands: ['primary_lower'],
    topics: ['disguised_drugs'],
    difficulty: 1,
    stem: ['家里大人做的饭菜、老师在班上发的水果，可以放心吃。', 'Meals your family makes and fruit your teacher hands out in class are fine to eat.'],
    answer: true,
    explanation: [
      '家人和老师给你准备的吃的，可以放心吃。不确定的时候，先问家里的大人。',
      'Food your family and teachers give you is fine. When you aren’t sure, ask a grown-up at home first.',
    ],
  }),
  single({
    key: 'lower-007',
    bands: ['primary_lower'],
    topics: ['help_support'],
    difficulty: 1,
    stem: ['信任的大人，是什么样的大人？', 'What is a trusted grown-up?'],
    options: [
      ['照顾你、会认真听你说话的大人', 'A grown-up who looks after you and really listens', true],
      ['送你糖吃，还叫你别告诉家里的人', 'Someone who gives you sweets and says not to tell your family'],
      ['在网上说要送你游戏礼物的人', 'Someone online who says they’ll give you game presents'],
    ],
    explanation: [
      '信任的大人照顾你、会认真听你说话，比如家里的人、班主任、学校的心理老师。',
      'A trusted grown-up looks after you and really listens, like your family, your class teacher or the school counsellor.',
    ],
  }),
  judge({
    key: 'lower-008',
    group: 'scary-secret',
    bands: ['primary_lower'],
    topics: ['help_support'],
    difficulty: 1,
    stem: ['有人叫你保守一个让你害怕的秘密，你就要一直不说。', 'If someone tells you to keep a secret that scares you, you must never tell.'],
    answer: false,
    explanation: [
      '让你害怕、不舒服的秘密，一定要告诉信任的大人。告诉大人不是“告状”。',
      'A secret that scares you or makes you uncomfortable is one to tell a trusted grown-up. Telling is not tattling.',
    ],
  }),
  single({
    key: 'lower-009',
    group: 'call-110-120',
    bands: ['primary_lower'],
    topics: ['help_support'],
    difficulty: 1,
    stem: ['120是什么电话？', 'What is 120 for?'],
    options: [
      ['找警察来帮忙的电话', 'Calling the police for help'],
      ['叫救护车的电话', 'Calling an ambulance', true],
      ['问作业的电话', 'Asking about homework'],
    ],
    explanation: [
      '120叫救护车，有人晕倒、叫不醒时打。110找警察。只在紧急时打。',
      '120 calls an ambulance, when someone faints and won’t wake up. 110 calls the police. Only call them in an emergency.',
    ],
  }),
  judge({
    key: 'lower-010',
    group: 'emergency-call',
    bands: ['primary_lower'],
    topics: ['help_support'],
    difficulty: 1,
    stem: ['打120或110时，要说清楚：在哪里，发生了什么，我叫什么名字。', 'When you call 120 or 110, say clearly where you are, what happened and your name.'],
    answer: true,
    explanation: [
      '说清楚在哪里、发生了什么、你叫什么名字，大人和救护车、警察才能快点找到你。',
      'Saying where you are, what happened and your name helps the ambulance or police find you quickly.',
    ],
  }),
  judge({
    key: 'lower-011',
    bands: ['primary_lower'],
    topics: ['drug_basics'],
    difficulty: 1,
    stem: [
      '有的药片看起来很像糖，可是药不是糖，不能自己拿来吃。',
      'Some pills look a lot like sweets, but medicine is not sweets, and you must not take it yourself.',
    ],
    answer: true,
    explanation: [
      '药片不是糖。看到不认识的药片，不拿、不尝、不玩，告诉家里的大人。',
      'Pills are not sweets. If you see pills you don’t know, don’t pick them up, taste them or play with them; tell a grown-up at home.',
    ],
  }),
];
