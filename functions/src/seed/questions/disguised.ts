import type { SeedQuestion } from './index.js';
import { trueFalse } from './true-false.js';

/** Disguised drugs: sweets, drinks and “stamps”, new psychoactive substances, spiked vapes and the control dates. */
export const disguisedQuestions: SeedQuestion[] = [
  {
    key: 'disguised-001',
    content: {
      type: 'multiple',
      stem: {
        zh: '毒品可能伪装成糖果、饮料或贴纸。下面哪些做法能保护自己？',
        en: 'Drugs can be disguised as sweets, drinks or stickers. Which of these keep you safe?',
      },
      options: [
        { id: 'a', text: { zh: '来历不明的吃的，不接', en: 'Don’t take food when you don’t know where it came from' }, correct: true },
        { id: 'b', text: { zh: '陌生人给的饮料，不尝', en: 'Don’t taste drinks from strangers' }, correct: true },
        {
          id: 'c',
          text: { zh: '来历不明、像贴纸一样的小纸片，不碰', en: 'Don’t touch sticker-like bits of paper when you don’t know where they came from' },
          correct: true,
        },
        { id: 'd', text: { zh: '包装好看的，就放心吃', en: 'Eat it if the packaging looks nice' }, correct: false },
        { id: 'e', text: { zh: '先尝一小口，好吃再吃', en: 'Take a small taste first, and eat more if it’s nice' }, correct: false },
      ],
      explanation: {
        zh: '只看外表，谁也分不出里面有没有毒品。来历不明的吃的、喝的、贴的，都不接、不尝、不碰。',
        en: 'Nobody can tell by looking whether something contains drugs. If you don’t know where food, a drink or a sticker came from: don’t take it, don’t taste it, don’t touch it.',
      },
      topics: ['disguised_drugs'],
      gradeBands: ['primary'],
      difficulty: 1,
    },
  },
  {
    key: 'disguised-002',
    content: {
      type: 'true_false',
      stem: { zh: '只要仔细看看外表，就能分辨出糖果里有没有毒品。', en: 'If you look carefully, you can tell whether a sweet contains drugs.' },
      options: trueFalse(false),
      explanation: {
        zh: '有些毒品看起来一点也不可怕，只看外表谁也分不出来。所以来历不明的东西不接、不尝、不碰。',
        en: 'Some drugs don’t look scary at all, and nobody can tell just by looking. That is why we don’t take, taste or touch things we don’t know.',
      },
      topics: ['disguised_drugs'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
      group: 'tell-by-looking',
    },
  },
  {
    key: 'disguised-003',
    content: {
      type: 'single',
      stem: {
        zh: '对于来历不明的吃的、喝的、贴的东西，我们要记住哪条规则？',
        en: 'What rule should we remember about food, drinks and stickers when we don’t know where they came from?',
      },
      options: [
        { id: 'a', text: { zh: '不接、不尝、不碰', en: 'Don’t take it, don’t taste it, don’t touch it' }, correct: true },
        { id: 'b', text: { zh: '先闻一闻，没有怪味就可以吃', en: 'Smell it first, and eat it if it smells normal' }, correct: false },
        { id: 'c', text: { zh: '收下来，分给同学一起吃', en: 'Take it and share it with classmates' }, correct: false },
        { id: 'd', text: { zh: '收下来藏好，以后再说', en: 'Take it and hide it for later' }, correct: false },
      ],
      explanation: {
        zh: '毒品可能伪装成糖果、饮料、贴纸，看、闻、尝都分辨不出来。来历不明的东西：不接、不尝、不碰，也不要传给别人。',
        en: 'Drugs can be disguised as sweets, drinks or stickers, and you can’t tell by looking, smelling or tasting. With things you don’t know: don’t take, don’t taste, don’t touch, and don’t pass them on.',
      },
      topics: ['disguised_drugs', 'refusal_skills'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
    },
  },
  {
    key: 'disguised-004',
    content: {
      type: 'true_false',
      stem: {
        zh: '毒品有时会被伪装成像邮票或贴纸一样的小纸片。',
        en: 'Drugs are sometimes disguised as small pieces of paper that look like stamps or stickers.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '毒品可能伪装成五颜六色的糖果、包装好看的饮料，也可能是像邮票或贴纸一样的小纸片，有的还印着卡通图案。',
        en: 'Drugs may be disguised as colourful sweets or nicely packaged drinks, or as small pieces of paper that look like stamps or stickers, sometimes printed with cartoon designs.',
      },
      topics: ['disguised_drugs'],
      gradeBands: ['primary_lower', 'primary', 'junior'],
      difficulty: 1,
    },
  },
  {
    key: 'disguised-005',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：一个你不认识的人拿着一杯包装很漂亮的奶茶，说：“免费送你，很好喝，别人都试过。”你应该怎么做？',
        en: 'Imagine: someone you don’t know holds out a nicely packaged milk tea and says, “It’s free, it’s really tasty, and everyone has tried it.” What should you do?',
      },
      options: [
        {
          id: 'a',
          text: { zh: '说“不用了，谢谢”，不接，走开，并告诉信任的大人', en: 'Say “No, thank you”, don’t take it, walk away and tell a trusted adult' },
          correct: true,
        },
        { id: 'b', text: { zh: '包装这么漂亮，应该没问题，喝吧', en: 'The packaging is so nice it must be fine, so drink it' }, correct: false },
        { id: 'c', text: { zh: '先喝一小口试试', en: 'Take a small sip to try it' }, correct: false },
        { id: 'd', text: { zh: '收下带回家，晚上再喝', en: 'Take it home and drink it later' }, correct: false },
      ],
      explanation: {
        zh: '不接受陌生人给的东西，哪怕对方说“免费”“很好吃”“别人都试过”。包装好看不代表安全。拒绝、走开，再告诉信任的大人。',
        en: 'Don’t accept things from strangers, even if they say it’s “free”, “tasty” or “everyone has tried it”. Nice packaging doesn’t mean it’s safe. Say no, walk away, then tell a trusted adult.',
      },
      topics: ['disguised_drugs', 'refusal_skills'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
      group: 'milk-tea-offer',
    },
  },
  {
    key: 'disguised-006',
    content: {
      type: 'single',
      stem: {
        zh: '很多新精神活性物质（常被叫作“策划药”“实验室毒品”）是怎么做出来的？',
        en: 'How are many new psychoactive substances (often called “designer drugs” or “lab drugs”) made?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '改动已有毒品的化学结构，做出效果相似、暂未列管的东西',
            en: 'By changing the chemical structure of existing drugs to get similar effects while not yet controlled',
          },
          correct: true,
        },
        {
          id: 'b',
          text: { zh: '由正规药厂按照国家标准生产出来的新药', en: 'As new medicines made by licensed drug factories to national standards' },
          correct: false,
        },
        {
          id: 'c',
          text: { zh: '由医院研制，专门用来帮助病人戒毒的新药', en: 'As new medicines developed by hospitals to help patients quit drugs' },
          correct: false,
        },
        {
          id: 'd',
          text: { zh: '在已有毒品里加入糖和香精，只是换了个味道', en: 'By adding sugar and flavouring to existing drugs, which only changes the taste' },
          correct: false,
        },
      ],
      explanation: {
        zh: '很多新精神活性物质是人工合成的：不法分子改动已有毒品的化学结构，想做出效果相似、暂时不在管制名单上的“新东西”，以逃避打击。国际上也有一些新精神活性物质来自植物。不管怎么来的，“还没列入管制”都不等于安全。',
        en: 'Many new psychoactive substances are man-made: criminals change the chemical structure of existing drugs to create something with a similar effect that isn’t yet on the control lists, so as to escape the law. Internationally, some new psychoactive substances also come from plants. However they are made, “not yet controlled” never means safe.',
      },
      topics: ['disguised_drugs', 'drug_basics'],
      gradeBands: ['junior'],
      difficulty: 2,
    },
  },
  {
    key: 'disguised-007',
    content: {
      type: 'multiple',
      stem: { zh: '新精神活性物质有哪些特点？', en: 'What are the typical features of new psychoactive substances?' },
      options: [
        {
          id: 'a',
          text: { zh: '种类多、变化快，成分常常说不清', en: 'There are many kinds, they change quickly, and often nobody knows exactly what is in them' },
          correct: true,
        },
        {
          id: 'b',
          text: { zh: '作用往往和传统毒品相似，甚至更强', en: 'Their effects are often similar to, or even stronger than, traditional drugs' },
          correct: true,
        },
        { id: 'c', text: { zh: '常被包装成看起来无害的日常商品', en: 'They are often packaged to look like harmless everyday products' }, correct: true },
        {
          id: 'd',
          text: { zh: '作用比传统毒品弱得多，所以比较安全', en: 'Their effects are much weaker than traditional drugs, so they are fairly safe' },
          correct: false,
        },
        {
          id: 'e',
          text: { zh: '只要还没被列入管制名单，就可以放心使用', en: 'As long as they are not on a control list yet, they are safe to use' },
          correct: false,
        },
      ],
      explanation: {
        zh: '新精神活性物质种类多、变化快，成分常常说不清；作用往往和传统毒品相似，甚至更强；还常被包装成看起来无害的日常商品。还没被列入管制名单，不等于安全。',
        en: 'New psychoactive substances come in many kinds and change quickly, and often nobody knows what is in them; their effects are often similar to or stronger than traditional drugs; and they are often packaged as harmless-looking everyday products. Not yet being on a control list never means safe.',
      },
      topics: ['disguised_drugs', 'health_harm'],
      gradeBands: ['junior'],
      difficulty: 2,
    },
  },
  {
    key: 'disguised-008',
    content: {
      type: 'single',
      stem: {
        zh: '我国对芬太尼类物质、合成大麻素类物质实行“整类列管”。这是什么意思？',
        en: 'China controls fentanyl-class substances and synthetic cannabinoids “as a whole class”. What does that mean?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '只要化学结构符合规定的类型，就属于管制对象，不必一种一种地列入名单',
            en: 'Anything whose chemical structure fits the defined type is controlled, without listing substances one at a time',
          },
          correct: true,
        },
        { id: 'b', text: { zh: '只管制其中最有名的一种', en: 'Only the best-known substance in the class is controlled' }, correct: false },
        {
          id: 'c',
          text: { zh: '只在医院里管制，在其他地方可以随意买卖', en: 'They are controlled only in hospitals and can be traded freely elsewhere' },
          correct: false,
        },
        { id: 'd', text: { zh: '只管制进口的，不管制国内生产的', en: 'Only imported substances are controlled, not those made in China' }, correct: false },
      ],
      explanation: {
        zh: '为了应对“换个结构就换个名字”的做法，整类列管规定：只要化学结构符合规定的类型，就属于管制对象，而不是一种一种地列入名单。',
        en: 'To deal with the “new structure, new name” tactic, class-wide control means that anything whose chemical structure fits the defined type is controlled, instead of substances being listed one at a time.',
      },
      topics: ['disguised_drugs', 'law'],
      gradeBands: ['junior'],
      difficulty: 3,
    },
  },
  {
    key: 'disguised-009',
    content: {
      type: 'single',
      stem: { zh: '芬太尼类物质从哪一天起被整类列入管制？', en: 'From what date have fentanyl-class substances been controlled as a whole class?' },
      options: [
        { id: 'a', text: { zh: '2019年5月1日', en: '1 May 2019' }, correct: true },
        { id: 'b', text: { zh: '2021年7月1日', en: '1 July 2021' }, correct: false },
        { id: 'c', text: { zh: '2023年10月1日', en: '1 October 2023' }, correct: false },
        { id: 'd', text: { zh: '2026年1月1日', en: '1 January 2026' }, correct: false },
      ],
      explanation: {
        zh: '自2019年5月1日起，芬太尼类物质被整类列入《非药用类麻醉药品和精神药品管制品种增补目录》。2021年7月1日是合成大麻素类物质被整类列管的日期，2023年10月1日起依托咪酯被列入第二类精神药品目录。',
        en: 'From 1 May 2019, fentanyl-class substances were added as a whole class to the Supplementary List of Controlled Non-Medical Narcotic Drugs and Psychotropic Substances. 1 July 2021 is when synthetic cannabinoids were added as a class, and from 1 October 2023 etomidate has been a Category II psychotropic substance.',
      },
      topics: ['disguised_drugs', 'law'],
      gradeBands: ['junior'],
      difficulty: 2,
      group: 'control-dates',
    },
  },
  {
    key: 'disguised-010',
    content: {
      type: 'single',
      stem: { zh: '合成大麻素类物质从哪一天起被整类列入管制？', en: 'From what date have synthetic cannabinoids been controlled as a whole class?' },
      options: [
        { id: 'a', text: { zh: '2021年7月1日', en: '1 July 2021' }, correct: true },
        { id: 'b', text: { zh: '2019年5月1日', en: '1 May 2019' }, correct: false },
        { id: 'c', text: { zh: '2023年10月1日', en: '1 October 2023' }, correct: false },
        { id: 'd', text: { zh: '1987年6月26日', en: '26 June 1987' }, correct: false },
      ],
      explanation: {
        zh: '自2021年7月1日起，合成大麻素类物质被整类列入《非药用类麻醉药品和精神药品管制品种增补目录》。“上头电子烟”里就可能混有这类物质。',
        en: 'From 1 July 2021, synthetic cannabinoids were added as a whole class to the Supplementary List of Controlled Non-Medical Narcotic Drugs and Psychotropic Substances. Spiked vapes may contain them.',
      },
      topics: ['disguised_drugs', 'law'],
      gradeBands: ['junior'],
      difficulty: 2,
      group: 'control-dates',
    },
  },
  {
    key: 'disguised-011',
    content: {
      type: 'true_false',
      stem: {
        zh: '自2023年10月1日起，依托咪酯被列入第二类精神药品目录进行管制。',
        en: 'Since 1 October 2023, etomidate has been controlled as a Category II psychotropic substance.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '自2023年10月1日起，依托咪酯被列入第二类精神药品目录进行管制（在我国境内批准上市的含依托咪酯的药品制剂除外）。非法吸食、贩卖依托咪酯会按涉毒违法犯罪处理。',
        en: 'Since 1 October 2023, etomidate has been controlled as a Category II psychotropic substance (except medicinal preparations containing it that are approved for marketing in China). Illegally using or selling it is treated as a drug offence.',
      },
      topics: ['disguised_drugs', 'law'],
      gradeBands: ['junior'],
      difficulty: 2,
      group: 'control-dates',
    },
  },
  {
    key: 'disguised-012',
    content: {
      type: 'true_false',
      stem: {
        zh: '“上头电子烟”和普通电子烟的外表几乎一样，看外表、闻味道都分辨不出来。',
        en: 'Spiked vapes look almost exactly like ordinary e-cigarettes, and you can’t tell them apart by looking or smelling.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '“上头电子烟”的外表和普通电子烟几乎一样，里面是什么、有多少都不确定。最简单的做法是不碰任何电子烟。',
        en: 'Spiked vapes look almost exactly like ordinary e-cigarettes, and nobody can be sure what is inside or how much. The simplest rule is not to touch any e-cigarette.',
      },
      topics: ['disguised_drugs'],
      gradeBands: ['junior', 'senior'],
      difficulty: 1,
    },
  },
  {
    key: 'disguised-013',
    content: {
      type: 'true_false',
      stem: {
        zh: '吸食含有管制物质的电子烟就是吸毒，贩卖这类产品就是贩毒。',
        en: 'Vaping a product that contains a controlled substance is drug use, and selling such products is drug trafficking.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '被列入管制的物质在法律上就是毒品。吸食含有管制物质的电子烟就是吸毒，是违法行为；贩卖这类产品就是贩毒，是犯罪。',
        en: 'Controlled substances are drugs in law. Vaping a product that contains one is drug use, which is an offence; selling such products is drug trafficking, which is a crime.',
      },
      topics: ['disguised_drugs', 'law'],
      gradeBands: ['junior', 'senior'],
      difficulty: 2,
    },
  },
  {
    key: 'disguised-014',
    content: {
      type: 'multiple',
      stem: {
        zh: '网上有人推销电子烟。下面哪些说法是它可能是“上头电子烟”的危险信号？',
        en: 'Someone online is selling vapes. Which of these phrases are warning signs that they may be spiked vapes?',
      },
      options: [
        { id: 'a', text: { zh: '“解压”', en: '“Stress relief”' }, correct: true },
        { id: 'b', text: { zh: '“助眠”', en: '“Helps you sleep”' }, correct: true },
        { id: 'c', text: { zh: '“上头”“飘”', en: '“Gives you a buzz”, “makes you float”' }, correct: true },
        { id: 'd', text: { zh: '“七天无理由退货”', en: '“7-day no-questions returns”' }, correct: false },
        { id: 'e', text: { zh: '“每支都有独立包装”', en: '“Each one individually wrapped”' }, correct: false },
      ],
      explanation: {
        zh: '“上头电子烟”常用“解压”“助眠”“上头”“飘”这类词来吸引年轻人，承诺的是一种效果。退货、包装这类说法普通商品也会用，说明不了什么。听到承诺这些效果的说法，要提高警惕，坚决拒绝。',
        en: 'Spiked vapes are often promoted with words like “stress relief”, “helps you sleep”, “gives you a buzz” or “makes you float”: they promise an effect. Phrases about returns or wrapping are used for ordinary goods too and tell you nothing. If you hear a product promising such effects, be on your guard and refuse firmly.',
      },
      topics: ['disguised_drugs'],
      gradeBands: ['junior'],
      difficulty: 1,
    },
  },
  {
    key: 'disguised-015',
    content: {
      type: 'multiple',
      stem: { zh: '吸食“上头电子烟”可能出现哪些危险反应？', en: 'What dangerous reactions can using a spiked vape cause?' },
      options: [
        { id: 'a', text: { zh: '头晕、站立不稳', en: 'Dizziness and being unable to stand steadily' }, correct: true },
        { id: 'b', text: { zh: '意识模糊、抽搐', en: 'Confusion and seizures' }, correct: true },
        { id: 'c', text: { zh: '呼吸抑制', en: 'Suppressed breathing' }, correct: true },
        { id: 'd', text: { zh: '成瘾', en: 'Addiction' }, correct: true },
        { id: 'e', text: { zh: '注意力更集中，学习效率更高', en: 'Better concentration and more efficient studying' }, correct: false },
        { id: 'f', text: { zh: '让人放松、睡得更好', en: 'Relaxation and better sleep' }, correct: false },
      ],
      explanation: {
        zh: '吸食后可能出现头晕、站立不稳、意识模糊、抽搐、呼吸抑制等危险反应，也会让人成瘾。“提神”“助眠”是推销的说法，不是真实的作用。',
        en: 'Using them can cause dangerous reactions such as dizziness, being unable to stand steadily, confusion, seizures and suppressed breathing, and they are addictive. “Staying sharp” and “sleeping better” are sales pitches, not what they really do.',
      },
      topics: ['disguised_drugs', 'health_harm'],
      gradeBands: ['junior'],
      difficulty: 2,
    },
  },
  {
    key: 'disguised-016',
    content: {
      type: 'single',
      stem: {
        zh: '有些不法分子会把哪些管制物质混进电子烟油或烟弹，做成“上头电子烟”？',
        en: 'Which controlled substances do some criminals mix into e-liquid or pods to make spiked vapes?',
      },
      options: [
        { id: 'a', text: { zh: '合成大麻素类、依托咪酯', en: 'Synthetic cannabinoids or etomidate' }, correct: true },
        { id: 'b', text: { zh: '尼古丁和各种水果香精', en: 'Nicotine and fruit flavourings' }, correct: false },
        { id: 'c', text: { zh: '丙二醇、植物甘油和薄荷醇', en: 'Propylene glycol, glycerine and menthol' }, correct: false },
        { id: 'd', text: { zh: '维生素和天然草本精华', en: 'Vitamins and natural herbal extracts' }, correct: false },
      ],
      explanation: {
        zh: '“上头电子烟”常混有合成大麻素类物质或依托咪酯等管制物质，它们都属于法律上的毒品。尼古丁、香精、丙二醇、甘油是普通电子烟油的成分，不是管制物质，但电子烟同样危害青少年健康。',
        en: 'Spiked vapes often contain controlled substances such as synthetic cannabinoids or etomidate, which are drugs in law. Nicotine, flavourings, propylene glycol and glycerine are ingredients of ordinary e-liquid and are not controlled, but e-cigarettes still harm young people’s health.',
      },
      topics: ['disguised_drugs'],
      gradeBands: ['junior'],
      difficulty: 1,
    },
  },
  {
    key: 'disguised-017',
    content: {
      type: 'true_false',
      stem: {
        zh: '电子烟本身含有尼古丁，同样危害青少年健康，国家规定不得向未成年人销售电子烟。',
        en: 'E-cigarettes themselves contain nicotine, which also harms young people’s health, and the rules say e-cigarettes must not be sold to minors.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '即使不含管制物质，电子烟里的尼古丁也会危害青少年健康。国家规定不得向未成年人销售电子烟。',
        en: 'Even without any controlled substance, the nicotine in e-cigarettes harms young people’s health, and the rules say e-cigarettes must not be sold to minors.',
      },
      topics: ['disguised_drugs', 'health_harm', 'law'],
      gradeBands: ['junior'],
      difficulty: 1,
    },
  },
  {
    key: 'disguised-018',
    content: {
      type: 'multiple',
      stem: { zh: '下面哪些是提醒你东西里可能藏着毒品的危险信号？', en: 'Which of these are warning signs that something might contain drugs?' },
      options: [
        {
          id: 'a',
          text: {
            zh: '来路不明，或者只能通过私聊、暗语购买',
            en: 'It comes from an unknown source, or can only be bought through private chats or code words',
          },
          correct: true,
        },
        {
          id: 'b',
          text: {
            zh: '被说成能“提神”“减肥”“解压”“让人很嗨”',
            en: 'It is said to “keep you awake”, “help you lose weight”, “relieve stress” or “get you high”',
          },
          correct: true,
        },
        { id: 'c', text: { zh: '对方强调“别告诉别人”“第一次免费”', en: 'The person insists “don’t tell anyone” or “the first one is free”' }, correct: true },
        {
          id: 'd',
          text: { zh: '药是医生开的，由家长按照说明给你', en: 'The medicine was prescribed by a doctor and your parents give it to you as instructed' },
          correct: false,
        },
        { id: 'e', text: { zh: '是同学在超市买的、还没拆封的零食', en: 'It is an unopened snack a classmate bought at the supermarket' }, correct: false },
      ],
      explanation: {
        zh: '识别的关键不在外表，而在于来源和说法：来路不明、只能私下购买、被说成能“提神”“解压”“让人很嗨”、强调“别告诉别人”“第一次免费”，都是危险信号。',
        en: 'The key is not how something looks but where it came from and how it is described: an unknown source, buying only in private, claims that it will “keep you awake”, “relieve stress” or “get you high”, and “don’t tell anyone” or “the first one is free” are all warning signs.',
      },
      topics: ['disguised_drugs'],
      gradeBands: ['junior'],
      difficulty: 2,
    },
  },
  {
    key: 'disguised-019',
    content: {
      type: 'true_false',
      stem: { zh: '只要包装看起来很正规，这样的电子烟就是安全的。', en: 'If its packaging looks official, an e-cigarette is safe.' },
      options: trueFalse(false),
      explanation: {
        zh: '包装可以仿冒，精美的包装正是常见的伪装手段。判断的关键是来源和说法，而不是外表。',
        en: 'Packaging can be faked, and attractive packaging is a common disguise. What matters is where it came from and how it is described, not how it looks.',
      },
      topics: ['disguised_drugs'],
      gradeBands: ['junior'],
      difficulty: 1,
    },
  },
  {
    key: 'disguised-020',
    content: {
      type: 'single',
      stem: { zh: '识别可能伪装的毒品，关键要看什么？', en: 'What is the key to recognising drugs in disguise?' },
      options: [
        { id: 'a', text: { zh: '东西的来源，以及别人怎么介绍它', en: 'Where it came from and how it is described' }, correct: true },
        { id: 'b', text: { zh: '颜色是不是鲜艳', en: 'Whether its colours are bright' }, correct: false },
        { id: 'c', text: { zh: '味道是不是甜', en: 'Whether it tastes sweet' }, correct: false },
        { id: 'd', text: { zh: '包装上有没有生产日期和厂家信息', en: 'Whether the packaging shows a date and a maker’s name' }, correct: false },
      ],
      explanation: {
        zh: '从外表、颜色、味道都看不出来，包装上的日期和厂家信息也可以伪造。识别的关键在于来源和说法：来路不明、只能私下购买、被夸成能“解压”“让人很嗨”的东西，都要提高警惕。',
        en: 'Looks, colour and taste tell you nothing, and dates or maker’s details on a package can be faked. The key is where it came from and how it is described: be on your guard with anything of unknown origin, sold only in private, or praised for “relieving stress” or “getting you high”.',
      },
      topics: ['disguised_drugs'],
      gradeBands: ['junior'],
      difficulty: 2,
    },
  },
  {
    key: 'disguised-021',
    content: {
      type: 'true_false',
      stem: {
        zh: '依托咪酯在医院里用于麻醉，所以私下吸食依托咪酯不算违法。',
        en: 'Etomidate is used in hospitals for anaesthesia, so using it privately is not against the law.',
      },
      options: trueFalse(false),
      explanation: {
        zh: '依托咪酯在医院里用于麻醉，但自2023年10月1日起已被列入第二类精神药品目录。离开合法的医疗用途，非法吸食、贩卖依托咪酯都会按涉毒违法犯罪处理。',
        en: 'Etomidate is used in hospitals for anaesthesia, but since 1 October 2023 it has been a controlled Category II psychotropic substance. Outside lawful medical use, illegally using or selling it is treated as a drug offence.',
      },
      topics: ['disguised_drugs', 'law'],
      gradeBands: ['junior'],
      difficulty: 2,
    },
  },
  {
    key: 'disguised-022',
    content: {
      type: 'single',
      stem: {
        zh: '芬太尼类物质和合成大麻素类物质被整类列入了哪个目录？',
        en: 'To which list were fentanyl-class substances and synthetic cannabinoids added as whole classes?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '《非药用类麻醉药品和精神药品管制品种增补目录》',
            en: 'The Supplementary List of Controlled Non-Medical Narcotic Drugs and Psychotropic Substances',
          },
          correct: true,
        },
        { id: 'b', text: { zh: '第二类精神药品目录', en: 'The list of Category II psychotropic substances' }, correct: false },
        {
          id: 'c',
          text: { zh: '《易制毒化学品管理条例》的附表', en: 'The annex to the Regulations on the Administration of Precursor Chemicals' },
          correct: false,
        },
        { id: 'd', text: { zh: '国家基本药物目录', en: 'The National Essential Medicines List' }, correct: false },
      ],
      explanation: {
        zh: '这两类物质分别于2019年5月1日和2021年7月1日被整类列入《非药用类麻醉药品和精神药品管制品种增补目录》。被列入第二类精神药品目录的是依托咪酯。',
        en: 'They were added as whole classes to the Supplementary List of Controlled Non-Medical Narcotic Drugs and Psychotropic Substances, on 1 May 2019 and 1 July 2021 respectively. It is etomidate that was listed as a Category II psychotropic substance.',
      },
      topics: ['disguised_drugs', 'law'],
      gradeBands: ['junior'],
      difficulty: 3,
      group: 'control-dates',
    },
  },
  {
    key: 'disguised-023',
    content: {
      type: 'single',
      stem: {
        zh: '下面哪一项把物质和它被列入管制的日期正确地对应了起来？',
        en: 'Which of these correctly matches each substance with the date it came under control?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '芬太尼类物质：2019年5月1日；合成大麻素类物质：2021年7月1日；依托咪酯：2023年10月1日',
            en: 'Fentanyl-class substances: 1 May 2019; synthetic cannabinoids: 1 July 2021; etomidate: 1 October 2023',
          },
          correct: true,
        },
        {
          id: 'b',
          text: {
            zh: '芬太尼类物质：2021年7月1日；合成大麻素类物质：2019年5月1日；依托咪酯：2023年10月1日',
            en: 'Fentanyl-class substances: 1 July 2021; synthetic cannabinoids: 1 May 2019; etomidate: 1 October 2023',
          },
          correct: false,
        },
        {
          id: 'c',
          text: {
            zh: '芬太尼类物质：2019年5月1日；合成大麻素类物质：2023年10月1日；依托咪酯：2021年7月1日',
            en: 'Fentanyl-class substances: 1 May 2019; synthetic cannabinoids: 1 October 2023; etomidate: 1 July 2021',
          },
          correct: false,
        },
        {
          id: 'd',
          text: {
            zh: '芬太尼类物质：2023年10月1日；合成大麻素类物质：2021年7月1日；依托咪酯：2019年5月1日',
            en: 'Fentanyl-class substances: 1 October 2023; synthetic cannabinoids: 1 July 2021; etomidate: 1 May 2019',
          },
          correct: false,
        },
      ],
      explanation: {
        zh: '芬太尼类物质自2019年5月1日起、合成大麻素类物质自2021年7月1日起被整类列入管制；依托咪酯自2023年10月1日起被列入第二类精神药品目录。',
        en: 'Fentanyl-class substances came under class-wide control from 1 May 2019 and synthetic cannabinoids from 1 July 2021; etomidate has been a Category II psychotropic substance since 1 October 2023.',
      },
      topics: ['disguised_drugs', 'law'],
      gradeBands: ['junior'],
      difficulty: 3,
      group: 'control-dates',
    },
  },
  {
    key: 'disguised-024',
    content: {
      type: 'true_false',
      stem: {
        zh: '依托咪酯和芬太尼类物质一样，被整类列入了《非药用类麻醉药品和精神药品管制品种增补目录》。',
        en: 'Like fentanyl-class substances, etomidate was added as a class to the Supplementary List of Controlled Non-Medical Narcotic Drugs and Psychotropic Substances.',
      },
      options: trueFalse(false),
      explanation: {
        zh: '依托咪酯是被列入第二类精神药品目录进行管制的（在我国境内批准上市的含依托咪酯的药品制剂除外）。被整类列入增补目录的是芬太尼类物质和合成大麻素类物质。',
        en: 'Etomidate is controlled as a Category II psychotropic substance (except approved medicinal preparations containing it). It is fentanyl-class substances and synthetic cannabinoids that were added as classes to the Supplementary List.',
      },
      topics: ['disguised_drugs', 'law'],
      gradeBands: ['junior'],
      difficulty: 3,
      group: 'control-dates',
    },
  },
];
