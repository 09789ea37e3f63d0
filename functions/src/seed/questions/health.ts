import type { SeedQuestion } from './index.js';
import { trueFalse } from './true-false.js';

/** Health harm: the reward system, tolerance, withdrawal and addiction, and effects on body and mind. */
export const healthQuestions: SeedQuestion[] = [
  {
    key: 'health-001',
    content: {
      type: 'single',
      stem: {
        zh: '吃到美味的食物、和朋友开怀大笑时，大脑的奖赏系统会释放一种让人觉得“这件事很好”的化学信号。它叫什么？',
        en: 'When you eat something delicious or laugh with friends, the brain’s reward system releases a chemical signal that says “that was good”. What is it called?',
      },
      options: [
        { id: 'a', text: { zh: '多巴胺', en: 'Dopamine' }, correct: true },
        { id: 'b', text: { zh: '肾上腺素', en: 'Adrenaline' }, correct: false },
        { id: 'c', text: { zh: '褪黑素', en: 'Melatonin' }, correct: false },
        { id: 'd', text: { zh: '胰岛素', en: 'Insulin' }, correct: false },
      ],
      explanation: {
        zh: '奖赏系统会释放多巴胺。多巴胺好像在告诉大脑：“这件事很好，记住它，下次再来。”它帮助我们学习、吃饭、交朋友、努力做事。肾上腺素让身体应对紧张和危险，褪黑素和睡眠有关，胰岛素帮助身体利用血糖。',
        en: 'The reward system releases dopamine. It is like a message telling the brain: “That was good. Remember it and do it again.” It helps us learn, eat, make friends and work hard. Adrenaline readies the body for stress and danger, melatonin is linked to sleep, and insulin helps the body use blood sugar.',
      },
      topics: ['health_harm'],
      gradeBands: ['junior'],
      difficulty: 1,
    },
  },
  {
    key: 'health-002',
    content: {
      type: 'true_false',
      stem: {
        zh: '很多毒品会让大脑里的多巴胺信号远远强于日常生活中的快乐，大脑因此会错误地把毒品记成“最重要的事”。',
        en: 'Many drugs make the brain’s dopamine signal far stronger than everyday pleasures do, so the brain wrongly learns that the drug is “the most important thing”.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '毒品会直接干扰奖赏系统，让多巴胺信号远远强于日常的快乐，或者停留得更久，于是大脑错误地把毒品记成“最重要的事”。',
        en: 'Drugs interfere directly with the reward system, making the dopamine signal far stronger than everyday pleasures or making it last longer, so the brain wrongly learns that the drug is “the most important thing”.',
      },
      topics: ['health_harm', 'drug_basics'],
      gradeBands: ['junior'],
      difficulty: 2,
    },
  },
  {
    key: 'health-003',
    content: {
      type: 'single',
      stem: {
        zh: '身体和大脑习惯了毒品以后，一旦停下，就会出现焦虑、烦躁、失眠、浑身不适等难受反应。这叫什么？',
        en: 'Once the body and brain are used to a drug, stopping brings unpleasant reactions such as anxiety, irritability, poor sleep and feeling unwell all over. What is this called?',
      },
      options: [
        { id: 'a', text: { zh: '戒断反应', en: 'Withdrawal' }, correct: true },
        { id: 'b', text: { zh: '耐受现象', en: 'Tolerance' }, correct: false },
        { id: 'c', text: { zh: '免疫反应', en: 'Immunity' }, correct: false },
        { id: 'd', text: { zh: '过敏反应', en: 'An allergy' }, correct: false },
      ],
      explanation: {
        zh: '这是依赖和戒断：身体和大脑习惯了毒品，停下后出现难受的反应。不同毒品的戒断反应不一样。耐受则是指同样的量效果越来越弱。',
        en: 'This is dependence and withdrawal: the body and brain have got used to the drug, and stopping brings unpleasant reactions. Withdrawal differs from drug to drug. Tolerance, by contrast, means the same amount has less and less effect.',
      },
      topics: ['health_harm'],
      gradeBands: ['junior'],
      difficulty: 2,
    },
  },
  {
    key: 'health-004',
    content: {
      type: 'single',
      stem: {
        zh: '反复使用某种毒品的人出现了“耐受”。这对他意味着什么？',
        en: 'Someone who uses a drug repeatedly has developed “tolerance”. What does that mean for them?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '同样的量效果越来越弱，往往会越用越多，风险也越来越大',
            en: 'The same amount has less and less effect, so they often use more and more, and the risk keeps growing',
          },
          correct: true,
        },
        { id: 'b', text: { zh: '毒品对他已经没有危害了', en: 'The drug is no longer harmful to them' }, correct: false },
        { id: 'c', text: { zh: '身体已经产生了抵抗力，变得更强壮', en: 'Their body has built up resistance and become stronger' }, correct: false },
        { id: 'd', text: { zh: '他随时都可以轻松停下来', en: 'They can easily stop whenever they like' }, correct: false },
      ],
      explanation: {
        zh: '耐受说明大脑正在适应毒品：同样的量效果越来越弱，人就会想用得更多。效果变弱不代表伤害变小，用量增加反而让风险更大。',
        en: 'Tolerance means the brain is adapting to the drug: the same amount has less effect, so the person wants to use more. A weaker effect doesn’t mean less harm, and using more makes the risk greater.',
      },
      topics: ['health_harm'],
      gradeBands: ['junior'],
      difficulty: 2,
    },
  },
  {
    key: 'health-005',
    content: {
      type: 'true_false',
      stem: { zh: '成瘾只是因为意志力不够强，和大脑没有关系。', en: 'Addiction is just a lack of willpower and has nothing to do with the brain.' },
      options: trueFalse(false),
      explanation: {
        zh: '成瘾会改变大脑的奖赏和自我控制功能，是一种影响大脑的慢性、容易复发的疾病，需要专业治疗，和“意志力强不强”不是一回事。',
        en: 'Addiction changes the brain’s reward and self-control systems. It is a chronic, relapsing condition that affects the brain and needs professional treatment; it isn’t a question of willpower.',
      },
      topics: ['health_harm'],
      gradeBands: ['junior'],
      difficulty: 2,
    },
  },
  {
    key: 'health-006',
    content: {
      type: 'single',
      stem: {
        zh: '大脑中负责做决定、控制冲动的前额叶，大约什么时候才基本发育成熟？',
        en: 'Roughly when does the prefrontal cortex, which handles decisions and impulse control, finish maturing?',
      },
      options: [
        { id: 'a', text: { zh: '要到二十多岁才基本成熟', en: 'Not until your twenties' }, correct: true },
        { id: 'b', text: { zh: '上小学以前就已经成熟了', en: 'Already before primary school' }, correct: false },
        { id: 'c', text: { zh: '进入青春期时就基本成熟了', en: 'By the start of puberty' }, correct: false },
        { id: 'd', text: { zh: '满十八岁那天就完全成熟了', en: 'On your eighteenth birthday' }, correct: false },
      ],
      explanation: {
        zh: '前额叶要到二十多岁才基本发育成熟，具体时间因人而异。青少年的大脑还在发育，所以更容易受到毒品的影响。',
        en: 'The prefrontal cortex keeps maturing into a person’s twenties, and the exact age differs from person to person. Teenagers’ brains are still developing, so young people are more vulnerable to drugs.',
      },
      topics: ['health_harm'],
      gradeBands: ['junior'],
      difficulty: 2,
      group: 'brain-maturing',
    },
  },
  {
    key: 'health-007',
    content: {
      type: 'true_false',
      stem: { zh: '毒品只试一次，不会有任何危害。', en: 'Trying a drug just once can’t do any harm.' },
      options: trueFalse(false),
      explanation: {
        zh: '一次使用也可能导致过量、意外，或者被人利用；而且很多人都是从“只试一次”开始的。最好的选择是一次也不尝试。',
        en: 'Even a single use can lead to overdose, accidents or being taken advantage of, and many people started with “just once”. The best choice is never to try at all.',
      },
      topics: ['health_harm', 'refusal_skills'],
      gradeBands: ['junior', 'senior'],
      difficulty: 1,
    },
  },
  {
    key: 'health-008',
    content: {
      type: 'multiple',
      stem: {
        zh: '毒品可能对一个人的心理健康和日常生活造成哪些影响？',
        en: 'What effects can drugs have on a person’s mental health and daily life?',
      },
      options: [
        { id: 'a', text: { zh: '引起或加重焦虑、抑郁', en: 'Triggering or worsening anxiety and depression' }, correct: true },
        { id: 'b', text: { zh: '注意力和记忆力下降', en: 'Poorer concentration and memory' }, correct: true },
        {
          id: 'c',
          text: { zh: '睡眠紊乱，和家人、朋友的关系变得紧张', en: 'Disrupted sleep and strained relationships with family and friends' },
          correct: true,
        },
        { id: 'd', text: { zh: '帮人缓解压力，让心情长期变好', en: 'Relieving stress and keeping you in a good mood for good' }, correct: false },
        { id: 'e', text: { zh: '让人更专注，学习更有效率', en: 'Sharper focus and more efficient studying' }, correct: false },
      ],
      explanation: {
        zh: '毒品可能引起或加重焦虑、抑郁，有些还可能导致幻觉、妄想；同时会让注意力和记忆力下降、睡眠紊乱，和家人、朋友的关系变得紧张。“解压”“提神”是推销毒品的说法，不是毒品真正的作用。',
        en: 'Drugs can trigger or worsen anxiety and depression, and some can cause hallucinations and paranoia. They also harm concentration and memory, disrupt sleep, and strain relationships with family and friends. “Stress relief” and “staying sharp” are sales pitches, not what drugs really do.',
      },
      topics: ['health_harm'],
      gradeBands: ['junior'],
      difficulty: 1,
    },
  },
  {
    key: 'health-009',
    content: {
      type: 'single',
      stem: {
        zh: '兴奋类毒品（如冰毒）会对心脏和血管造成什么影响？',
        en: 'What do stimulant drugs (such as methamphetamine) do to the heart and blood vessels?',
      },
      options: [
        {
          id: 'a',
          text: { zh: '让心跳加快、血压升高，可能引起心律失常', en: 'They speed up the heart and raise blood pressure, risking an irregular heartbeat' },
          correct: true,
        },
        {
          id: 'b',
          text: { zh: '让心跳变慢、血压降低，使人平静放松', en: 'They slow the heart and lower blood pressure, making people calm and relaxed' },
          correct: false,
        },
        {
          id: 'c',
          text: { zh: '只作用于大脑，对心脏和血管没有影响', en: 'They act only on the brain, with no effect on the heart or blood vessels' },
          correct: false,
        },
        {
          id: 'd',
          text: { zh: '只有长期大量使用才伤心脏，偶尔用一次没事', en: 'Only years of heavy use affect the heart; using them now and then does no harm at all' },
          correct: false,
        },
      ],
      explanation: {
        zh: '兴奋类毒品（如冰毒）会让心跳加快、血压升高，可能引起心律失常等严重问题。毒品不只作用于大脑，偶尔使用同样有风险。',
        en: 'Stimulant drugs such as methamphetamine speed up the heart and raise blood pressure, and can cause serious problems such as an irregular heartbeat. Drugs don’t act on the brain alone, and occasional use carries risks too.',
      },
      topics: ['health_harm'],
      gradeBands: ['junior'],
      difficulty: 2,
    },
  },
  {
    key: 'health-010',
    content: {
      type: 'single',
      stem: {
        zh: '阿片类毒品（如海洛因、芬太尼类物质）过量时，最危险的情况之一是什么？',
        en: 'What is one of the most dangerous effects of an overdose of opioids (such as heroin or fentanyl-class substances)?',
      },
      options: [
        {
          id: 'a',
          text: { zh: '脑干对呼吸的控制被抑制，呼吸变慢甚至停止', en: 'Breathing control in the brainstem is suppressed, so breathing slows or stops' },
          correct: true,
        },
        {
          id: 'b',
          text: {
            zh: '心跳加快、血压升高，让人异常兴奋、坐立不安',
            en: 'The heart races and blood pressure rises, making the person extremely excited and restless',
          },
          correct: false,
        },
        { id: 'c', text: { zh: '只是睡得很沉，睡一觉醒来自然就没事了', en: 'The person just sleeps very deeply and wakes up fine later on' }, correct: false },
        {
          id: 'd',
          text: { zh: '让人长时间保持清醒、精力充沛，整夜睡不着', en: 'It keeps the person wide awake and full of energy, unable to sleep all night' },
          correct: false,
        },
      ],
      explanation: {
        zh: '阿片类毒品和一些镇静类物质会抑制脑干对呼吸的控制，过量时呼吸可能变慢，甚至停止。过量的人看起来可能像是睡得很沉，叫不醒、呼吸很慢时要立即拨打120。心跳加快、血压升高是兴奋类毒品的作用。',
        en: 'Opioids and some sedatives suppress the brainstem’s control of breathing; in an overdose, breathing can slow down or even stop. Someone who has overdosed may look as if they are just sleeping deeply: if they can’t be woken and are breathing slowly, call 120 at once. A racing heart and high blood pressure are effects of stimulants.',
      },
      topics: ['health_harm'],
      gradeBands: ['junior'],
      difficulty: 3,
    },
  },
  {
    key: 'health-011',
    content: {
      type: 'single',
      stem: { zh: '大脑中控制呼吸和心跳的是哪个部分？', en: 'Which part of the brain controls breathing and heartbeat?' },
      options: [
        { id: 'a', text: { zh: '脑干', en: 'The brainstem' }, correct: true },
        { id: 'b', text: { zh: '海马', en: 'The hippocampus' }, correct: false },
        { id: 'c', text: { zh: '前额叶', en: 'The prefrontal cortex' }, correct: false },
        { id: 'd', text: { zh: '伏隔核', en: 'The nucleus accumbens' }, correct: false },
      ],
      explanation: {
        zh: '脑干控制呼吸和心跳，所以抑制脑干的毒品过量时会让呼吸变慢甚至停止。海马与形成记忆有关，前额叶负责做决定和控制冲动，伏隔核是奖赏系统的一部分。',
        en: 'The brainstem controls breathing and heartbeat, which is why drugs that suppress it can slow or stop breathing in an overdose. The hippocampus is involved in forming memories, the prefrontal cortex handles decisions and self-control, and the nucleus accumbens is part of the reward system.',
      },
      topics: ['health_harm'],
      gradeBands: ['junior'],
      difficulty: 3,
    },
  },
  {
    key: 'health-012',
    content: {
      type: 'true_false',
      stem: {
        zh: '毒品来自非法渠道，里面到底有什么、有多少，谁也说不清，这让风险更加难以预料。',
        en: 'Drugs come from illegal sources, so nobody can be sure what is in them or how much, which makes the risks even harder to predict.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '非法渠道的毒品成分和含量都不确定，这让本来就存在的危害更加难以预料。',
        en: 'Nobody can be sure what drugs from illegal sources contain or in what amount, which makes harms that already exist even harder to predict.',
      },
      topics: ['health_harm'],
      gradeBands: ['junior'],
      difficulty: 1,
    },
  },
  {
    key: 'health-013',
    content: {
      type: 'multiple',
      stem: { zh: '关于成瘾，下面哪些说法是正确的？', en: 'Which of these statements about addiction are correct?' },
      options: [
        {
          id: 'a',
          text: { zh: '成瘾是一种影响大脑的慢性、容易复发的疾病', en: 'Addiction is a chronic, relapsing condition that affects the brain' },
          correct: true,
        },
        { id: 'b', text: { zh: '成瘾需要专业治疗', en: 'Addiction needs professional treatment' }, correct: true },
        { id: 'c', text: { zh: '成瘾是可以治疗的，越早求助越好', en: 'Addiction can be treated, and the sooner you ask for help the better' }, correct: true },
        { id: 'd', text: { zh: '意志力强的人不会成瘾', en: 'People with strong willpower can’t become addicted' }, correct: false },
        { id: 'e', text: { zh: '成瘾的人只要想停，随时都能停下来', en: 'People who are addicted can stop any time they want' }, correct: false },
      ],
      explanation: {
        zh: '成瘾是一种影响大脑的慢性、容易复发的疾病，会改变大脑的奖赏和自我控制功能，需要专业治疗。成瘾可以治疗，越早求助越好。',
        en: 'Addiction is a chronic, relapsing condition that affects the brain, changing its reward and self-control systems, and it needs professional treatment. It can be treated, and the sooner someone asks for help, the better.',
      },
      topics: ['health_harm', 'help_support'],
      gradeBands: ['junior', 'senior'],
      difficulty: 2,
    },
  },
  {
    key: 'health-014',
    content: {
      type: 'true_false',
      stem: {
        zh: '以烟雾或雾化的方式吸入毒品，会刺激和损伤呼吸道与肺。',
        en: 'Inhaling drugs as smoke or vapour irritates and damages the airways and lungs.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '以烟雾或雾化的方式吸入，会刺激和损伤呼吸道与肺。这也是“上头电子烟”等产品的危害之一。',
        en: 'Inhaling smoke or vapour irritates and damages the airways and lungs, which is one more harm of products such as spiked vapes.',
      },
      topics: ['health_harm'],
      gradeBands: ['junior'],
      difficulty: 1,
    },
  },
  {
    key: 'health-015',
    content: {
      type: 'true_false',
      stem: {
        zh: '青少年的大脑还在发育，因此更容易受到毒品的伤害。',
        en: 'Teenagers’ brains are still developing, so they are more vulnerable to harm from drugs.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '负责判断和自控的前额叶要到二十多岁才基本成熟，在这之前接触毒品风险更大。',
        en: 'The prefrontal cortex, which handles judgement and self-control, keeps maturing into your twenties, so drug use before then carries greater risk.',
      },
      topics: ['health_harm'],
      gradeBands: ['junior'],
      difficulty: 1,
      group: 'brain-maturing',
    },
  },
  {
    key: 'health-016',
    content: {
      type: 'true_false',
      stem: { zh: '不同毒品的戒断反应都是一样的。', en: 'All drugs cause exactly the same withdrawal reactions.' },
      options: trueFalse(false),
      explanation: {
        zh: '不同毒品的作用不同，戒断反应也不一样，但都会伤害身体和心理。',
        en: 'Different drugs act in different ways and their withdrawal reactions differ too, but all of them harm body and mind.',
      },
      topics: ['health_harm'],
      gradeBands: ['junior'],
      difficulty: 2,
    },
  },
  {
    key: 'health-017',
    content: {
      type: 'multiple',
      stem: { zh: '涉毒行为可能给一个人带来哪些长远影响？', en: 'What long-term effects can involvement with drugs have on a person?' },
      options: [
        { id: 'a', text: { zh: '成瘾、精神健康问题和过量的风险', en: 'Addiction, mental health problems and the risk of overdose' }, correct: true },
        {
          id: 'b',
          text: {
            zh: '注射吸毒时共用针具，有感染艾滋病、丙肝等传染病的风险',
            en: 'When injecting equipment is shared, the risk of infections such as HIV and hepatitis C',
          },
          correct: true,
        },
        { id: 'c', text: { zh: '学习被打断，成绩受到影响', en: 'Interrupted schooling and poorer results' }, correct: true },
        {
          id: 'd',
          text: {
            zh: '为了得到毒品，可能被人控制、利用，卷入更多违法犯罪',
            en: 'Being controlled or exploited by others to get drugs, and drawn into further crimes',
          },
          correct: true,
        },
        {
          id: 'e',
          text: { zh: '偶尔用一次、没有上瘾，就不会有长远影响', en: 'Using only now and then, without addiction, has no lasting effects' },
          correct: false,
        },
      ],
      explanation: {
        zh: '涉毒的影响往往比想象的更长远：健康方面有成瘾、精神健康问题、过量以及共用针具带来的传染病风险；学业会被打断；还可能被人控制、利用，卷入更多违法犯罪。偶尔使用也可能发生过量、意外或被人利用。越早停下、越早求助，伤害就越小。',
        en: 'The effects often last longer than people expect: addiction, mental health problems, overdose and, with shared needles, infections; interrupted schooling; and being controlled or exploited and drawn into further crimes. Even occasional use can lead to an overdose, an accident or being exploited. The sooner someone stops and asks for help, the less harm is done.',
      },
      topics: ['health_harm'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
    },
  },
];
