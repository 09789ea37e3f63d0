import { judge, multiple, single } from './scenario-builders.js';
import type { SeedQuestion } from './index.js';

/**
 * Senior scenarios (grades 10–12): applying the Criminal Law articles the senior law module teaches (347, 348,
 * 353, 354) to situations students can meet, parties and drink spiking, helping a friend without stigma, and
 * spotting pitches. Law is cited only by real name and article.
 */
export const seniorScenarioQuestions: SeedQuestion[] = [
  single({
    key: 'scene-201',
    group: 'any-quantity',
    bands: ['senior'],
    topics: ['law'],
    difficulty: 3,
    stem: [
      '小周对同学说：“我只是偶尔帮朋友卖一点点给熟人，量这么少不算犯罪。”根据《刑法》第三百四十七条，哪种说法正确？',
      'Xiao Zhou tells a classmate, “I only now and then sell a tiny bit to people I know for a friend. Amounts that small aren’t a crime.” Under Article 347 of the Criminal Law, which is correct?',
    ],
    options: [
      ['卖给熟人属于朋友之间互相帮忙，不会被追究责任', 'Selling to people you know is just friends helping each other and isn’t prosecuted'],
      ['贩卖毒品无论数量多少，都应当追究刑事责任', 'Selling drugs is prosecuted as a crime whatever the amount', true],
      ['只有卖给陌生人才构成贩卖毒品罪', 'It is only drug trafficking if you sell to strangers'],
      ['数量少只罚款，数量大才构成犯罪', 'Small amounts bring only a fine; only large amounts are a crime'],
    ],
    explanation: [
      '《刑法》第三百四十七条规定，走私、贩卖、运输、制造毒品，无论数量多少，都应当追究刑事责任，予以刑事处罚。卖给谁、卖多少都不改变这一点。',
      'Article 347 of the Criminal Law says smuggling, selling, transporting or manufacturing drugs is prosecuted and punished as a crime whatever the amount. Who it is sold to and how much doesn’t change that.',
    ],
  }),
  single({
    key: 'scene-202',
    group: 'harbouring-room',
    bands: ['senior', 'vocational'],
    topics: ['law'],
    difficulty: 3,
    stem: [
      '小吴在外租房，朋友提出想在他房间里“玩一会儿”毒品。如果小吴同意，他可能触犯哪一条？',
      'Xiao Wu rents a room, and friends ask to “have some fun” with drugs there. If Xiao Wu agrees, which article may he be breaking?',
    ],
    options: [
      ['《刑法》第三百五十一条，非法种植毒品原植物罪', 'Criminal Law Article 351, illegal cultivation of drug plants'],
      ['《刑法》第三百四十八条，非法持有毒品罪', 'Criminal Law Article 348, illegal possession of drugs'],
      ['不违法，因为吸毒的不是他本人', 'None, because he isn’t the one taking drugs'],
      ['《刑法》第三百五十四条，容留他人吸毒罪', 'Criminal Law Article 354, harbouring others to take drugs', true],
    ],
    explanation: [
      '为他人吸食、注射毒品提供场所，比如让别人在自己家或租住的房间里吸毒，构成《刑法》第三百五十四条的容留他人吸毒罪。应当拒绝。',
      'Providing a place for others to take drugs, such as letting them use in your home or rented room, is the crime of harbouring others to take drugs under Article 354 of the Criminal Law. Say no.',
    ],
  }),
  single({
    key: 'scene-203',
    bands: ['senior'],
    topics: ['law', 'spiked_drinks'],
    difficulty: 3,
    stem: [
      '有人在同学的饮料里偷偷加入毒品，想让对方“体验一下”。这种行为在法律上属于什么？',
      'Someone secretly puts drugs in a classmate’s drink so they can “have the experience”. What is this in law?',
    ],
    options: [
      ['只是同学之间的恶作剧，只要没有造成伤害就不违法', 'Just a prank between classmates, and not illegal as long as nobody gets hurt'],
      ['欺骗他人吸毒，触犯《刑法》第三百五十三条', 'Tricking someone into taking drugs, a crime under Criminal Law Article 353', true],
      ['只违反校规，由学校处理', 'Only a breach of school rules, for the school to handle'],
      ['被下药的人也要一起承担责任', 'The person who was spiked shares the responsibility'],
    ],
    explanation: [
      '《刑法》第三百五十三条规定，引诱、教唆、欺骗他人吸食、注射毒品的，构成犯罪；对象是未成年人的，从重处罚。被下药的人是受害者，不是过错方。',
      'Article 353 of the Criminal Law makes it a crime to lure, incite or trick others into taking drugs, with heavier punishment when the victim is a minor. The person spiked is a victim, not at fault.',
    ],
  }),
  single({
    key: 'scene-204',
    bands: ['senior', 'vocational'],
    topics: ['spiked_drinks'],
    difficulty: 2,
    stem: [
      '毕业聚会在KTV，一个刚认识的人很热情，主动去吧台帮你“拿杯饮料”。哪个做法最稳妥？',
      'At a graduation party in a karaoke bar, someone you’ve just met is very friendly and offers to fetch you “a drink” from the bar. What is the safest choice?',
    ],
    options: [
      ['谢谢他，但自己去点，看着倒好、自己拿着', 'Thank them, but order it yourself, watch it poured and carry it', true],
      ['接过来先仔细闻一闻、看一看，没有怪味就放心喝', 'Take it, then sniff and look at it carefully, and drink it if nothing seems odd'],
      ['请他先喝一口，证明没问题', 'Ask them to drink some first to prove it’s fine'],
      ['接过来放在桌上，过一会儿再喝', 'Take it, put it on the table and drink it later'],
    ],
    explanation: [
      '被加入的东西往往无色无味，闻和看都发现不了。最稳妥的是自己点、看着倒、一直拿在手里；离开过视线的饮料就不要再喝。',
      'What is added is often colourless and tasteless, so sniffing or looking won’t reveal it. The safest is to order it yourself, watch it poured and keep it in your hand; don’t drink anything that has been out of sight.',
    ],
  }),
  multiple({
    key: 'scene-205',
    group: 'unconscious-friend',
    bands: ['senior', 'vocational'],
    topics: ['spiked_drinks', 'help_support'],
    difficulty: 2,
    stem: [
      '朋友聚会后说话含糊、站不稳，而她只喝了一杯果汁。哪些做法是对的？（多选）',
      'After a party your friend is slurring and unsteady, although she only had one glass of juice. Which of these are right? (Choose all that apply)',
    ],
    options: [
      ['一直陪着她，不让她和刚认识的人一起离开', 'Stay with her and don’t let her leave with someone she just met', true],
      ['让她先自己打车回家休息', 'Put her in a taxi home on her own to rest'],
      ['告诉在场的工作人员或可信的大人', 'Tell the staff or a trusted adult who is there', true],
      ['叫不醒或呼吸困难时立即拨打120', 'Call 120 at once if she can’t be woken or is struggling to breathe', true],
    ],
    explanation: [
      '症状和喝下的东西明显不相符，要警惕被下药。陪着她、告诉可信的人、紧急时拨打120，怀疑有人下药就拨打110。不要让她一个人离开。',
      'Symptoms out of proportion to what she drank may mean spiking. Stay with her, tell someone trustworthy, call 120 in an emergency, and 110 if you suspect spiking. Don’t let her leave alone.',
    ],
  }),
  judge({
    key: 'scene-206',
    bands: ['senior', 'vocational'],
    topics: ['spiked_drinks'],
    difficulty: 1,
    stem: [
      '如果一个人在聚会上被下药，是因为他自己不够小心，所以他也有责任。',
      'If someone is spiked at a party, it is because they weren’t careful enough, so they share the blame.',
    ],
    answer: false,
    explanation: [
      '被下药永远不是受害者的错，责任完全在下药的人。防范技巧是为了保护自己，不是用来责怪受害者的。',
      'Being spiked is never the victim’s fault; the responsibility lies entirely with the person who did it. Safety tips are for protecting yourself, not for blaming victims.',
    ],
  }),
  single({
    key: 'scene-207',
    group: 'voluntary-registration',
    bands: ['senior'],
    topics: ['help_support', 'drug_basics'],
    difficulty: 3,
    stem: [
      '好朋友承认自己最近在用K粉，说“想停但停不下来，又怕被抓”。哪句话最能帮到他？',
      'Your close friend admits he has been using ketamine and says, “I want to stop but can’t, and I’m scared of getting caught.” Which reply helps him most?',
    ],
    options: [
      ['“你自己惹的事，自己想办法。”', '“You got yourself into this; sort it out yourself.”'],
      ['“没事，少用点就行，别告诉大人。”', '“It’s fine, just use less and don’t tell any adults.”'],
      [
        '“我陪你去看医生。主动接受戒毒治疗的，法律规定不予处罚。”',
        '“I’ll come with you to a doctor. The law doesn’t punish people who come forward for treatment.”',
        true,
      ],
      [
        '“我去帮你告诉全班同学和老师，让大家每天一起监督你戒掉。”',
        '“I’ll tell the whole class and the teachers so everyone can keep an eye on you every day until you quit.”',
      ],
    ],
    explanation: [
      '《禁毒法》规定，吸毒人员主动到公安机关登记或者到有资质的医疗机构接受戒毒治疗的，不予处罚。成瘾可以治疗，越早求助越好。陪伴、不指责、不公开，是帮助朋友的关键。',
      'The Anti-Drug Law says people who use drugs and register with the police of their own accord, or go to a qualified medical institution for treatment, are not punished. Addiction is treatable and the earlier the better. Support, no blame and privacy are key to helping a friend.',
    ],
  }),
  single({
    key: 'scene-208',
    bands: ['senior'],
    topics: ['health_harm', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '高考冲刺阶段，有人推销“聪明药”，说“吃了能熬通宵、记忆力翻倍，好多学霸都在用”。哪种判断最合理？',
      'In the final run-up to the gaokao, someone is selling a “smart drug”: “Stay up all night and double your memory. Loads of top students use it.” Which judgement is most sensible?',
    ],
    options: [
      ['“好多学霸都在用”，说明效果是有保证的', '“Loads of top students use it”, so it must really work'],
      ['只在考前吃几天，不会有什么影响', 'A few days before the exam can’t do any harm'],
      ['这是典型的推销话术，来历不明的药不吃', 'It’s a classic sales pitch; don’t take unknown pills', true],
      ['网上有卖的，说明是合法的保健品', 'It’s sold online, so it must be a legal supplement'],
    ],
    explanation: [
      '夸大的功效、“大家都在用”的从众暗示，是推销毒品和违禁药物的常见手法。处方药要在医生指导下使用；真正提高效率的是规律作息、合理复习和休息。',
      'Exaggerated effects and the hint that “everyone uses it” are common tactics for selling drugs and banned pills. Prescription medicines need a doctor; what really helps is regular sleep, sensible revision and rest.',
    ],
  }),
  single({
    key: 'scene-209',
    group: 'cannabis-abroad',
    bands: ['senior'],
    topics: ['law', 'disguised_drugs'],
    difficulty: 3,
    stem: [
      '同学想在海外购物网站买“大麻软糖”寄到国内，说“只是自己吃，又不卖”。哪种说法正确？',
      'A classmate wants to order “cannabis gummies” from an overseas shopping site to be posted to China, saying, “It’s only for me, I’m not selling it.” Which statement is correct?',
    ],
    options: [
      ['从境外寄进含大麻的食品，可能构成走私毒品罪', 'Posting cannabis food into China may be drug smuggling', true],
      ['只要是自己吃的，就不违法', 'It’s not illegal as long as it’s for personal use'],
      ['网站和卖家都在国外，所以这件事不受我国法律管辖', 'The site and seller are abroad, so Chinese law doesn’t apply to this at all'],
      ['软糖是食品，不算毒品', 'Gummies are food, so they don’t count as drugs'],
    ],
    explanation: [
      '大麻在我国是毒品，做成软糖、巧克力也一样。《刑法》第三百四十七条规定，走私毒品无论数量多少都应当追究刑事责任，“自己吃”不是理由。',
      'Cannabis is an illegal drug in China, even in gummies or chocolate. Article 347 of the Criminal Law makes drug smuggling a crime whatever the amount; “it’s for me” is no defence.',
    ],
  }),
  judge({
    key: 'scene-210',
    group: 'peer-norms',
    bands: ['senior', 'vocational'],
    topics: ['refusal_skills', 'drug_basics'],
    difficulty: 2,
    stem: [
      '有人觉得“身边的同龄人都在用毒品”。这种感觉往往是高估了，大多数年轻人其实不使用毒品。',
      'Some people feel that “everyone my age is using drugs”. That feeling is usually an overestimate: most young people do not use drugs.',
    ],
    answer: true,
    explanation: [
      '人们常常高估同龄人使用毒品的程度，这种错觉会增加压力。事实上，大多数年轻人不使用毒品。',
      'People often overestimate how much their peers use drugs, and that false impression adds to the pressure. In fact, most young people do not use drugs.',
    ],
  }),
  single({
    key: 'scene-211',
    bands: ['senior'],
    topics: ['law', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '假期有人在社交平台上招人“跨城带行李”，包车费、包吃住，还另给报酬，只要求“路上别打开箱子”。你应该怎么做？',
      'Over the holidays someone on social media is hiring people to “take luggage to another city”: travel, food and hotel paid, plus a fee, as long as you “don’t open the case on the way”. What should you do?',
    ],
    options: [
      ['接下，免费旅游还有钱拿', 'Take it: a free trip and money too'],
      ['接下，但在路上找机会偷偷打开箱子检查一下里面', 'Take it, but find a chance on the way to secretly open the case and check what’s inside'],
      ['找个同学一起去，人多就安全', 'Go with a classmate; there’s safety in numbers'],
      ['不接，这可能是利用学生运毒，并告诉家长', 'Turn it down: it may be a drug-running trap; tell your parents', true],
    ],
    explanation: [
      '高报酬、不让看内容的“带货”“带行李”，是毒贩利用年轻人运毒的常见手段。运输毒品无论数量多少都是犯罪。拒绝，保存信息，告诉家长，必要时拨打110。',
      'Well-paid “carrying” jobs where you mustn’t look inside are a common way dealers use young people to move drugs. Transporting drugs is a crime whatever the amount. Refuse, keep the details, tell your parents and call 110 if needed.',
    ],
  }),
  single({
    key: 'scene-212',
    group: 'no-discrimination',
    bands: ['senior'],
    topics: ['help_support'],
    difficulty: 2,
    stem: [
      '班上有同学的家长正在接受社区戒毒，有人在背后议论他。你可以怎么做？',
      'A classmate’s parent is in community-based drug treatment, and people are talking about him behind his back. What could you do?',
    ],
    options: [
      ['跟着大家一起议论，免得被孤立', 'Join in the gossip so you aren’t left out'],
      ['不参与议论，像平时一样对待他', 'Stay out of the gossip and treat him as usual', true],
      ['提醒其他同学别和他做朋友', 'Warn others not to be friends with him'],
      ['直接去问他家里到底是怎么回事，好安慰他', 'Ask him directly what exactly is going on at home so you can comfort him'],
    ],
    explanation: [
      '家人的问题不是他的错。不议论、不歧视、尊重隐私，像平时一样相处；如果他受到欺负，告诉老师。社区戒毒帮助人在家人和社区的支持下恢复。',
      'A family member’s problems are not his fault. Don’t gossip or discriminate, respect his privacy and treat him as usual; if he is bullied, tell a teacher. Community-based treatment helps people recover with support from family and community.',
    ],
  }),
  multiple({
    key: 'scene-213',
    group: 'ketamine-harm',
    bands: ['senior'],
    topics: ['health_harm'],
    difficulty: 3,
    stem: [
      '一位学长说自己长期用K粉后“总跑厕所、小便疼”，却还说“K粉没什么大不了”。下面哪些说法准确？（多选）',
      'An older student says that since using ketamine for a long time he “keeps running to the toilet and it hurts to pee”, yet he still says “ketamine is no big deal”. Which statements are accurate? (Choose all that apply)',
    ],
    options: [
      ['尿频、尿痛可能是氯胺酮造成的膀胱损伤', 'Frequent, painful urination may be bladder damage caused by ketamine', true],
      ['这些症状说明身体正在适应，不用管', 'These symptoms mean the body is adjusting, so ignore them'],
      ['应该尽快就医，并如实告诉医生用药情况', 'He should see a doctor soon and be honest about his drug use', true],
      ['有的膀胱损伤停用后也难以完全恢复', 'Some bladder damage doesn’t fully heal even after stopping', true],
    ],
    explanation: [
      '长期使用氯胺酮可能导致膀胱损伤，出现尿频、尿急、尿痛、血尿等，有的难以逆转。出现这些症状要尽快就医，如实说明情况，医生才能正确治疗。',
      'Long-term ketamine use can damage the bladder, causing frequency, urgency, pain and blood in the urine, sometimes irreversibly. Anyone with these symptoms should see a doctor soon and be honest so they can be treated properly.',
    ],
  }),
  single({
    key: 'scene-214',
    group: 'laughing-gas-harm',
    bands: ['senior', 'vocational'],
    topics: ['health_harm', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '生日派对上有人拿出一箱“奶油气弹”和气球，说“吸笑气最安全，又不是毒品”。哪种回应最准确？',
      'At a birthday party someone brings out a box of “cream chargers” and balloons: “Laughing gas is the safest, it isn’t even a drug.” Which response is most accurate?',
    ],
    options: [
      ['“对，不是毒品的东西就不会伤身体。”', '“True, things that aren’t drugs can’t hurt you.”'],
      ['“偶尔吸几口没关系，上瘾才有问题。”', '“A few puffs now and then are fine; only addiction is a problem.”'],
      ['“只吸一个气球就不会缺氧。”', '“One balloon won’t starve you of oxygen.”'],
      ['“笑气会伤神经，我不吸。”', '“Laughing gas can damage your nerves. I’m out.”', true],
    ],
    explanation: [
      '不管是否被列为毒品，笑气都会伤害身体：干扰维生素B12的作用，反复吸入可能损伤神经；吸入时也可能缺氧晕倒。“不是毒品”不等于“安全”。',
      'Whether or not it is listed as a drug, laughing gas harms the body: it interferes with vitamin B12, repeated use can damage the nerves, and inhaling it can make you faint from lack of oxygen. “Not a drug” doesn’t mean “safe”.',
    ],
  }),
  judge({
    key: 'scene-215',
    bands: ['senior'],
    topics: ['law'],
    difficulty: 2,
    stem: [
      '小陈帮朋友保管一大包毒品，自己一口都没吸过，所以他不会有法律问题。',
      'Xiao Chen is looking after a large bag of drugs for a friend and has never taken any himself, so he has no legal problem.',
    ],
    answer: false,
    explanation: [
      '《刑法》第三百四十八条规定，非法持有毒品数量较大的，构成非法持有毒品罪。“替别人保管”不能免责。不要替任何人保管来历不明的东西。',
      'Under Article 348 of the Criminal Law, illegally possessing a relatively large amount of drugs is the crime of illegal possession. “Keeping it for someone” is no excuse. Don’t keep unknown items for anyone.',
    ],
  }),
  single({
    key: 'scene-216',
    bands: ['senior'],
    topics: ['refusal_skills'],
    difficulty: 3,
    stem: [
      '男朋友在聚会上递给你一颗药片说：“吃了我们玩得更开心，你不吃就是不爱我。”哪个回应最能保护你自己？',
      'At a party your boyfriend hands you a pill: “We’ll have more fun if you take it. If you don’t, you don’t love me.” Which response best protects you?',
    ],
    options: [
      ['为了不伤两个人的感情，先吃半颗表示一下心意', 'Take half a pill to show you care, so the relationship doesn’t suffer'],
      ['收下来，说回家再吃', 'Take it and say you’ll have it at home'],
      ['“我不吃，爱我就别逼我。”然后和朋友离开', '“No. If you love me, don’t push me.” Then leave with a friend', true],
      ['让他先吃，看看有什么反应', 'Let him take one first and see what happens'],
    ],
    explanation: [
      '用感情来施压是常见的操控方式。拒绝不等于不爱，尊重你的人不会逼你冒险。坚定拒绝，和可信的朋友一起离开。',
      'Using feelings as pressure is a common way to manipulate. Saying no doesn’t mean you don’t care, and someone who respects you won’t push you into danger. Refuse firmly and leave with a trusted friend.',
    ],
  }),
  single({
    key: 'scene-217',
    bands: ['senior'],
    topics: ['help_support'],
    difficulty: 2,
    stem: [
      '你最近压力很大、情绪低落，有人劝你“用点东西放松一下”。除了身边的大人，你还可以找谁？',
      'You’ve been under a lot of stress and feeling low, and someone suggests “taking something to relax”. Besides the adults around you, who else can you turn to?',
    ],
    options: [
      ['劝你“用点东西”的那个人', 'The person suggesting you “take something”'],
      ['网上匿名的“放松群”，那里的人都说很懂压力', 'An anonymous online “chill-out” group where everyone says they understand stress'],
      ['谁也不找，自己熬过去', 'No one; tough it out alone'],
      ['学校心理老师，或12355青少年服务台', 'The school counsellor, or the 12355 youth service line', true],
    ],
    explanation: [
      '压力大、情绪低落时，学校心理老师和12355青少年服务台都可以提供倾听和帮助。用毒品“放松”只会带来更多问题。',
      'When you are stressed and low, the school counsellor and the 12355 youth service line can listen and help. Using drugs to “relax” only brings more problems.',
    ],
  }),
  single({
    key: 'scene-218',
    group: 'luring-minors',
    bands: ['senior'],
    topics: ['law'],
    difficulty: 3,
    stem: [
      '一名成年人多次劝一名高一学生“试试这个”，最终让他吸了毒。根据《刑法》第三百五十三条，这名成年人的行为怎样处理？',
      'An adult repeatedly urges a first-year senior high student to “try this” until the student takes drugs. Under Article 353 of the Criminal Law, how is the adult’s conduct treated?',
    ],
    options: [
      ['不是犯罪，因为最后吸不吸毒是学生自己决定的', 'It isn’t a crime, because in the end the student decided to take the drugs'],
      ['只有强迫才算犯罪，劝说不算', 'Only forcing is a crime; persuading isn’t'],
      ['构成犯罪，对象是未成年人还要从重处罚', 'It’s a crime, punished more heavily because the victim is a minor', true],
      ['由学生的家长负责，与这名成年人无关', 'The student’s parents are responsible, not the adult'],
    ],
    explanation: [
      '《刑法》第三百五十三条规定，引诱、教唆、欺骗他人吸食、注射毒品的构成犯罪；引诱、教唆、欺骗或者强迫未成年人吸毒的，从重处罚。',
      'Article 353 of the Criminal Law makes it a crime to lure, incite or trick others into taking drugs, and punishes it more heavily when a minor is lured, incited, tricked or forced.',
    ],
  }),
  multiple({
    key: 'scene-219',
    bands: ['senior', 'vocational'],
    topics: ['spiked_drinks', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '周末和朋友去酒吧街附近的餐厅聚餐。哪些做法能降低被下药的风险？（多选）',
      'At the weekend you’re eating with friends at a restaurant near the bar street. Which habits lower the risk of being spiked? (Choose all that apply)',
    ],
    options: [
      ['结伴同去同回，约定互相照应', 'Go and leave together, agreeing to look out for each other', true],
      ['饮料离开视线后就不再喝', 'Don’t drink anything once it’s been out of your sight', true],
      ['接受刚认识的人递来的已经打开的饮料', 'Accept opened drinks from people you’ve just met'],
      ['提前安排好回家的方式', 'Plan how you’ll get home in advance', true],
    ],
    explanation: [
      '结伴、看好饮料、提前安排回家方式，都能降低风险。别人递来的已经打开的饮料，不要接。',
      'Going as a group, watching your drink and planning your way home all lower the risk. Don’t accept opened drinks from others.',
    ],
  }),
  single({
    key: 'scene-220',
    bands: ['senior'],
    topics: ['disguised_drugs'],
    difficulty: 2,
    stem: [
      '宿舍里有同学在网上买了“助眠电子烟”，说“吸完睡得香、还有点飘”。你的室友想试。你可以对室友说什么？',
      'A dorm-mate bought a “sleep-aid vape” online: “You sleep great and feel a bit floaty.” Your roommate wants to try it. What could you say to your roommate?',
    ],
    options: [
      ['“助眠的东西都是安全的，试试吧。”', '“Sleep aids are all safe, give it a go.”'],
      ['“这可能加了毒品，别碰，我们告诉宿管老师。”', '“It may have drugs in it. Don’t touch it; let’s tell the dorm staff.”', true],
      ['“先让他自己吸一个星期，看看他身体有没有事再说。”', '“Let him use it for a week first and see whether he’s OK before you decide.”'],
      ['“网上卖的都有检测，肯定没问题。”', '“Everything sold online is tested, so it’s fine.”'],
    ],
    explanation: [
      '“助眠”“放松”“有点飘”，是spiked vapes常见的宣传话术。这类电子烟可能含有合成大麻素等毒品。别碰，告诉老师。睡不好可以找校医或心理老师。',
      '“Sleep aid”, “relaxing” and “a bit floaty” are common selling lines for spiked vapes, which may contain drugs such as synthetic cannabinoids. Don’t touch it and tell a teacher. If you can’t sleep, see the school doctor or counsellor.',
    ],
  }),
  judge({
    key: 'scene-221',
    bands: ['senior'],
    topics: ['refusal_skills'],
    difficulty: 2,
    stem: [
      '事先想好一句自己的拒绝用语，比如“我明天有比赛，不碰这些”，能让你在压力下更容易说出口。',
      'Preparing your own line in advance, such as “I’ve got a match tomorrow, I don’t touch that stuff”, makes it easier to say no under pressure.',
    ],
    answer: true,
    explanation: [
      '提前准备、反复练习过的拒绝方式，在真正遇到压力时更容易用出来。',
      'A refusal you have prepared and practised is much easier to use when the pressure is real.',
    ],
  }),
  single({
    key: 'scene-222',
    group: 'not-controlled-safe',
    bands: ['senior'],
    topics: ['drug_basics', 'law'],
    difficulty: 3,
    stem: [
      '有人推销一种“新型电子烟油”，说“成分还没列入管制目录，所以合法又安全”。哪种说法最准确？',
      'Someone is selling a “new vape liquid”, saying “its ingredients aren’t on the control lists yet, so it’s legal and safe”. Which statement is most accurate?',
    ],
    options: [
      ['没列入管制就说明专家认为它安全', 'Not being listed means experts consider it safe'],
      ['只要商家敢公开卖，就一定是合法的', 'If a seller dares to sell it openly, it must be legal'],
      ['“未管制”不等于安全，新物质的危害往往未知', '“Not controlled” isn’t “safe”; new substances’ harms are often unknown', true],
      ['含新物质的电子烟不含尼古丁，比普通电子烟更健康', 'Vapes with new substances contain no nicotine, so they’re healthier than ordinary ones'],
    ],
    explanation: [
      '新精神活性物质不断出现，往往在危害被认识之前就被推向市场，国家也在不断把它们列入管制。“还没管制”只说明法律还没跟上，不说明安全。',
      'New psychoactive substances keep appearing, often reaching the market before their harms are understood, and the state keeps adding them to the control lists. “Not yet controlled” only means the law hasn’t caught up; it doesn’t mean safe.',
    ],
  }),
  single({
    key: 'scene-223',
    bands: ['senior'],
    topics: ['help_support', 'spiked_drinks'],
    difficulty: 2,
    stem: [
      '聚会第二天，朋友说昨晚的事几乎记不起来，怀疑饮料被人动过。哪种建议最合适？',
      'The day after a party, your friend says she can hardly remember the night before and suspects someone tampered with her drink. What is the best advice?',
    ],
    options: [
      ['“过去就算了，说出来只会丢人。”', '“Let it go. Talking about it will only embarrass you.”'],
      ['“先等几天，看看身体有没有其他问题。”', '“Wait a few days and see whether anything else seems wrong first.”'],
      ['“我陪你尽快去医院，也可以报警。”', '“I’ll go with you to a doctor now. You can also report it.”', true],
      ['“肯定是你自己喝多了，下次少喝点。”', '“You must have just drunk too much. Drink less next time.”'],
    ],
    explanation: [
      '有些物质在体内停留时间很短，应尽快就医检查，并说明怀疑被下药；可以拨打110报警。被下药不是她的错，陪伴和不责怪很重要。',
      'Some substances leave the body quickly, so see a doctor as soon as possible and say spiking is suspected; she can also call 110. Being spiked is not her fault; support without blame matters.',
    ],
  }),
  single({
    key: 'scene-224',
    bands: ['senior'],
    topics: ['refusal_skills', 'drug_basics'],
    difficulty: 2,
    stem: [
      '高三学长说：“我考前都靠‘那个’撑着，成绩照样好。”你怎么评价这句话？',
      'A final-year student says, “I got through exams on ‘that stuff’ and my grades were still fine.” How do you judge this?',
    ],
    options: [
      ['一个人的经历不能证明安全，伤害可能慢慢显现', 'One story proves nothing; harm can take time to show', true],
      ['既然成绩好，说明毒品能提高成绩', 'His good grades show drugs improve results'],
      ['只要能控制住，用一段时间也没关系', 'Using for a while is fine if you stay in control'],
      ['学长刚考完试，比老师更了解现在的考试，应该听他的', 'He has just sat the exams and knows them better than the teachers, so listen to him'],
    ],
    explanation: [
      '个别人的说法不能代表事实。毒品会损伤大脑、导致依赖，伤害常常是逐渐出现的。“我能控制”是很多人陷入依赖前的想法。',
      'One person’s claim is not evidence. Drugs damage the brain and cause dependence, and the harm often builds up gradually. “I can control it” is what many people think before becoming dependent.',
    ],
  }),
  multiple({
    key: 'scene-225',
    bands: ['senior'],
    topics: ['help_support'],
    difficulty: 2,
    stem: [
      '你想和一位可能在用毒品的朋友谈一谈。哪些做法更容易让他愿意听？（多选）',
      'You want to talk with a friend who may be using drugs. Which approaches make him more willing to listen? (Choose all that apply)',
    ],
    options: [
      ['选一个私下、安静的时间', 'Pick a private, quiet moment', true],
      ['用“我很担心你”开头，说出你看到的变化', 'Start with “I’m worried about you” and describe the changes you’ve seen', true],
      ['当着其他同学的面指出他的问题', 'Point out his problem in front of other classmates'],
      ['告诉他你愿意陪他一起去找人帮忙', 'Tell him you’ll go with him to get help', true],
    ],
    explanation: [
      '私下谈、用关心代替指责、说具体的观察、表示愿意陪伴，更容易让朋友接受帮助。当众指出只会让他难堪、更加抗拒。',
      'Talking privately, showing care instead of blame, describing specific things you’ve noticed and offering to go with him make it easier for a friend to accept help. Calling him out in public only humiliates him and makes him resist.',
    ],
  }),
  judge({
    key: 'scene-226',
    bands: ['senior'],
    topics: ['help_support', 'law'],
    difficulty: 2,
    stem: [
      '朋友在聚会上用了东西后昏迷不醒，你怕“惹上麻烦”，就不应该拨打120。',
      'A friend has taken something at a party and can’t be woken. Because you’re afraid of “getting into trouble”, you shouldn’t call 120.',
    ],
    answer: false,
    explanation: [
      '生命安全第一。昏迷不醒、呼吸困难时要立即拨打120，如实告诉医护人员可能用了什么，这样才能得到正确救治。',
      'Life comes first. If someone can’t be woken or is struggling to breathe, call 120 immediately and tell the medical staff what they may have taken so they can be treated correctly.',
    ],
  }),
  single({
    key: 'scene-227',
    bands: ['senior'],
    topics: ['disguised_drugs', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '社交平台上有人私信推销“网红小饼干”，宣传语是“一块让你忘掉所有烦恼”。下面哪个判断最合理？',
      'Someone on social media DMs you about “trending little biscuits”: “One bite and all your worries disappear.” Which judgement is most sensible?',
    ],
    options: [
      ['网红食品卖得这么火，都经过检测，可以放心买', 'Trending snacks sell so widely that they must be tested, so they’re safe to buy'],
      ['这可能是含毒品的食品，不买并举报', 'It may be a drug edible: don’t buy it, report it', true],
      ['先买一块试试，效果好再多买', 'Buy one to try and get more if it works'],
      ['只要包装上有生产日期就没问题', 'It’s fine as long as the pack has a production date'],
    ],
    explanation: [
      '宣称能改变情绪、“忘掉烦恼”的零食，很可能含有大麻等毒品。不买、不转发，可以在平台举报，并告诉家长或老师。',
      'A snack that claims to change your mood or make your worries vanish may well contain drugs such as cannabis. Don’t buy or share it; report it on the platform and tell a parent or teacher.',
    ],
  }),
  single({
    key: 'scene-228',
    bands: ['senior'],
    topics: ['law', 'help_support'],
    difficulty: 3,
    stem: [
      '你偶然发现同班同学在朋友圈隐晦地卖“电子烟油”，好像加了东西。最合适的做法是什么？',
      'You happen to find a classmate hinting on social media that he’s selling “vape liquid” that seems to have something added. What is the most appropriate thing to do?',
    ],
    options: [
      ['私下找他买一瓶，拿去检测', 'Buy a bottle from him privately to get it tested'],
      ['在班级群里公开他的行为', 'Expose him in the class group chat'],
      ['截图保存，告诉老师或家长', 'Take screenshots and tell a teacher or parent', true],
      ['当作没看见，免得得罪人', 'Pretend you didn’t see it to avoid trouble'],
    ],
    explanation: [
      '保存证据并交给信任的大人处理，既能阻止危害扩散，也保护了你自己。不要自己去“调查”或公开曝光。',
      'Keeping evidence and handing it to trusted adults helps stop the harm spreading and keeps you safe. Don’t “investigate” yourself or expose him publicly.',
    ],
  }),
  judge({
    key: 'scene-229',
    bands: ['senior', 'vocational'],
    topics: ['drug_basics', 'help_support'],
    difficulty: 2,
    stem: [
      '药物成瘾是可以治疗的，越早寻求帮助，恢复的机会越大。',
      'Drug addiction can be treated, and the earlier someone seeks help, the better their chances of recovery.',
    ],
    answer: true,
    explanation: [
      '成瘾是可以治疗的，主动求助会得到法律和社会的支持。越早停下、越早求助，伤害就越小。',
      'Addiction is treatable, and people who seek help get support from the law and society. The sooner someone stops and asks for help, the less the harm.',
    ],
  }),
  single({
    key: 'scene-230',
    bands: ['senior'],
    topics: ['refusal_skills'],
    difficulty: 3,
    stem: [
      '你答应参加一个朋友的聚会，到了才发现有人在桌上摆出了白色粉末。哪个做法最好？',
      'You agreed to go to a friend’s party and find when you arrive that someone has put white powder out on the table. What is the best move?',
    ],
    options: [
      ['留下来坐着但什么都不碰，免得显得不合群', 'Stay and sit with them but touch nothing, so you don’t look awkward'],
      ['找个理由马上离开，联系可信的人', 'Make an excuse, leave at once and call someone you trust', true],
      ['拍照发到网上，提醒大家', 'Take photos and post them online to warn people'],
      ['劝大家少用一点就好', 'Tell everyone to just use a little'],
    ],
    explanation: [
      '出现毒品的场合风险很高：可能被劝用、被下药，警方检查时也难以说清。最好的选择是找理由离开，联系可信的人接你。',
      'A place where drugs are out is high-risk: you may be pressured or spiked, and it’s hard to explain if the police arrive. The best choice is to make an excuse, leave, and get someone you trust to pick you up.',
    ],
  }),
  judge({
    key: 'scene-231',
    bands: ['senior'],
    group: 'cannabis-abroad',
    topics: ['law', 'drug_basics'],
    difficulty: 2,
    stem: [
      '表哥从国外留学回来，说：“在那边抽大麻是合法的，回国后偶尔抽一点也没事。”这种说法是对的。',
      'Your cousin is back from studying abroad and says, “Smoking cannabis is legal over there, so it’s fine to have some now and then back home.” This is right.',
    ],
    answer: false,
    explanation: [
      '大麻是《禁毒法》明确列出的毒品。有的国家或地区放开了大麻，但在我国境内购买、携带、吸食大麻制品同样违法。',
      'Cannabis is a drug named in the Anti-Drug Law. Some countries and regions have relaxed their cannabis laws, but buying, carrying or using cannabis products in China is still against the law.',
    ],
  }),
  single({
    key: 'scene-232',
    bands: ['senior', 'vocational'],
    topics: ['disguised_drugs', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '下面几句话都出现在卖东西的私信里。哪一句最像是在掩盖毒品？',
      'All of these lines appear in private messages from sellers. Which one most looks like it is covering up a drug?',
    ],
    options: [
      ['“这款运动饮料含电解质，适合运动后补水。”', '“This sports drink has electrolytes, for rehydrating after exercise.”'],
      ['“处方药需凭医生处方购买，请按说明书服用。”', '“Prescription medicine needs a doctor’s prescription; follow the leaflet.”'],
      ['“纯天然植物提取，不上瘾，吸一口特别放松。”', '“All-natural plant extract, not addictive, one puff and you relax.”', true],
      ['“本店所有商品明码标价，均可开具正规发票。”', '“All our goods have clear prices, and we issue proper receipts.”'],
    ],
    explanation: [
      '“纯天然”“不上瘾”“吸一口就放松”是包装毒品的常见话术：天然不等于安全，能改变情绪的东西也可能让人依赖。对这样的推销，不买、不试，告诉信任的大人。',
      '“All-natural”, “not addictive” and “one puff and you relax” are common lines used to dress up drugs: natural doesn’t mean safe, and something that changes your mood can cause dependence. Don’t buy or try it, and tell a trusted adult.',
    ],
  }),
];
