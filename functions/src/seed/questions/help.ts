import type { SeedQuestion } from './index.js';
import { trueFalse } from './true-false.js';

/** Help and support: trusted adults, 110 and 120, helping a friend, treatment and non-discrimination. */
export const helpQuestions: SeedQuestion[] = [
  {
    key: 'help-001',
    content: {
      type: 'single',
      stem: {
        zh: '同学晕倒了，怎么叫都叫不醒，应该拨打哪个急救电话？',
        en: 'A classmate has fainted and won’t wake up. Which emergency number should be called for an ambulance?',
      },
      options: [
        { id: 'a', text: { zh: '120', en: '120' }, correct: true },
        { id: 'b', text: { zh: '110', en: '110' }, correct: false },
        { id: 'c', text: { zh: '不用打电话，等他自己醒过来', en: 'No need to call; wait for him to wake up' }, correct: false },
        { id: 'd', text: { zh: '先发消息问问网上的朋友', en: 'Message an online friend to ask first' }, correct: false },
      ],
      explanation: {
        zh: '120是急救电话。有人晕倒、叫不醒或者呼吸困难，要马上找身边的大人，并拨打120。110是报警电话。',
        en: '120 is the ambulance number. If someone has fainted, can’t be woken or is struggling to breathe, get the nearest adult straight away and call 120. 110 is the police number.',
      },
      topics: ['help_support'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
      group: 'call-110-120',
    },
  },
  {
    key: 'help-002',
    content: {
      type: 'single',
      stem: {
        zh: '有人正在伤害你或别人，你遇到了危险，应该拨打哪个电话报警？',
        en: 'Someone is hurting you or someone else and you are in danger. Which number do you call for the police?',
      },
      options: [
        { id: 'a', text: { zh: '110', en: '110' }, correct: true },
        { id: 'b', text: { zh: '120', en: '120' }, correct: false },
        { id: 'c', text: { zh: '谁也不告诉，自己想办法', en: 'Tell nobody and sort it out yourself' }, correct: false },
        { id: 'd', text: { zh: '在游戏里给好友发消息', en: 'Send a message to a friend in a game' }, correct: false },
      ],
      explanation: {
        zh: '110是报警电话：有人正在伤害你或别人、你遇到了危险，或者看到有人在做严重违法的事时拨打。',
        en: '110 is the police number: call it when someone is hurting you or someone else, you are in danger, or you see someone doing something seriously against the law.',
      },
      topics: ['help_support'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
      group: 'call-110-120',
    },
  },
  {
    key: 'help-003',
    content: {
      type: 'true_false',
      stem: { zh: '觉得好玩的时候，可以拨打110试试警察会不会接。', en: 'It’s OK to call 110 for fun, to see whether the police answer.' },
      options: trueFalse(false),
      explanation: {
        zh: '110和120只在紧急情况下拨打，不能开玩笑。拿报警电话开玩笑，会占用警察帮助真正遇到危险的人的时间。',
        en: 'Only call 110 or 120 in a real emergency, never as a joke. Prank calls take up time the police need to help people who are really in danger.',
      },
      topics: ['help_support'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
      group: 'prank-110',
    },
  },
  {
    key: 'help-004',
    content: {
      type: 'multiple',
      stem: { zh: '拨打110或120求助时，要说清楚哪些内容？', en: 'When you call 110 or 120 for help, what should you say clearly?' },
      options: [
        { id: 'a', text: { zh: '你在哪里', en: 'Where you are' }, correct: true },
        { id: 'b', text: { zh: '发生了什么', en: 'What happened' }, correct: true },
        { id: 'c', text: { zh: '你叫什么名字', en: 'Your name' }, correct: true },
        { id: 'd', text: { zh: '你家里有几口人', en: 'How many people live in your family' }, correct: false },
        { id: 'e', text: { zh: '你今天一整天都做了什么', en: 'Everything you did today' }, correct: false },
      ],
      explanation: {
        zh: '打电话求助时，要说清楚在哪里、发生了什么、你叫什么名字，这样帮助才能尽快到来。',
        en: 'When you call for help, say clearly where you are, what happened and your name, so help can reach you quickly.',
      },
      topics: ['help_support'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
      group: 'emergency-call',
    },
  },
  {
    key: 'help-005',
    content: {
      type: 'true_false',
      stem: {
        zh: '把让你觉得奇怪、害怕的事告诉大人，是在“告状”，不应该这样做。',
        en: 'Telling an adult about something strange or scary is “telling tales”, so you shouldn’t do it.',
      },
      options: trueFalse(false),
      explanation: {
        zh: '告诉大人不是“告状”，而是保护自己，也保护朋友。遇到奇怪、害怕或不舒服的事，要马上告诉信任的大人。',
        en: 'Telling an adult is not “telling tales”: it protects you, and it protects your friends. If something feels strange, scary or uncomfortable, tell a trusted adult straight away.',
      },
      topics: ['help_support'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
      group: 'telling-not-tattling',
    },
  },
  {
    key: 'help-006',
    content: {
      type: 'multiple',
      stem: { zh: '在学校里遇到让你不安的事，下面哪些人是你可以求助的？', en: 'If something worries you at school, which of these people can you turn to?' },
      options: [
        { id: 'a', text: { zh: '班主任', en: 'Your class teacher' }, correct: true },
        { id: 'b', text: { zh: '学校的心理老师', en: 'The school counsellor' }, correct: true },
        { id: 'c', text: { zh: '学校保安', en: 'The school security guard' }, correct: true },
        { id: 'd', text: { zh: '网上刚认识的“朋友”', en: 'A “friend” you’ve just met online' }, correct: false },
        { id: 'e', text: { zh: '校门口不认识的人', en: 'A stranger outside the school gate' }, correct: false },
      ],
      explanation: {
        zh: '在学校里，班主任、其他老师、心理老师和学校保安都可以帮助你。网上刚认识的人和不认识的人，不是可以信任的求助对象。',
        en: 'At school, your class teacher, other teachers, the school counsellor and the security guard can all help you. People you’ve just met online and strangers are not trusted helpers.',
      },
      topics: ['help_support'],
      gradeBands: ['primary'],
      difficulty: 1,
    },
  },
  {
    key: 'help-007',
    content: {
      type: 'single',
      stem: {
        zh: '放学路上遇到麻烦，身边没有认识的大人。你可以向谁求助？',
        en: 'You run into trouble on the way home from school and there is no adult you know nearby. Who can you ask for help?',
      },
      options: [
        { id: 'a', text: { zh: '穿制服的警察，或者商店、银行的工作人员', en: 'A police officer in uniform, or staff in a shop or bank' }, correct: true },
        {
          id: 'b',
          text: { zh: '路边主动过来跟你搭话、说要送你回家的陌生人', en: 'A stranger by the road who comes up and offers to take you home' },
          correct: false,
        },
        { id: 'c', text: { zh: '网上认识的“朋友”', en: 'A “friend” you met online' }, correct: false },
        { id: 'd', text: { zh: '谁也不找，自己躲起来', en: 'Nobody: just hide' }, correct: false },
      ],
      explanation: {
        zh: '找不到认识的大人时，可以找穿制服的警察，或者请商店、银行的工作人员帮忙。',
        en: 'If you can’t find an adult you know, look for a police officer in uniform, or ask staff in a shop or bank for help.',
      },
      topics: ['help_support'],
      gradeBands: ['primary'],
      difficulty: 2,
    },
  },
  {
    key: 'help-008',
    content: {
      type: 'true_false',
      stem: {
        zh: '如果有人对你说“别告诉你爸妈”，这句话本身就是一个危险信号。',
        en: 'If someone says to you “Don’t tell your parents”, that in itself is a warning sign.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '“别告诉你爸妈”“别告诉老师”都是危险信号。遇到这种情况，拒绝、走开，并一定要告诉信任的大人。',
        en: '“Don’t tell your parents” and “don’t tell the teacher” are warning signs. If you hear them, say no, walk away, and always tell a trusted adult.',
      },
      topics: ['help_support', 'refusal_skills'],
      gradeBands: ['primary_lower', 'primary', 'junior'],
      difficulty: 1,
    },
  },
  {
    key: 'help-009',
    content: {
      type: 'single',
      stem: {
        zh: '作业不会写、和同学闹别扭这样的平时烦恼，应该怎么办？',
        en: 'What should you do about everyday worries, like being stuck on homework or falling out with a classmate?',
      },
      options: [
        { id: 'a', text: { zh: '先告诉身边的大人，比如家长或老师', en: 'Tell an adult near you first, such as a parent or teacher' }, correct: true },
        { id: 'b', text: { zh: '拨打110', en: 'Call 110' }, correct: false },
        { id: 'c', text: { zh: '拨打120', en: 'Call 120' }, correct: false },
        {
          id: 'd',
          text: { zh: '一直憋在心里，谁也不说，等它自己过去', en: 'Keep it bottled up and tell nobody until it goes away by itself' },
          correct: false,
        },
      ],
      explanation: {
        zh: '110和120只在紧急情况下拨打。平时遇到的烦恼，先告诉身边的大人，他们会帮你想办法。',
        en: '110 and 120 are only for emergencies. For everyday worries, tell an adult near you first, and they will help you work things out.',
      },
      topics: ['help_support'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
    },
  },
  {
    key: 'help-010',
    content: {
      type: 'true_false',
      stem: {
        zh: '把奇怪的事告诉信任的大人，不只是保护自己，也能保护朋友。',
        en: 'Telling a trusted adult about something strange protects not only you but your friends too.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '告诉大人是保护自己，也是保护朋友。大人知道了，才能及时处理，避免更多人受到伤害。',
        en: 'Telling an adult protects you and protects your friends. Once an adult knows, they can act in time and stop more people getting hurt.',
      },
      topics: ['help_support'],
      gradeBands: ['primary'],
      difficulty: 2,
    },
  },
  {
    key: 'help-011',
    content: {
      type: 'multiple',
      stem: { zh: '在家里和学校里，下面哪些人是你可以信任、可以求助的大人？', en: 'At home and at school, which of these are trusted adults you can turn to?' },
      options: [
        { id: 'a', text: { zh: '爸爸妈妈、爷爷奶奶等照顾你的人', en: 'Your parents, grandparents or whoever looks after you' }, correct: true },
        { id: 'b', text: { zh: '班主任和其他老师', en: 'Your class teacher and other teachers' }, correct: true },
        { id: 'c', text: { zh: '学校的心理老师', en: 'The school counsellor' }, correct: true },
        { id: 'd', text: { zh: '叫你“别告诉爸妈”的人', en: 'Someone who tells you “don’t tell your parents”' }, correct: false },
      ],
      explanation: {
        zh: '家里的爸爸妈妈、爷爷奶奶、外公外婆，学校的班主任、其他老师、心理老师和保安，都可以帮助你。让你“别告诉爸妈”的人，恰恰需要提防。',
        en: 'Your parents and grandparents at home, and your class teacher, other teachers, the school counsellor and the security guard at school, can all help you. Someone who tells you not to tell your parents is exactly the person to be wary of.',
      },
      topics: ['help_support'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
      group: 'trusted-adults-list',
    },
  },
  {
    key: 'help-012',
    content: {
      type: 'multiple',
      stem: {
        zh: '朋友最近常常请假、成绩下滑、情绪起伏很大。你想关心他，下面哪些做法是恰当的？',
        en: 'A friend has lately been absent a lot, his grades are slipping and his moods swing widely. You want to show you care. Which of these are appropriate?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '找个安静的时间单独聊，比如说“我最近有点担心你，你还好吗？”',
            en: 'Find a quiet moment to talk one-to-one, e.g. “I’ve been a bit worried about you lately. Are you OK?”',
          },
          correct: true,
        },
        {
          id: 'b',
          text: { zh: '认真倾听，不打断、不嘲笑、不急着下结论', en: 'Listen properly, without interrupting, mocking or jumping to conclusions' },
          correct: true,
        },
        { id: 'c', text: { zh: '说出你的担心，但不指责、不说教', en: 'Say what worries you, without blaming or lecturing' }, correct: true },
        { id: 'd', text: { zh: '在班级群里提醒大家离他远点', en: 'Warn everyone in the class group chat to keep away from him' }, correct: false },
        { id: 'e', text: { zh: '认定他在吸毒，当着同学的面质问他', en: 'Decide he is using drugs and confront him in front of classmates' }, correct: false },
      ],
      explanation: {
        zh: '关心要私下进行：单独聊、认真倾听、说出担心但不指责。这些变化不一定说明他在用毒品，当众质问或在群里议论只会伤害他，让他更不愿意求助。',
        en: 'Show care privately: talk one-to-one, listen properly, and say what worries you without blaming. The changes don’t necessarily mean drug use, and confronting him publicly or discussing him in a group chat would hurt him and make him less willing to seek help.',
      },
      topics: ['help_support'],
      gradeBands: ['junior', 'senior'],
      difficulty: 2,
    },
  },
  {
    key: 'help-013',
    content: {
      type: 'true_false',
      stem: {
        zh: '朋友出现请假增多、情绪起伏大、总是借钱等变化，就一定说明他在用毒品。',
        en: 'If a friend is often absent, has big mood swings and keeps borrowing money, it definitely means he is using drugs.',
      },
      options: trueFalse(false),
      explanation: {
        zh: '这些变化不一定说明他在用毒品，也可能是别的压力或困难。但无论是哪种情况，他都可能需要帮助。',
        en: 'These changes don’t necessarily mean he is using drugs; there could be other pressures or problems. Either way, he may need help.',
      },
      topics: ['help_support'],
      gradeBands: ['junior', 'senior'],
      difficulty: 2,
    },
  },
  {
    key: 'help-014',
    content: {
      type: 'true_false',
      stem: {
        zh: '朋友不愿意告诉大人时，你自己去告诉一位信任的大人，就是背叛了朋友。',
        en: 'If your friend won’t tell an adult and you tell a trusted adult yourself, you have betrayed your friend.',
      },
      options: trueFalse(false),
      explanation: {
        zh: '鼓励朋友自己告诉家长、老师或心理老师；如果他不愿意，你也应该自己告诉一位信任的大人。这不是背叛，而是在保护他。',
        en: 'Encourage your friend to tell a parent, teacher or the school counsellor; if he won’t, you should still tell a trusted adult yourself. That isn’t betrayal; it’s protecting him.',
      },
      topics: ['help_support'],
      gradeBands: ['junior', 'senior'],
      difficulty: 1,
      group: 'tell-an-adult-anyway',
    },
  },
  {
    key: 'help-015',
    content: {
      type: 'multiple',
      stem: {
        zh: '帮助一个可能在接触毒品的朋友时，下面哪些事情不应该做？',
        en: 'When helping a friend who may be using drugs, which of these should you NOT do?',
      },
      options: [
        { id: 'a', text: { zh: '替他向家长撒谎', en: 'Lie to his parents for him' }, correct: true },
        { id: 'b', text: { zh: '借钱给他买毒品', en: 'Lend him money to buy drugs' }, correct: true },
        { id: 'c', text: { zh: '帮他保管可疑物品', en: 'Look after suspicious items for him' }, correct: true },
        {
          id: 'd',
          text: { zh: '鼓励他告诉家长、老师或心理老师', en: 'Encourage him to tell his parents, a teacher or the school counsellor' },
          correct: false,
        },
        { id: 'e', text: { zh: '提出陪他一起去找信任的大人', en: 'Offer to go with him to a trusted adult' }, correct: false },
      ],
      explanation: {
        zh: '不帮忙隐瞒：不替他撒谎，不借钱给他买毒品，不帮他保管可疑物品。鼓励他找信任的大人，并提出陪他一起去，才是真正的帮助。',
        en: 'Don’t cover up: don’t lie for him, don’t lend him money for drugs, and don’t look after suspicious items for him. Encouraging him to go to a trusted adult, and offering to go with him, is real help.',
      },
      topics: ['help_support'],
      gradeBands: ['junior', 'senior'],
      difficulty: 2,
    },
  },
  {
    key: 'help-016',
    content: {
      type: 'true_false',
      stem: {
        zh: '帮助一个可能在用毒品的朋友，需要大人和专业人员一起努力，不要一个人扛。',
        en: 'Helping a friend who may be using drugs takes adults and professionals working together; don’t carry it alone.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '你能做的，是关心他，并把情况告诉能帮忙的人，而不是独自解决。成瘾需要专业帮助。',
        en: 'Your part is to care and to tell people who can help, not to fix it by yourself. Addiction needs professional help.',
      },
      topics: ['help_support'],
      gradeBands: ['junior', 'senior'],
      difficulty: 1,
    },
  },
  {
    key: 'help-017',
    content: {
      type: 'single',
      stem: {
        zh: '担心自己或朋友接触了毒品时，医院和医生能提供什么帮助？',
        en: 'If you are worried that you or a friend has come into contact with drugs, how can hospitals and doctors help?',
      },
      options: [
        {
          id: 'a',
          text: { zh: '身体检查和专业的治疗建议，包括戒毒治疗', en: 'Check-ups and professional advice on treatment, including for addiction' },
          correct: true,
        },
        { id: 'b', text: { zh: '医院只管感冒发烧，不管成瘾问题', en: 'Hospitals only deal with colds and fevers, not addiction' }, correct: false },
        { id: 'c', text: { zh: '医生只能把人交给警察，不能治疗', en: 'Doctors can only hand people over to the police, not treat them' }, correct: false },
        {
          id: 'd',
          text: { zh: '医生会开一种特效药，吃了马上就能彻底戒掉', en: 'Doctors prescribe a special pill that cures addiction instantly and completely' },
          correct: false,
        },
      ],
      explanation: {
        zh: '医院可以提供身体检查和专业的治疗建议，包括戒毒治疗。成瘾是可以治疗的，但需要科学的治疗和长期的支持，越早求助越好。',
        en: 'Hospitals can offer check-ups and professional advice on treatment, including treatment for addiction. Addiction can be treated, but it takes proper treatment and long-term support, and the sooner you ask for help, the better.',
      },
      topics: ['help_support', 'health_harm'],
      gradeBands: ['junior', 'senior'],
      difficulty: 2,
    },
  },
  {
    key: 'help-018',
    content: {
      type: 'true_false',
      stem: { zh: '求助不是软弱，而是勇敢、负责任的表现。', en: 'Asking for help isn’t weakness; it is brave and responsible.' },
      options: trueFalse(true),
      explanation: {
        zh: '家长、老师、学校心理老师和医生都是你可以求助的人。求助是勇敢、负责任的表现。',
        en: 'Parents, teachers, the school counsellor and doctors are all people you can turn to. Asking for help is brave and responsible.',
      },
      topics: ['help_support'],
      gradeBands: ['primary', 'junior', 'senior'],
      difficulty: 1,
    },
  },
  {
    key: 'help-019',
    content: {
      type: 'true_false',
      stem: {
        zh: '我国禁毒工作中常说，吸毒成瘾的人既是违法者，也是病人，还是受害者。',
        en: 'A phrase often used in China’s drug-control work is that people addicted to drugs are lawbreakers, but also patients and victims.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '吸毒违反法律，要承担法律责任；成瘾是需要治疗的慢性、容易复发的疾病；他们的健康、学业和家庭都受到毒品的伤害，有些人最初是被引诱、欺骗才接触毒品的。',
        en: 'Using drugs breaks the law and has legal consequences; addiction is a chronic, relapsing condition that needs treatment; and drugs have damaged their health, studies and families, and some first came into contact with drugs after being lured or deceived.',
      },
      topics: ['help_support', 'law'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'help-020',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：一位邻居已经完成戒毒治疗，正在努力找工作。下面哪种态度最恰当？',
        en: 'Imagine: a neighbour has completed drug treatment and is working hard to find a job. Which attitude is most appropriate?',
      },
      options: [
        { id: 'a', text: { zh: '不歧视、不贴标签，尊重他回归正常生活', en: 'No discrimination or labels; respect his return to normal life' }, correct: true },
        {
          id: 'b',
          text: { zh: '提醒附近的店主都不要雇用他，免得出什么事', en: 'Warn local shop owners not to hire him, just in case something happens' },
          correct: false,
        },
        { id: 'c', text: { zh: '给他起个外号，提醒大家他的过去', en: 'Give him a nickname that reminds everyone of his past' }, correct: false },
        { id: 'd', text: { zh: '到处打听他过去的事，讲给别人听', en: 'Dig into his past and spread it around' }, correct: false },
      ],
      explanation: {
        zh: '对待正在戒毒或已经戒毒的人，应当不歧视、不嘲笑、不贴标签。《禁毒法》规定，戒毒人员在入学、就业、享受社会保障等方面不受歧视。',
        en: 'We should treat people who are in treatment, or have completed it, without discrimination, mockery or labels. The Anti-Drug Law provides that they shall not be discriminated against in school enrolment, employment or social security.',
      },
      topics: ['help_support', 'law'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 1,
      group: 'no-discrimination',
    },
  },
  {
    key: 'help-021',
    content: {
      type: 'single',
      stem: {
        zh: '如果你担心自己或朋友接触了毒品，下面哪种做法最好？',
        en: 'If you are worried that you or a friend has come into contact with drugs, what is the best thing to do?',
      },
      options: [
        { id: 'a', text: { zh: '尽早找家长、老师或医生聊一聊', en: 'Talk to a parent, teacher or doctor soon' }, correct: true },
        { id: 'b', text: { zh: '先等一等，等问题变严重了再说', en: 'Wait until the problem gets serious' }, correct: false },
        { id: 'c', text: { zh: '到网上找陌生人出主意', en: 'Ask strangers online for advice' }, correct: false },
        { id: 'd', text: { zh: '自己先停一段时间，谁也不告诉', en: 'Stop for a while on your own and tell nobody' }, correct: false },
      ],
      explanation: {
        zh: '有担心或疑问时，可以找家长、班主任、学校心理老师或医生聊一聊。成瘾是可以治疗的，越早求助越好。',
        en: 'If you have worries or questions, talk to your parents, your class teacher, the school counsellor or a doctor. Addiction can be treated, and the sooner you ask for help, the better.',
      },
      topics: ['help_support'],
      gradeBands: ['junior'],
      difficulty: 1,
    },
  },
  {
    key: 'help-022',
    content: {
      type: 'single',
      stem: {
        zh: '《戒毒条例》确立的戒毒工作原则是什么？',
        en: 'What principles do the Regulations on Drug Rehabilitation set out for drug treatment work?',
      },
      options: [
        {
          id: 'a',
          text: { zh: '以人为本、科学戒毒、综合矫治、关怀救助', en: 'People first, scientific treatment, comprehensive correction, and care and assistance' },
          correct: true,
        },
        {
          id: 'b',
          text: { zh: '严格惩处、一律隔离、公开警示、自行戒断', en: 'Strict punishment, isolation for all, public warnings, and quitting alone' },
          correct: false,
        },
        {
          id: 'c',
          text: { zh: '自愿为主、家庭负责、学校管理、社会监督', en: 'Mainly voluntary, family responsibility, school management and social supervision' },
          correct: false,
        },
        {
          id: 'd',
          text: {
            zh: '先罚后治、集中关押、限制就业、终身登记',
            en: 'Punishment before treatment, detention for all, job restrictions and lifelong registration',
          },
          correct: false,
        },
      ],
      explanation: {
        zh: '《戒毒条例》确立了“以人为本、科学戒毒、综合矫治、关怀救助”的原则。成瘾是需要科学治疗和长期支持的疾病，戒毒人员不应受到歧视。',
        en: 'The Regulations on Drug Rehabilitation set out the principles of “people first, scientific treatment, comprehensive correction, and care and assistance”. Addiction is a condition that needs proper treatment and long-term support, and people in treatment should not face discrimination.',
      },
      topics: ['help_support', 'law'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 3,
    },
  },
  {
    key: 'help-023',
    content: {
      type: 'multiple',
      stem: {
        zh: '想象一下：一个朋友私下告诉你，他用过几次“上头电子烟”，现在很后悔，但害怕“一说出来就会被抓”。下面哪些说法是准确的？',
        en: 'Imagine: a friend tells you privately that he has used a spiked vape a few times. He regrets it but is afraid he’ll “get arrested the moment he tells anyone”. Which of these statements are accurate?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '可以鼓励他告诉家长、老师或学校心理老师，并提出陪他一起去',
            en: 'You can encourage him to tell his parents, a teacher or the school counsellor, and offer to go with him',
          },
          correct: true,
        },
        {
          id: 'b',
          text: {
            zh: '《禁毒法》规定，国家采取各种措施帮助吸毒人员戒除毒瘾',
            en: 'The Anti-Drug Law says the state takes various measures to help drug users overcome addiction',
          },
          correct: true,
        },
        {
          id: 'c',
          text: {
            zh: '吸毒人员主动到公安机关登记，或者到有资质的医疗机构接受戒毒治疗的，不予处罚',
            en: 'Drug users who register with the police of their own accord, or receive treatment at a qualified medical institution, are not punished',
          },
          correct: true,
        },
        { id: 'd', text: { zh: '他应该一直瞒着，谁都别告诉', en: 'He should keep it secret and tell nobody' }, correct: false },
        {
          id: 'e',
          text: { zh: '法律只有惩罚，说出来就一定会被关起来', en: 'The law only punishes, so telling anyone means he will certainly be locked up' },
          correct: false,
        },
      ],
      explanation: {
        zh: '隐瞒会让问题拖下去，风险越来越大。法律鼓励主动求助：国家帮助吸毒人员戒除毒瘾，主动登记或接受戒毒治疗的不予处罚。陪他找信任的大人，越早越好。',
        en: 'Hiding it lets the problem drag on and the risks grow. The law encourages people to come forward: the state helps drug users overcome addiction, and those who register voluntarily or receive treatment are not punished. Go with him to a trusted adult, the sooner the better.',
      },
      topics: ['help_support', 'law'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 3,
      group: 'voluntary-registration',
    },
  },
  {
    key: 'help-024',
    content: {
      type: 'single',
      stem: { zh: '接受社区戒毒的人，是在哪里、怎样戒毒的？', en: 'Where and how does a person in community-based treatment undergo treatment?' },
      options: [
        {
          id: 'a',
          text: {
            zh: '在户籍所在地或者现居住地的社区，在家人、社区工作人员等的帮助下戒毒，可以继续正常生活',
            en: 'In the community where they are registered or live, with help from family and community workers, while carrying on with normal life',
          },
          correct: true,
        },
        { id: 'b', text: { zh: '必须离开家，被集中关押起来', en: 'They must leave home and be locked up with others' }, correct: false },
        { id: 'c', text: { zh: '自己在家停用，不需要任何人参与', en: 'They stop on their own at home, with nobody else involved' }, correct: false },
        { id: 'd', text: { zh: '只能到外地的医院长期住院', en: 'They can only stay long-term in a hospital in another city' }, correct: false },
      ],
      explanation: {
        zh: '社区戒毒期限为三年。戒毒人员在户籍所在地或者现居住地的社区，在家人、社区工作人员等的帮助下戒毒，可以继续正常生活。',
        en: 'Community-based treatment lasts three years. The person is treated in the community where they are registered or live, with help from family and community workers, and can carry on with normal life.',
      },
      topics: ['help_support', 'law'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 3,
      group: 'community-treatment',
    },
  },
  {
    key: 'help-025',
    content: {
      type: 'true_false',
      stem: {
        zh: '解除强制隔离戒毒后，可能被责令接受社区康复，帮助他逐步回归社会。',
        en: 'After release from compulsory isolated treatment, a person may be ordered to take part in community rehabilitation to help them return to society step by step.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '社区康复是《禁毒法》规定的戒毒措施之一，帮助解除强制隔离戒毒的人逐步回归社会。',
        en: 'Community rehabilitation is one of the measures in the Anti-Drug Law; it helps people released from compulsory isolated treatment return to society step by step.',
      },
      topics: ['help_support', 'law'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
      group: 'treatment-measures',
    },
  },
  {
    key: 'help-026',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：班上有人私下传言，新转来的同学的哥哥正在接受社区戒毒。下面哪种做法最恰当？',
        en: 'Imagine: there is a rumour that the older brother of a new student in your class is in community-based drug treatment. Which response is most appropriate?',
      },
      options: [
        { id: 'a', text: { zh: '不传播传言，像对待其他同学一样对待他', en: 'Don’t spread the rumour, and treat him like any other classmate' }, correct: true },
        { id: 'b', text: { zh: '提醒大家离他远一点', en: 'Warn everyone to keep away from him' }, correct: false },
        { id: 'c', text: { zh: '当面问他哥哥的情况，满足好奇心', en: 'Ask him about his brother to satisfy your curiosity' }, correct: false },
        {
          id: 'd',
          text: { zh: '把传言告诉更多同学，好让大家心里都有数', en: 'Pass the rumour on to more classmates so that everyone is prepared' },
          correct: false,
        },
      ],
      explanation: {
        zh: '尊重隐私、不歧视，就是对他和他家人的支持。家人在戒毒，不代表他本人有任何问题，而且接受戒毒治疗本身是积极的改变。',
        en: 'Respecting privacy and not discriminating supports him and his family. A family member being in treatment says nothing bad about him, and getting treatment is itself a positive step.',
      },
      topics: ['help_support'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'help-027',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：你在公园看到一位老爷爷倒在地上，怎么叫都叫不醒。身边的大人请你拨打120。电话接通后，下面哪种说法最好？',
        en: 'Imagine: in a park you see an old man lying on the ground who won’t wake up. An adult nearby asks you to call 120. When the call is answered, which of these is best to say?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '“我在人民公园东门，有位老爷爷倒在地上叫不醒，我叫小明。”',
            en: '“I’m at the east gate of People’s Park. An old man has collapsed and won’t wake up. My name is Xiaoming.”',
          },
          correct: true,
        },
        { id: 'b', text: { zh: '“快来人啊！”说完就挂掉电话', en: '“Help, come quickly!” and then hang up' }, correct: false },
        { id: 'c', text: { zh: '“有人晕倒了，你们快来。”', en: '“Someone has fainted. Come quickly.”' }, correct: false },
        { id: 'd', text: { zh: '“我也不知道怎么办，你们看着办吧。”', en: '“I don’t know what to do, you sort it out.”' }, correct: false },
      ],
      explanation: {
        zh: '打电话求助时要说清楚三件事：在哪里、发生了什么、你叫什么名字。只说“快来”或者“有人晕倒了”，急救人员不知道该去哪里。',
        en: 'When you call for help, say three things clearly: where you are, what happened and your name. If you only say “come quickly” or “someone has fainted”, the ambulance crew won’t know where to go.',
      },
      topics: ['help_support'],
      gradeBands: ['primary'],
      difficulty: 3,
      group: 'emergency-call',
    },
  },
  {
    key: 'help-028',
    content: {
      type: 'single',
      stem: { zh: '下面哪种情况应该拨打110报警？', en: 'In which of these situations should you call 110 for the police?' },
      options: [
        { id: 'a', text: { zh: '看到有人正在伤害别人', en: 'You see someone hurting another person' }, correct: true },
        { id: 'b', text: { zh: '有人突然晕倒，叫不醒', en: 'Someone suddenly faints and can’t be woken' }, correct: false },
        { id: 'c', text: { zh: '作业太难，不会写', en: 'Your homework is too hard' }, correct: false },
        { id: 'd', text: { zh: '想知道打电话会不会有人接', en: 'You want to see whether anyone answers the phone' }, correct: false },
      ],
      explanation: {
        zh: '110是报警电话：有人正在伤害你或别人、你遇到了危险，或者看到有人在做严重违法的事时拨打。有人晕倒叫不醒要拨打120；平时的烦恼告诉身边的大人；不能拿报警电话开玩笑。',
        en: '110 is the police number: call it when someone is hurting you or someone else, you are in danger, or you see something seriously against the law. If someone has fainted and can’t be woken, call 120; tell an adult about everyday worries; and never make prank calls.',
      },
      topics: ['help_support'],
      gradeBands: ['primary'],
      difficulty: 2,
      group: 'call-110-120',
    },
  },
  {
    key: 'help-029',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：好朋友告诉你，他最近在用别人给的“上头电子烟”。你鼓励他告诉家长或老师，他却坚决不愿意。下面哪种做法最恰当？',
        en: 'Imagine: your close friend tells you he has been using a spiked vape someone gave him. You encourage him to tell his parents or a teacher, but he flatly refuses. What is the most appropriate thing to do?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '继续关心他，同时自己告诉一位信任的大人，比如班主任或学校心理老师',
            en: 'Keep caring about him, and tell a trusted adult yourself, such as your class teacher or the school counsellor',
          },
          correct: true,
        },
        { id: 'b', text: { zh: '尊重他的决定，永远替他保密', en: 'Respect his decision and keep his secret for ever' }, correct: false },
        { id: 'c', text: { zh: '在朋友圈发一条动态，提醒大家注意他', en: 'Post on social media warning everyone about him' }, correct: false },
        {
          id: 'd',
          text: { zh: '每天自己盯着他，帮他戒掉，不让大人知道', en: 'Watch him every day and help him quit yourself, without any adult knowing' },
          correct: false,
        },
      ],
      explanation: {
        zh: '如果朋友不愿意，你也应该自己告诉一位信任的大人。这不是背叛，而是在保护他。成瘾需要专业帮助，不要一个人扛；公开议论只会伤害他，让他更不愿意求助。',
        en: 'If your friend won’t, you should still tell a trusted adult yourself. That isn’t betrayal; it’s protecting him. Addiction needs professional help, so don’t carry it alone, and talking about him publicly would only hurt him and make him less willing to seek help.',
      },
      topics: ['help_support', 'disguised_drugs'],
      gradeBands: ['junior', 'senior'],
      difficulty: 3,
      group: 'tell-an-adult-anyway',
    },
  },
];
