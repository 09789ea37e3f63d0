import type { SeedQuestion } from './index.js';
import { trueFalse } from './true-false.js';

/**
 * Drug law: the Criminal Law and the Anti-Drug Law. The Public Security Administration Punishments
 * Law was revised in 2025 (in force 1 January 2026) and is only ever cited by name, never by article.
 * 《中华人民共和国禁毒法》 is always “the Anti-Drug Law (of the People’s Republic of China)” in English:
 * the name of the English translation published by the NPC (npc.gov.cn), not “Narcotics Control Law”.
 */
export const lawQuestions: SeedQuestion[] = [
  {
    key: 'law-001',
    content: {
      type: 'true_false',
      stem: { zh: '贩卖毒品时，只要数量很少，就不算犯罪。', en: 'Selling drugs is not a crime as long as the amount is very small.' },
      options: trueFalse(false),
      explanation: {
        zh: '《刑法》第三百四十七条规定，走私、贩卖、运输、制造毒品，无论数量多少，都应当追究刑事责任。',
        en: 'Article 347 of the Criminal Law says smuggling, selling, transporting or manufacturing drugs is a crime regardless of the quantity.',
      },
      topics: ['law'],
      gradeBands: ['junior', 'senior', 'vocational'],
      difficulty: 1,
      group: 'any-quantity',
    },
  },
  {
    key: 'law-002',
    content: {
      type: 'single',
      stem: {
        zh: '根据《刑法》第十七条，已满十四周岁不满十六周岁的人犯下面哪种罪，应当负刑事责任？',
        en: 'Under Article 17 of the Criminal Law, people aged 14 or over but under 16 are criminally responsible for which of these crimes?',
      },
      options: [
        { id: 'a', text: { zh: '贩卖毒品罪', en: 'Selling drugs' }, correct: true },
        { id: 'b', text: { zh: '非法持有毒品罪', en: 'Illegal possession of drugs' }, correct: false },
        { id: 'c', text: { zh: '容留他人吸毒罪', en: 'Harbouring others to take drugs' }, correct: false },
        { id: 'd', text: { zh: '非法种植毒品原植物罪', en: 'Illegal cultivation of drug plants' }, correct: false },
      ],
      explanation: {
        zh: '《刑法》第十七条规定，已满十六周岁的人犯罪，应当负刑事责任；已满十四周岁不满十六周岁的人，犯贩卖毒品罪等少数几种严重犯罪的，也应当负刑事责任。在这几个毒品罪名中，只有贩卖毒品罪在列。“我还未成年”不是挡箭牌。',
        en: 'Article 17 of the Criminal Law says people aged 16 and over are criminally responsible for crimes, and people aged 14 or 15 are criminally responsible for a small number of serious crimes, including selling drugs. Of the drug crimes listed here, only selling drugs is among them. Being under 18 is no shield.',
      },
      topics: ['law'],
      gradeBands: ['junior', 'senior'],
      difficulty: 3,
      group: 'criminal-age',
    },
  },
  {
    key: 'law-003',
    content: {
      type: 'true_false',
      stem: { zh: '未满十八周岁的人贩卖毒品，一律不用负刑事责任。', en: 'People under 18 who sell drugs are never criminally responsible.' },
      options: trueFalse(false),
      explanation: {
        zh: '根据《刑法》第十七条，已满十六周岁的人犯罪应当负刑事责任；已满十四周岁不满十六周岁的人犯贩卖毒品罪，也应当负刑事责任。',
        en: 'Under Article 17 of the Criminal Law, people aged 16 and over are criminally responsible for crimes, and people aged 14 or 15 are criminally responsible for selling drugs.',
      },
      topics: ['law'],
      gradeBands: ['junior', 'senior'],
      difficulty: 2,
      group: 'criminal-age',
    },
  },
  {
    key: 'law-004',
    content: {
      type: 'multiple',
      stem: {
        zh: '根据《刑法》第三百四十七条，下面哪些行为无论数量多少，都应当追究刑事责任？',
        en: 'Under Article 347 of the Criminal Law, which of these acts are crimes regardless of the quantity involved?',
      },
      options: [
        { id: 'a', text: { zh: '走私毒品', en: 'Smuggling drugs' }, correct: true },
        { id: 'b', text: { zh: '贩卖毒品', en: 'Selling drugs' }, correct: true },
        { id: 'c', text: { zh: '运输毒品', en: 'Transporting drugs' }, correct: true },
        { id: 'd', text: { zh: '制造毒品', en: 'Manufacturing drugs' }, correct: true },
        { id: 'e', text: { zh: '非法持有少量毒品', en: 'Illegally possessing a small amount of drugs' }, correct: false },
      ],
      explanation: {
        zh: '第三百四十七条规定，走私、贩卖、运输、制造毒品，无论数量多少，都应当追究刑事责任。非法持有毒品不同：按照第三百四十八条，数量较大的才构成非法持有毒品罪，数量不大的也要受到治安管理处罚。',
        en: 'Article 347 says smuggling, selling, transporting or manufacturing drugs is a crime regardless of the quantity. Possession is different: under Article 348 it is a crime when the quantity is relatively large, and a smaller amount is still punished under public security administration law.',
      },
      topics: ['law'],
      gradeBands: ['junior', 'senior', 'vocational'],
      difficulty: 1,
      group: 'any-quantity',
    },
  },
  {
    key: 'law-005',
    content: {
      type: 'single',
      stem: {
        zh: '根据《刑法》第三百五十三条，引诱、教唆、欺骗未成年人吸食、注射毒品的，法律怎样处理？',
        en: 'Under Article 353 of the Criminal Law, how does the law treat luring, instigating or deceiving minors into taking or injecting drugs?',
      },
      options: [
        { id: 'a', text: { zh: '从重处罚', en: 'It is punished more severely' }, correct: true },
        { id: 'b', text: { zh: '因为对方年纪小，从轻处罚', en: 'It is punished more leniently because the victims are young' }, correct: false },
        { id: 'c', text: { zh: '只要没收钱，就不处罚', en: 'It is not punished as long as no money changed hands' }, correct: false },
        { id: 'd', text: { zh: '只进行批评教育，不追究责任', en: 'It only leads to a warning, with no legal liability' }, correct: false },
      ],
      explanation: {
        zh: '引诱、教唆、欺骗他人吸食、注射毒品本身就是犯罪；引诱、教唆、欺骗或者强迫未成年人吸食、注射毒品的，从重处罚。',
        en: 'Luring, instigating or deceiving someone into taking or injecting drugs is a crime in itself, and when the victim is a minor, whether lured, instigated, deceived or forced, the punishment is more severe.',
      },
      topics: ['law'],
      gradeBands: ['junior', 'senior'],
      difficulty: 2,
      group: 'luring-minors',
    },
  },
  {
    key: 'law-006',
    content: {
      type: 'true_false',
      stem: {
        zh: '免费请别人吃含有毒品的“糖果”，因为没有收钱，所以不犯法。',
        en: 'Giving someone “sweets” that contain drugs is not against the law if it is free.',
      },
      options: trueFalse(false),
      explanation: {
        zh: '引诱、欺骗他人吸食毒品本身就是犯罪，和收不收钱没有关系；对象是未成年人的，还要从重处罚（《刑法》第三百五十三条）。',
        en: 'Luring or deceiving someone into taking drugs is a crime in itself, whether or not money changes hands, and it is punished more severely when the victim is a minor (Criminal Law, Article 353).',
      },
      topics: ['law', 'disguised_drugs'],
      gradeBands: ['junior'],
      difficulty: 1,
      group: 'luring-minors',
    },
  },
  {
    key: 'law-007',
    content: {
      type: 'single',
      stem: {
        zh: '根据《禁毒法》，公安机关可以责令吸毒成瘾人员接受社区戒毒。社区戒毒的期限是多久？',
        en: 'Under the Anti-Drug Law, the police may order a person addicted to drugs to undergo community-based treatment. How long does it last?',
      },
      options: [
        { id: 'a', text: { zh: '三年', en: 'Three years' }, correct: true },
        { id: 'b', text: { zh: '三个月', en: 'Three months' }, correct: false },
        { id: 'c', text: { zh: '一年', en: 'One year' }, correct: false },
        { id: 'd', text: { zh: '十年', en: 'Ten years' }, correct: false },
      ],
      explanation: {
        zh: '《禁毒法》第三十三条规定，社区戒毒的期限为三年。戒毒人员在社区里，在家人、社区工作人员等的帮助下戒毒。',
        en: 'Article 33 of the Anti-Drug Law sets community-based treatment at three years. The person is treated in their community, with help from family and community workers.',
      },
      topics: ['law', 'help_support'],
      gradeBands: ['junior', 'senior', 'vocational'],
      difficulty: 2,
      group: 'community-treatment',
    },
  },
  {
    key: 'law-008',
    content: {
      type: 'true_false',
      stem: {
        zh: '在我国，吸食、注射毒品是违法行为，可能受到行政拘留、罚款等治安管理处罚。',
        en: 'In China, taking or injecting drugs is against the law and can be punished with penalties such as administrative detention and fines.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '依照《中华人民共和国治安管理处罚法》，吸食、注射毒品的，可以处行政拘留、罚款等治安管理处罚。这部法律已经修订，修订后的版本自2026年1月1日起施行。对未成年人有特别规定：不满十四周岁的不予处罚；已满十四周岁不满十六周岁的，以及已满十六周岁不满十八周岁、初次违反治安管理的，一般不执行行政拘留。《禁毒法》第三十九条还规定，不满十六周岁的未成年人吸毒成瘾的，可以不适用强制隔离戒毒；主动到公安机关登记或者到有资质的医疗机构接受戒毒治疗的吸毒人员，不予处罚。这些规定不等于可以吸毒：吸毒始终是违法的，对身体和大脑的伤害也一样。',
        en: 'Under the Public Security Administration Punishments Law of the PRC, taking or injecting drugs can be punished with administrative detention, fines and similar penalties. The law has been revised; the revised version applies from 1 January 2026. There are special rules for minors: under-14s are not punished, and detention is generally not carried out for 14- and 15-year-olds, or for 16- and 17-year-olds on a first offence. Article 39 of the Anti-Drug Law adds that under-16s who are addicted may be exempted from compulsory isolated treatment, and drug users who register with the police of their own accord or receive treatment at a qualified medical institution are not punished. None of this makes drug use allowed: it is always against the law, and the harm to body and brain is the same.',
      },
      topics: ['law'],
      gradeBands: ['junior', 'senior', 'vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'law-009',
    content: {
      type: 'multiple',
      stem: {
        zh: '根据《禁毒法》，吸毒成瘾人员有下面哪些情形的，由公安机关决定强制隔离戒毒？',
        en: 'Under the Anti-Drug Law, in which of these situations will the police order a person addicted to drugs into compulsory isolated treatment?',
      },
      options: [
        { id: 'a', text: { zh: '拒绝接受社区戒毒', en: 'They refuse community-based treatment' }, correct: true },
        { id: 'b', text: { zh: '在社区戒毒期间又吸毒', en: 'They use drugs during community-based treatment' }, correct: true },
        { id: 'c', text: { zh: '严重违反社区戒毒协议', en: 'They seriously breach the community treatment agreement' }, correct: true },
        {
          id: 'd',
          text: { zh: '主动到有资质的医疗机构接受戒毒治疗', en: 'They go of their own accord to a qualified medical institution for treatment' },
          correct: false,
        },
        { id: 'e', text: { zh: '按时参加社区戒毒，遵守协议', en: 'They attend community-based treatment and keep to the agreement' }, correct: false },
      ],
      explanation: {
        zh: '《禁毒法》第三十八条规定，拒绝接受社区戒毒、在社区戒毒期间吸毒、严重违反社区戒毒协议，或者经社区戒毒、强制隔离戒毒后再次吸毒的，由公安机关决定强制隔离戒毒。主动接受戒毒治疗、遵守协议，是积极的做法。',
        en: 'Article 38 of the Anti-Drug Law says the police will order compulsory isolated treatment if a person refuses community-based treatment, uses drugs during it, seriously breaches the agreement, or relapses after community-based or compulsory treatment. Seeking treatment voluntarily and keeping to the agreement are positive steps.',
      },
      topics: ['law', 'help_support'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 3,
      group: 'compulsory-treatment',
    },
  },
  {
    key: 'law-010',
    content: {
      type: 'multiple',
      stem: { zh: '下面哪些做法能帮你避免卷入涉毒违法犯罪？', en: 'Which of these help you avoid getting drawn into drug offences?' },
      options: [
        {
          id: 'a',
          text: {
            zh: '不替不熟悉的人携带、保管、代收来历不明的包裹',
            en: 'Not carrying, keeping or receiving parcels of unknown origin for people you don’t know well',
          },
          correct: true,
        },
        {
          id: 'b',
          text: {
            zh: '不进入酒吧、营业性歌舞娱乐场所等不适合未成年人的场所',
            en: 'Staying out of bars, commercial entertainment venues and other places not suitable for minors',
          },
          correct: true,
        },
        {
          id: 'c',
          text: {
            zh: '在网上看到有人售卖可疑的“电子烟”“糖果”“药片”，不点击、不购买',
            en: 'Not clicking on or buying suspicious “vapes”, “sweets” or “pills” sold online',
          },
          correct: true,
        },
        { id: 'd', text: { zh: '对方给“跑腿费”时，帮忙带一次包裹', en: 'Carrying a parcel once if you are paid for your trouble' }, correct: false },
        { id: 'e', text: { zh: '参加陌生人组织的聚会，多认识些朋友', en: 'Going to parties organised by strangers to make more friends' }, correct: false },
      ],
      explanation: {
        zh: '不替不熟悉的人携带、保管、代收来历不明的物品，尤其是对方给“跑腿费”的时候；不进入不适合未成年人的场所，不参加陌生人组织的聚会；网上可疑的东西不点击、不购买，并告诉家长或老师。',
        en: 'Don’t carry, keep or receive unknown items for people you don’t know well, especially if they offer money; stay out of places not suitable for minors and don’t join parties organised by strangers; don’t click on or buy suspicious things online, and tell a parent or teacher.',
      },
      topics: ['law', 'refusal_skills'],
      gradeBands: ['junior'],
      difficulty: 2,
    },
  },
  {
    key: 'law-011',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：一个网上认识的人说，只要帮他把一个包裹从车站带到另一个地方，就给你一笔“跑腿费”，但他不肯说包裹里是什么。你怎么做最好？',
        en: 'Imagine: someone you met online offers to pay you for taking a parcel from the station to another place, but won’t say what is inside. What is the best thing to do?',
      },
      options: [
        { id: 'a', text: { zh: '拒绝带包裹，并告诉家长或老师', en: 'Refuse to carry it, and tell a parent or teacher' }, correct: true },
        {
          id: 'b',
          text: { zh: '包裹又不是你的，出了事和你无关，可以带', en: 'Take it: it isn’t your parcel, so nothing that happens is your problem' },
          correct: false,
        },
        { id: 'c', text: { zh: '先偷偷打开看看，没问题就带', en: 'Secretly open it first, and take it if it looks fine' }, correct: false },
        { id: 'd', text: { zh: '把这个“赚钱机会”介绍给同学', en: 'Pass this “chance to earn money” on to a classmate' }, correct: false },
      ],
      explanation: {
        zh: '“跑腿费”是一个危险信号。明知是毒品还帮忙运输、藏匿，就可能构成犯罪；不知道里面是什么的包裹也不要碰，更不要转给同学。拒绝，并告诉家长或老师。',
        en: 'Being paid for your trouble is a warning sign. Knowingly helping to transport or hide drugs can be a crime, and you shouldn’t handle a parcel when you don’t know what is in it, let alone pass it on to a classmate. Refuse, and tell a parent or teacher.',
      },
      topics: ['law', 'refusal_skills'],
      gradeBands: ['junior'],
      difficulty: 2,
    },
  },
  {
    key: 'law-012',
    content: {
      type: 'true_false',
      stem: {
        zh: '根据《刑法》第三百五十七条，毒品的数量要按照纯度折算。',
        en: 'Under Article 357 of the Criminal Law, drug quantities are converted according to purity.',
      },
      options: trueFalse(false),
      explanation: {
        zh: '第三百五十七条规定，毒品的数量不以纯度折算。',
        en: 'Article 357 provides that drug quantities are not converted according to purity.',
      },
      topics: ['law'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 3,
    },
  },
  {
    key: 'law-013',
    content: {
      type: 'single',
      stem: {
        zh: '为他人吸食、注射毒品提供场所，比如让别人在自己家里或者租住的房间里吸毒，可能构成哪种犯罪？',
        en: 'Providing a place for others to take or inject drugs, for example letting people use drugs in your home or rented room, may be which crime?',
      },
      options: [
        { id: 'a', text: { zh: '容留他人吸毒罪', en: 'Harbouring others to take drugs' }, correct: true },
        { id: 'b', text: { zh: '非法种植毒品原植物罪', en: 'Illegal cultivation of drug plants' }, correct: false },
        {
          id: 'c',
          text: { zh: '非法生产、买卖、运输制毒物品罪', en: 'Illegally producing, trading or transporting substances used to make drugs' },
          correct: false,
        },
        { id: 'd', text: { zh: '不构成犯罪，因为自己没有吸', en: 'No crime, as long as you didn’t use drugs yourself' }, correct: false },
      ],
      explanation: {
        zh: '《刑法》第三百五十四条规定了容留他人吸毒罪：为他人吸食、注射毒品提供场所，本身就可能构成犯罪，和自己吸没吸无关。',
        en: 'Article 354 of the Criminal Law sets out the crime of harbouring others to take drugs: providing a place for others to take or inject drugs can itself be a crime, whether or not you use any yourself.',
      },
      topics: ['law'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'law-014',
    content: {
      type: 'single',
      stem: {
        zh: '根据《刑法》第三百四十八条，非法持有毒品在什么情况下构成非法持有毒品罪？',
        en: 'Under Article 348 of the Criminal Law, when is illegally possessing drugs the crime of illegal possession of drugs?',
      },
      options: [
        { id: 'a', text: { zh: '非法持有毒品数量较大的', en: 'When the quantity possessed is relatively large' }, correct: true },
        { id: 'b', text: { zh: '只有带着毒品出境时才算', en: 'Only when the drugs are taken out of the country' }, correct: false },
        { id: 'c', text: { zh: '只有持有超过一年才算', en: 'Only when they are possessed for more than a year' }, correct: false },
        { id: 'd', text: { zh: '只有持有人已经成年才算', en: 'Only when the person possessing them is an adult' }, correct: false },
      ],
      explanation: {
        zh: '第三百四十八条规定，非法持有毒品数量较大的，构成非法持有毒品罪。数量不大、尚不构成犯罪的，也要依法受到治安管理处罚。',
        en: 'Article 348 says illegally possessing a relatively large quantity of drugs is the crime of illegal possession. Where it is not a crime, it is still punished under public security administration law.',
      },
      topics: ['law'],
      gradeBands: ['junior', 'senior'],
      difficulty: 3,
    },
  },
  {
    key: 'law-015',
    content: {
      type: 'true_false',
      stem: {
        zh: '《禁毒法》规定，吸毒人员主动到公安机关登记，或者到有资质的医疗机构接受戒毒治疗的，不予处罚。',
        en: 'Under the Anti-Drug Law, drug users who register with the police of their own accord, or who receive treatment at a qualified medical institution, are not punished.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '法律鼓励主动求助：吸毒人员主动到公安机关登记，或者到有资质的医疗机构接受戒毒治疗的，不予处罚。越早求助越好。',
        en: 'The law encourages people to come forward: drug users who register with the police of their own accord, or receive treatment at a qualified medical institution, are not punished. The earlier, the better.',
      },
      topics: ['law', 'help_support'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
      group: 'voluntary-registration',
    },
  },
  {
    key: 'law-016',
    content: {
      type: 'multiple',
      stem: { zh: '《禁毒法》规定的戒毒措施包括哪些？', en: 'Which of these are drug-treatment measures set out in the Anti-Drug Law?' },
      options: [
        { id: 'a', text: { zh: '自愿戒毒', en: 'Voluntary treatment' }, correct: true },
        { id: 'b', text: { zh: '社区戒毒', en: 'Community-based treatment' }, correct: true },
        { id: 'c', text: { zh: '强制隔离戒毒', en: 'Compulsory isolated treatment' }, correct: true },
        { id: 'd', text: { zh: '社区康复', en: 'Community rehabilitation' }, correct: true },
        { id: 'e', text: { zh: '由同学私下帮忙隐瞒、自行戒毒', en: 'Classmates secretly covering up while the person quits alone' }, correct: false },
      ],
      explanation: {
        zh: '《禁毒法》规定的措施包括自愿戒毒、社区戒毒、强制隔离戒毒和社区康复。成瘾需要专业治疗，隐瞒和独自硬扛只会让问题拖下去。',
        en: 'The Anti-Drug Law provides for voluntary treatment, community-based treatment, compulsory isolated treatment and community rehabilitation. Addiction needs professional treatment; hiding it and struggling alone only lets the problem drag on.',
      },
      topics: ['law', 'help_support'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
      group: 'treatment-measures',
    },
  },
  {
    key: 'law-017',
    content: {
      type: 'true_false',
      stem: {
        zh: '《禁毒法》规定，戒毒人员在入学、就业、享受社会保障等方面不受歧视。',
        en: 'The Anti-Drug Law provides that people who have undergone drug treatment shall not be discriminated against in school enrolment, employment or social security.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '戒毒人员在入学、就业、享受社会保障等方面不受歧视。对待正在戒毒或已经戒毒的人，应当不歧视、不嘲笑、不贴标签。',
        en: 'People who have undergone treatment shall not be discriminated against in school enrolment, employment or social security. We should treat people in or after treatment without discrimination, mockery or labels.',
      },
      topics: ['law', 'help_support'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
      group: 'no-discrimination',
    },
  },
  {
    key: 'law-018',
    content: {
      type: 'single',
      stem: {
        zh: '依照《中华人民共和国公务员法》，下面哪类人不得录用为公务员？',
        en: 'Under the Civil Servant Law of the PRC, which of these people may not be recruited as civil servants?',
      },
      options: [
        { id: 'a', text: { zh: '因犯罪受过刑事处罚的人', en: 'People who have received a criminal penalty for a crime' }, correct: true },
        { id: 'b', text: { zh: '参加过禁毒志愿活动的人', en: 'People who have volunteered in drug-prevention activities' }, correct: false },
        { id: 'c', text: { zh: '向公安机关报告过涉毒线索的人', en: 'People who have reported drug-related information to the police' }, correct: false },
        { id: 'd', text: { zh: '家人接受过社区戒毒的人', en: 'People whose family member has been in community-based treatment' }, correct: false },
      ],
      explanation: {
        zh: '贩卖、运输、制造毒品等犯罪会被判处刑罚。依照《公务员法》，因犯罪受过刑事处罚的人不得录用为公务员，不少职业也有相应要求。家人戒毒不代表本人有问题，不应因此受到歧视。',
        en: 'Crimes such as selling, transporting or manufacturing drugs lead to criminal penalties, and under the Civil Servant Law people who have received a criminal penalty may not be recruited as civil servants; many other occupations have similar requirements. A relative being in treatment says nothing about the person, who should not face discrimination for it.',
      },
      topics: ['law'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 3,
    },
  },
  {
    key: 'law-019',
    content: {
      type: 'single',
      stem: { zh: '《禁毒法》第三十一条的主要内容是什么？', en: 'What is the main content of Article 31 of the Anti-Drug Law?' },
      options: [
        {
          id: 'a',
          text: {
            zh: '国家采取各种措施帮助吸毒人员戒除毒瘾，教育和挽救吸毒人员',
            en: 'The state takes various measures to help drug users overcome addiction, and to educate and rescue them',
          },
          correct: true,
        },
        { id: 'b', text: { zh: '规定什么是毒品', en: 'It defines what drugs are' }, correct: false },
        {
          id: 'c',
          text: { zh: '禁止非法种植罂粟、古柯植物、大麻植物', en: 'It prohibits illegal cultivation of opium poppy, coca and cannabis plants' },
          correct: false,
        },
        { id: 'd', text: { zh: '规定社区戒毒的期限为三年', en: 'It sets community-based treatment at three years' }, correct: false },
      ],
      explanation: {
        zh: '第三十一条规定，国家采取各种措施帮助吸毒人员戒除毒瘾，教育和挽救吸毒人员；吸毒成瘾人员应当进行戒毒治疗。毒品的定义在第二条，禁止非法种植在第十九条，社区戒毒三年在第三十三条。',
        en: 'Article 31 says the state takes various measures to help drug users overcome addiction and to educate and rescue them, and that people addicted to drugs shall undergo treatment. The definition of drugs is in Article 2, the ban on illegal cultivation in Article 19, and the three years of community-based treatment in Article 33.',
      },
      topics: ['law', 'help_support'],
      gradeBands: ['junior', 'senior'],
      difficulty: 3,
      group: 'help-addiction',
    },
  },
  {
    key: 'law-020',
    content: {
      type: 'true_false',
      stem: {
        zh: '法律对吸毒只有惩罚，没有任何帮助吸毒人员戒除毒瘾的内容。',
        en: 'The law only punishes drug use; it contains nothing to help drug users overcome addiction.',
      },
      options: trueFalse(false),
      explanation: {
        zh: '法律一方面惩戒违法行为，另一方面也帮助吸毒的人戒除毒瘾。《禁毒法》第三十一条规定，国家采取各种措施帮助吸毒人员戒除毒瘾，教育和挽救吸毒人员。',
        en: 'The law punishes unlawful behaviour, and it is also meant to help people overcome addiction. Article 31 of the Anti-Drug Law says the state takes various measures to help drug users overcome addiction and to educate and rescue them.',
      },
      topics: ['law', 'help_support'],
      gradeBands: ['junior', 'senior', 'vocational'],
      difficulty: 1,
      group: 'help-addiction',
    },
  },
  {
    key: 'law-021',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：一名成年人强迫一名十六岁的高中生吸食毒品。根据《刑法》第三百五十三条，下面哪种说法正确？',
        en: 'Imagine: an adult forces a 16-year-old senior secondary student to take drugs. Under Article 353 of the Criminal Law, which statement is correct?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '强迫他人吸毒是犯罪，对象是未成年人的，从重处罚',
            en: 'Forcing someone to take drugs is a crime, and it is punished more severely when the victim is a minor',
          },
          correct: true,
        },
        { id: 'b', text: { zh: '只要这名学生没有上瘾，就不算犯罪', en: 'It is not a crime as long as the student doesn’t become addicted' }, correct: false },
        { id: 'c', text: { zh: '被强迫的学生应当承担主要责任', en: 'The student who was forced bears the main responsibility' }, correct: false },
        {
          id: 'd',
          text: { zh: '强迫他人吸毒比引诱他人吸毒处罚更轻', en: 'Forcing someone to take drugs is punished more lightly than luring them' },
          correct: false,
        },
      ],
      explanation: {
        zh: '第三百五十三条规定，引诱、教唆、欺骗他人吸毒是犯罪，强迫他人吸毒处罚更重；对象是未成年人的，从重处罚。被强迫、被欺骗的人是受害者。',
        en: 'Article 353 makes luring, instigating or deceiving others into taking drugs a crime, punishes forcing someone more heavily, and punishes more severely when the victim is a minor. People who are forced or deceived are victims.',
      },
      topics: ['law'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
      group: 'luring-minors',
    },
  },
  {
    key: 'law-022',
    content: {
      type: 'multiple',
      stem: { zh: '关于《刑法》第三百四十七条，下面哪些说法是正确的？', en: 'Which of these statements about Article 347 of the Criminal Law are correct?' },
      options: [
        {
          id: 'a',
          text: {
            zh: '走私、贩卖、运输、制造毒品，无论数量多少，都应当追究刑事责任',
            en: 'Smuggling, selling, transporting or manufacturing drugs is a crime regardless of the quantity',
          },
          correct: true,
        },
        {
          id: 'b',
          text: {
            zh: '利用、教唆未成年人走私、贩卖、运输、制造毒品的，从重处罚',
            en: 'Using or instigating minors to smuggle, sell, transport or manufacture drugs is punished more severely',
          },
          correct: true,
        },
        { id: 'c', text: { zh: '向未成年人出售毒品的，从重处罚', en: 'Selling drugs to minors is punished more severely' }, correct: true },
        { id: 'd', text: { zh: '贩卖毒品只有达到一定数量才构成犯罪', en: 'Selling drugs is only a crime above a certain quantity' }, correct: false },
        { id: 'e', text: { zh: '卖给同学的，可以从轻处罚', en: 'Selling to classmates is punished more leniently' }, correct: false },
      ],
      explanation: {
        zh: '第三百四十七条规定，走私、贩卖、运输、制造毒品，无论数量多少，都应当追究刑事责任；利用、教唆未成年人参与，或者向未成年人出售毒品的，从重处罚。',
        en: 'Article 347 makes smuggling, selling, transporting or manufacturing drugs a crime regardless of quantity, and punishes more severely anyone who uses or instigates minors to take part or sells drugs to minors.',
      },
      topics: ['law'],
      gradeBands: ['junior', 'senior', 'vocational'],
      difficulty: 3,
      group: 'any-quantity',
    },
  },
  {
    key: 'law-023',
    content: {
      type: 'true_false',
      stem: { zh: '明知是毒品，还帮别人运输、藏匿，就可能构成犯罪。', en: 'Knowingly helping someone transport or hide drugs can be a crime.' },
      options: trueFalse(true),
      explanation: {
        zh: '明知是毒品还帮忙运输、藏匿，就可能构成犯罪。所以不要替不熟悉的人携带、保管、代收来历不明的包裹或物品。',
        en: 'Knowingly helping to transport or hide drugs can be a crime. That is why you should never carry, keep or receive unknown parcels or items for people you don’t know well.',
      },
      topics: ['law'],
      gradeBands: ['junior'],
      difficulty: 1,
    },
  },
  {
    key: 'law-024',
    content: {
      type: 'true_false',
      stem: {
        zh: '根据《刑法》第十七条，已满十六周岁的人犯罪，应当负刑事责任。',
        en: 'Under Article 17 of the Criminal Law, people aged 16 and over are criminally responsible for crimes.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '第十七条规定，已满十六周岁的人犯罪，应当负刑事责任；已满十四周岁不满十六周岁的人犯贩卖毒品罪，也应当负刑事责任。',
        en: 'Article 17 says people aged 16 and over are criminally responsible for crimes, and people aged 14 or 15 are criminally responsible for selling drugs.',
      },
      topics: ['law'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
      group: 'criminal-age',
    },
  },
  {
    key: 'law-025',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：一名十五岁的学生在网上帮别人卖了几次“上头电子烟”，每次数量都很少，电子烟里含有管制物质。下面哪种说法正确？',
        en: 'Imagine: a 15-year-old student has sold spiked vapes online for someone a few times, a small amount each time, and the vapes contain a controlled substance. Which statement is correct?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '这是贩卖毒品：无论数量多少都是犯罪，已满十四周岁不满十六周岁的人犯贩卖毒品罪也应当负刑事责任',
            en: 'This is selling drugs: it is a crime regardless of quantity, and people aged 14 or 15 are criminally responsible for selling drugs',
          },
          correct: true,
        },
        { id: 'b', text: { zh: '每次数量都很少，不算犯罪', en: 'Each amount was small, so it isn’t a crime' }, correct: false },
        { id: 'c', text: { zh: '他还不满十六周岁，不用负任何责任', en: 'He is under 16, so he bears no responsibility' }, correct: false },
        { id: 'd', text: { zh: '电子烟不是毒品，他只是违反了校规', en: 'Vapes aren’t drugs, so he has only broken school rules' }, correct: false },
      ],
      explanation: {
        zh: '含有管制物质的电子烟就是毒品，贩卖这类产品就是贩毒。《刑法》第三百四十七条规定贩卖毒品无论数量多少都应当追究刑事责任；第十七条规定已满十四周岁不满十六周岁的人犯贩卖毒品罪，应当负刑事责任。',
        en: 'A vape containing a controlled substance is a drug, and selling it is drug trafficking. Article 347 of the Criminal Law makes selling drugs a crime regardless of quantity, and Article 17 makes people aged 14 or 15 criminally responsible for selling drugs.',
      },
      topics: ['law', 'disguised_drugs'],
      gradeBands: ['junior', 'senior'],
      difficulty: 3,
      group: 'criminal-age',
    },
  },
  {
    key: 'law-026',
    content: {
      type: 'single',
      stem: {
        zh: '《禁毒法》第二条和《刑法》的哪一条对毒品作了相同的规定？',
        en: 'Article 2 of the Anti-Drug Law and which article of the Criminal Law define drugs in the same way?',
      },
      options: [
        { id: 'a', text: { zh: '第三百五十七条', en: 'Article 357' }, correct: true },
        { id: 'b', text: { zh: '第三百四十七条', en: 'Article 347' }, correct: false },
        { id: 'c', text: { zh: '第三百五十三条', en: 'Article 353' }, correct: false },
        { id: 'd', text: { zh: '第十七条', en: 'Article 17' }, correct: false },
      ],
      explanation: {
        zh: '《刑法》第三百五十七条规定的毒品含义，与《禁毒法》第二条一致。第三百四十七条规定走私、贩卖、运输、制造毒品罪，第三百五十三条规定引诱、教唆、欺骗、强迫他人吸毒的犯罪，第十七条规定刑事责任年龄。',
        en: 'Article 357 of the Criminal Law defines drugs in the same way as Article 2 of the Anti-Drug Law. Article 347 covers smuggling, selling, transporting and manufacturing drugs, Article 353 covers luring, instigating, deceiving or forcing others into taking drugs, and Article 17 sets the age of criminal responsibility.',
      },
      topics: ['law', 'drug_basics'],
      gradeBands: ['junior', 'senior'],
      difficulty: 3,
      group: 'drug-definition',
    },
  },
  {
    key: 'law-027',
    content: {
      type: 'true_false',
      stem: {
        zh: '根据《禁毒法》第三十八条，吸毒成瘾人员经过社区戒毒、强制隔离戒毒后又再次吸毒的，属于由公安机关决定强制隔离戒毒的情形之一。',
        en: 'Under Article 38 of the Anti-Drug Law, a person addicted to drugs who uses drugs again after community-based or compulsory isolated treatment is one of the cases in which the police decide on compulsory isolated treatment.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '《禁毒法》第三十八条规定，吸毒成瘾人员拒绝接受社区戒毒、在社区戒毒期间吸毒、严重违反社区戒毒协议，或者经社区戒毒、强制隔离戒毒后再次吸毒的，由公安机关决定强制隔离戒毒。第三十九条规定了例外，比如不满十六周岁的未成年人吸毒成瘾的，可以不适用强制隔离戒毒。',
        en: 'Article 38 of the Anti-Drug Law says the police decide on compulsory isolated treatment if a person addicted to drugs refuses community-based treatment, uses drugs during it, seriously breaches the agreement, or uses drugs again after community-based or compulsory isolated treatment. Article 39 sets out exceptions: for example, under-16s who are addicted may be exempted from compulsory isolated treatment.',
      },
      topics: ['law', 'help_support'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 3,
      group: 'compulsory-treatment',
    },
  },
];
