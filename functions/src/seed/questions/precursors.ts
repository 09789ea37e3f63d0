import type { SeedQuestion } from './index.js';
import { trueFalse } from './true-false.js';

/**
 * Precursor chemicals and drug plants, for vocational students. Like the module, the questions
 * never link a chemical to a particular drug and give no cultivation information.
 */
export const precursorsQuestions: SeedQuestion[] = [
  {
    key: 'precursors-001',
    content: {
      type: 'single',
      stem: { zh: '什么是易制毒化学品？', en: 'What are precursor chemicals?' },
      options: [
        {
          id: 'a',
          text: {
            zh: '可以用于制造毒品的化学品，其中很多本身是有正当用途的常用原料和试剂',
            en: 'Chemicals that can be used to make drugs; many are common raw materials and reagents with legitimate uses',
          },
          correct: true,
        },
        { id: 'b', text: { zh: '只在非法工厂里才会出现的化学品', en: 'Chemicals that are only ever found in illegal factories' }, correct: false },
        { id: 'c', text: { zh: '所有有毒的化学品', en: 'All poisonous chemicals' }, correct: false },
        { id: 'd', text: { zh: '已经加工好的毒品成品', en: 'Finished drugs that have already been made' }, correct: false },
      ],
      explanation: {
        zh: '易制毒化学品是指可以用于制造毒品的化学品。其中很多是化工、医药和实验室里的常用原料和试剂，本身有正当用途；但如果流入非法渠道，就可能被用来制毒。',
        en: 'Precursor chemicals are chemicals that can be used to make drugs. Many are common raw materials and reagents in industry, pharmaceuticals and laboratories, with legitimate uses; but if they leak into illegal channels, they can be used to make drugs.',
      },
      topics: ['precursors_plants'],
      gradeBands: ['vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'precursors-002',
    content: {
      type: 'true_false',
      stem: { zh: '易制毒化学品本身都没有任何正当用途。', en: 'Precursor chemicals have no legitimate uses at all.' },
      options: trueFalse(false),
      explanation: {
        zh: '很多易制毒化学品是化工、医药和实验室里的常用原料和试剂，本身有正当用途。管制的目的是防止它们流入非法渠道。',
        en: 'Many precursor chemicals are common raw materials and reagents in industry, pharmaceuticals and laboratories, with legitimate uses. The controls are there to stop them leaking into illegal channels.',
      },
      topics: ['precursors_plants'],
      gradeBands: ['vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'precursors-003',
    content: {
      type: 'single',
      stem: {
        zh: '《易制毒化学品管理条例》把易制毒化学品分为几类？',
        en: 'Into how many categories do the Regulations on the Administration of Precursor Chemicals divide precursor chemicals?',
      },
      options: [
        { id: 'a', text: { zh: '三类', en: 'Three' }, correct: true },
        { id: 'b', text: { zh: '两类', en: 'Two' }, correct: false },
        { id: 'c', text: { zh: '七类', en: 'Seven' }, correct: false },
        { id: 'd', text: { zh: '五类', en: 'Five' }, correct: false },
      ],
      explanation: {
        zh: '易制毒化学品分为三类：第一类是可以用于制毒的主要原料，第二类、第三类是可以用于制毒的化学配剂。具体品种由条例附表列示，并会根据需要调整。',
        en: 'There are three categories: Category 1 covers the main raw materials that can be used to make drugs, and Categories 2 and 3 cover chemical agents that can be used in making drugs. The specific substances are listed in the annex and adjusted when needed.',
      },
      topics: ['precursors_plants', 'law'],
      gradeBands: ['vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'precursors-004',
    content: {
      type: 'single',
      stem: {
        zh: '在《易制毒化学品管理条例》中，第一类易制毒化学品指的是什么？',
        en: 'Under the Regulations on the Administration of Precursor Chemicals, what does Category 1 cover?',
      },
      options: [
        { id: 'a', text: { zh: '可以用于制毒的主要原料', en: 'The main raw materials that can be used to make drugs' }, correct: true },
        { id: 'b', text: { zh: '可以用于制毒的化学配剂', en: 'Chemical agents that can be used in making drugs' }, correct: false },
        { id: 'c', text: { zh: '已经制成的毒品', en: 'Drugs that have already been made' }, correct: false },
        { id: 'd', text: { zh: '不受任何管制的普通化学品', en: 'Ordinary chemicals that are not subject to any control at all' }, correct: false },
      ],
      explanation: {
        zh: '第一类是可以用于制毒的主要原料；第二类、第三类是可以用于制毒的化学配剂。',
        en: 'Category 1 covers the main raw materials that can be used to make drugs; Categories 2 and 3 cover chemical agents that can be used in making drugs.',
      },
      topics: ['precursors_plants', 'law'],
      gradeBands: ['vocational'],
      difficulty: 3,
    },
  },
  {
    key: 'precursors-005',
    content: {
      type: 'multiple',
      stem: {
        zh: '《易制毒化学品管理条例》有哪些规定？',
        en: 'Which of these are provisions of the Regulations on the Administration of Precursor Chemicals?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '国家对易制毒化学品的生产、经营、购买、运输和进口、出口实行分类管理和许可制度',
            en: 'The state applies classified management and licensing to the production, trading, purchase, transport, import and export of precursor chemicals',
          },
          correct: true,
        },
        {
          id: 'b',
          text: {
            zh: '禁止走私或者非法生产、经营、购买、转让、运输易制毒化学品',
            en: 'Smuggling, or illegally producing, trading, buying, transferring or transporting precursor chemicals, is prohibited',
          },
          correct: true,
        },
        { id: 'c', text: { zh: '相关单位应当建立内部管理制度', en: 'Organisations involved must set up internal management systems' }, correct: true },
        {
          id: 'd',
          text: {
            zh: '禁止使用现金或者实物进行易制毒化学品交易（法定例外情形除外）',
            en: 'Trading precursor chemicals for cash or in kind is prohibited (apart from exceptions set out in the rules)',
          },
          correct: true,
        },
        { id: 'e', text: { zh: '只要是小批量交易，就不需要办理任何手续', en: 'Small transactions need no procedures at all' }, correct: false },
      ],
      explanation: {
        zh: '条例规定了分类管理和许可制度，禁止走私和非法生产经营购买转让运输，要求相关单位建立内部管理制度，并禁止现金或实物交易（法定例外除外）。交易量小并不能免除手续。',
        en: 'The Regulations provide for classified management and licensing, prohibit smuggling and illegal production, trading, purchase, transfer and transport, require internal management systems, and prohibit cash or in-kind transactions (with exceptions set out in the rules). A small quantity does not remove the need for the procedures.',
      },
      topics: ['precursors_plants', 'law'],
      gradeBands: ['vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'precursors-006',
    content: {
      type: 'true_false',
      stem: {
        zh: '硫酸、盐酸、丙酮、甲苯等实验室和工厂里常见的化学品，也在易制毒化学品的管制品种之列。',
        en: 'Chemicals common in labs and factories, such as sulfuric acid, hydrochloric acid, acetone and toluene, are among the controlled precursor chemicals.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '硫酸、盐酸、丙酮、甲苯等常见化学品也在管制品种之列。这意味着购买、销售、运输都必须按规定办理手续、如实记录。',
        en: 'Common chemicals such as sulfuric acid, hydrochloric acid, acetone and toluene are controlled. This means buying, selling and transporting them must follow the required procedures and be recorded accurately.',
      },
      topics: ['precursors_plants'],
      gradeBands: ['vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'precursors-007',
    content: {
      type: 'true_false',
      stem: {
        zh: '丙酮、甲苯属于管制品种，意思是在工作中“碰都不能碰”。',
        en: 'Because acetone and toluene are controlled, it means they must never be handled at work at all.',
      },
      options: trueFalse(false),
      explanation: {
        zh: '被列入管制并不是说它们“碰都不能碰”，而是说购买、销售、运输都必须按规定办理手续、如实记录。',
        en: 'Being controlled doesn’t mean they can’t be handled at all; it means buying, selling and transporting them must follow the required procedures and be recorded accurately.',
      },
      topics: ['precursors_plants'],
      gradeBands: ['vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'precursors-008',
    content: {
      type: 'single',
      stem: {
        zh: '根据《刑法》第三百五十条，明知他人制造毒品，还为他生产、买卖、运输制毒原料或配剂的，以什么论处？',
        en: 'Under Article 350 of the Criminal Law, how is someone treated who produces, sells or transports raw materials or agents for a person, knowing that person is making drugs?',
      },
      options: [
        { id: 'a', text: { zh: '以制造毒品罪的共犯论处', en: 'As an accomplice in manufacturing drugs' }, correct: true },
        { id: 'b', text: { zh: '不追究任何责任，因为自己没有制毒', en: 'No liability, because they didn’t make drugs themselves' }, correct: false },
        { id: 'c', text: { zh: '以非法持有毒品罪论处', en: 'As illegal possession of drugs' }, correct: false },
        { id: 'd', text: { zh: '只算违反单位纪律', en: 'Only as a breach of workplace discipline' }, correct: false },
      ],
      explanation: {
        zh: '第三百五十条规定，明知他人制造毒品而为其生产、买卖、运输制毒原料、配剂的，以制造毒品罪的共犯论处。',
        en: 'Article 350 provides that anyone who produces, sells or transports raw materials or agents for someone, knowing that person is making drugs, is treated as an accomplice in manufacturing drugs.',
      },
      topics: ['precursors_plants', 'law'],
      gradeBands: ['vocational'],
      difficulty: 3,
    },
  },
  {
    key: 'precursors-009',
    content: {
      type: 'multiple',
      stem: {
        zh: '在化工贸易岗位上，下面哪些是订单可疑的危险信号？',
        en: 'In a chemical trading job, which of these are warning signs of a suspicious order?',
      },
      options: [
        { id: 'a', text: { zh: '坚持用现金付款', en: 'Insisting on paying cash' }, correct: true },
        { id: 'b', text: { zh: '拒绝提供单位证明和用途说明', en: 'Refusing to provide company documents or explain the intended use' }, correct: true },
        { id: 'c', text: { zh: '要求“别开票、别登记”或者改标签', en: 'Asking to “skip the invoice and the records” or to change labels' }, correct: true },
        {
          id: 'd',
          text: { zh: '收货地址异常，包装和申报品名不符', en: 'An unusual delivery address, or packaging that doesn’t match the declared product' },
          correct: true,
        },
        {
          id: 'e',
          text: { zh: '客户按规定提供了许可或备案手续和完整单据', en: 'The customer provides the required licence or filing documents and complete paperwork' },
          correct: false,
        },
      ],
      explanation: {
        zh: '用途说不清、拒绝提供证明、坚持现金交易、要求改标签或“别登记”、收货地址异常、包装和申报品名不符，都是危险信号。手续齐全、单据一致，正是按规定应当核验的内容。',
        en: 'An unclear purpose, refusal to provide documents, insisting on cash, asking to change labels or skip the records, an unusual delivery address, and packaging that doesn’t match the declared product are all warning signs. Complete, consistent documents are exactly what the rules require you to check for.',
      },
      topics: ['precursors_plants'],
      gradeBands: ['vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'precursors-010',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：你在一家物流公司实习。一位熟人请你帮他把一个包裹“换个包装、改个品名”再寄出，还答应给你好处费。你应该怎么做？',
        en: 'Imagine: you are an intern at a logistics company. An acquaintance asks you to “repackage” a parcel and “change the product name” before sending it, and offers you a fee. What should you do?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '拒绝，严格执行收寄验视和实名登记的要求，并报告主管',
            en: 'Refuse, strictly follow the rules on inspecting items and real-name registration, and report it to your supervisor',
          },
          correct: true,
        },
        { id: 'b', text: { zh: '熟人的东西，帮个忙没关系', en: 'It’s an acquaintance, so helping out is fine' }, correct: false },
        { id: 'c', text: { zh: '收下好处费，只改品名、不换包装', en: 'Take the fee but only change the name, not the packaging' }, correct: false },
        { id: 'd', text: { zh: '自己悄悄打开包裹看看再决定', en: 'Quietly open the parcel yourself and decide after looking' }, correct: false },
      ],
      explanation: {
        zh: '物流岗位要严格执行收寄验视和实名登记的要求，不帮别人“换包装”“改品名”，不私自打开来历不明的包装。遇到可疑情况，立即报告主管，由单位按规定向公安机关报告。',
        en: 'In logistics, strictly follow the rules on inspecting items and real-name registration, never help anyone “repackage” goods or “change the product name”, and don’t open packages of unknown origin yourself. Report anything suspicious to your supervisor at once, so your organisation can report to the police as required.',
      },
      topics: ['precursors_plants', 'refusal_skills'],
      gradeBands: ['vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'precursors-011',
    content: {
      type: 'true_false',
      stem: {
        zh: '遇到需要登记的化学品订单，把它拆成几笔小订单来避开登记，不算违规。',
        en: 'Splitting a chemical order into several small orders to avoid the records is not against the rules.',
      },
      options: trueFalse(false),
      explanation: {
        zh: '故意拆单规避监管是违规行为，甚至可能让你卷入犯罪。不要为了“帮个忙”“多赚点”而绕开规定。',
        en: 'Deliberately splitting orders to avoid controls breaks the rules and could even drag you into a crime. Never bypass the rules to “do someone a favour” or “make a bit extra”.',
      },
      topics: ['precursors_plants', 'law'],
      gradeBands: ['vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'precursors-012',
    content: {
      type: 'single',
      stem: { zh: '下面哪一组是主要的毒品原植物？', en: 'Which of these groups are the main drug plants?' },
      options: [
        { id: 'a', text: { zh: '罂粟、大麻、古柯', en: 'Opium poppy, cannabis and coca' }, correct: true },
        { id: 'b', text: { zh: '罂粟、虞美人、大麻', en: 'Opium poppy, corn poppy and cannabis' }, correct: false },
        { id: 'c', text: { zh: '大麻、烟草、咖啡树', en: 'Cannabis, tobacco and coffee' }, correct: false },
        { id: 'd', text: { zh: '古柯、茶树、罂粟', en: 'Coca, tea and opium poppy' }, correct: false },
      ],
      explanation: {
        zh: '毒品原植物是指可以用来提炼、加工毒品的植物，主要有罂粟、大麻、古柯等。虞美人和罂粟同属罂粟属、外形相似，但虞美人是合法的观赏花；烟草、咖啡、茶不属于毒品原植物。',
        en: 'Drug plants are plants that can be used to extract or process drugs, mainly opium poppy, cannabis and coca. The corn poppy belongs to the same genus as the opium poppy and looks similar, but it is a legal garden flower; tobacco, coffee and tea are not drug plants.',
      },
      topics: ['precursors_plants', 'drug_basics'],
      gradeBands: ['vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'precursors-013',
    content: {
      type: 'true_false',
      stem: { zh: '只种几棵罂粟当观赏花，不算违法。', en: 'Growing a few opium poppies as garden flowers is not against the law.' },
      options: trueFalse(false),
      explanation: {
        zh: '无论出于什么目的，私自种植罂粟都是违法的，《禁毒法》第十九条禁止非法种植。数量少、不构成犯罪的，也要受到治安管理处罚，而且一律强制铲除。',
        en: 'Growing opium poppy privately is illegal whatever the purpose: Article 19 of the Anti-Drug Law prohibits illegal cultivation. Even small numbers that are not a crime are punished under public security law, and the plants are always compulsorily eradicated.',
      },
      topics: ['precursors_plants', 'law'],
      gradeBands: ['vocational'],
      difficulty: 1,
      group: 'poppy-cultivation',
    },
  },
  {
    key: 'precursors-014',
    content: {
      type: 'true_false',
      stem: { zh: '往食品里添加罂粟壳做调料是违法的。', en: 'Adding poppy pods to food as seasoning is illegal.' },
      options: trueFalse(true),
      explanation: {
        zh: '“罂粟壳能治病、能做调料”是常见的误解。往食品里添加罂粟壳是违法的。',
        en: '“Poppy pods cure illness or make good seasoning” is a common misconception. Adding poppy pods to food is illegal.',
      },
      topics: ['precursors_plants', 'law'],
      gradeBands: ['vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'precursors-015',
    content: {
      type: 'single',
      stem: {
        zh: '根据《刑法》第三百五十一条，非法种植罂粟达到多少株以上，就构成非法种植毒品原植物罪？',
        en: 'Under Article 351 of the Criminal Law, growing at least how many opium poppy plants illegally is the crime of illegal cultivation of drug plants?',
      },
      options: [
        { id: 'a', text: { zh: '五百株', en: '500' }, correct: true },
        { id: 'b', text: { zh: '五株', en: '5' }, correct: false },
        { id: 'c', text: { zh: '五十株', en: '50' }, correct: false },
        { id: 'd', text: { zh: '五千株', en: '5,000' }, correct: false },
      ],
      explanation: {
        zh: '种植罂粟五百株以上，或者其他毒品原植物数量较大的，构成犯罪；经公安机关处理后又种植，或者抗拒铲除的，也构成犯罪。不到这个数量同样违法，要受到治安管理处罚，并且一律强制铲除。',
        en: 'Growing 500 or more opium poppy plants, or a relatively large number of other drug plants, is a crime; so is growing them again after being dealt with by the police, or resisting eradication. Fewer plants are still illegal: they are punished under public security law and always compulsorily eradicated.',
      },
      topics: ['precursors_plants', 'law'],
      gradeBands: ['vocational'],
      difficulty: 3,
      group: 'poppy-cultivation',
    },
  },
  {
    key: 'precursors-016',
    content: {
      type: 'true_false',
      stem: {
        zh: '非法种植的罂粟、大麻等毒品原植物，一律强制铲除。',
        en: 'Opium poppy, cannabis and other drug plants grown illegally are all compulsorily eradicated.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '《刑法》第三百五十一条规定，非法种植罂粟、大麻等毒品原植物的，一律强制铲除。',
        en: 'Article 351 of the Criminal Law provides that opium poppy, cannabis and other drug plants grown illegally are all compulsorily eradicated.',
      },
      topics: ['precursors_plants', 'law'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'precursors-017',
    content: {
      type: 'true_false',
      stem: {
        zh: '非法种植毒品原植物的人，在收获前自动铲除的，可以免除处罚。',
        en: 'Someone who illegally grows drug plants but uproots them of their own accord before harvest may be exempted from punishment.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '《刑法》第三百五十一条规定，非法种植毒品原植物，在收获前自动铲除的，可以免除处罚。',
        en: 'Article 351 of the Criminal Law provides that someone who uproots illegally grown drug plants of their own accord before harvest may be exempted from punishment.',
      },
      topics: ['precursors_plants', 'law'],
      gradeBands: ['vocational'],
      difficulty: 3,
    },
  },
  {
    key: 'precursors-018',
    content: {
      type: 'multiple',
      stem: {
        zh: '在田间或配送途中发现疑似毒品原植物时，下面哪些做法是正确的？',
        en: 'If you find what look like drug plants in a field or on a delivery route, which of these are the right things to do?',
      },
      options: [
        { id: 'a', text: { zh: '不触碰、不采摘，不自行处理', en: 'Don’t touch or pick them, and don’t deal with them yourself' }, correct: true },
        {
          id: 'b',
          text: {
            zh: '记下大致位置，报告主管或当地村民委员会、居民委员会',
            en: 'Note the approximate location and tell your supervisor or the local village or residents’ committee',
          },
          correct: true,
        },
        { id: 'c', text: { zh: '向公安机关报告，遇到紧急情况拨打110', en: 'Report it to the police, and call 110 in an emergency' }, correct: true },
        { id: 'd', text: { zh: '拍照发到网上，让大家来辨认', en: 'Post photos online so people can identify them' }, correct: false },
        { id: 'e', text: { zh: '采一些带回去研究', en: 'Pick some to take back and study' }, correct: false },
      ],
      explanation: {
        zh: '发现疑似毒品原植物：不触碰、不采摘，不自行处理，也不要把照片随意发到网上；记下大致位置，报告主管或当地村民委员会、居民委员会，并向公安机关报告。',
        en: 'If you find what look like drug plants, don’t touch or pick them, don’t deal with them yourself, and don’t casually post photos online; note the location, tell your supervisor or the local village or residents’ committee, and report to the police.',
      },
      topics: ['precursors_plants', 'help_support'],
      gradeBands: ['vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'precursors-019',
    content: {
      type: 'multiple',
      stem: { zh: '《禁毒法》第十九条禁止下面哪些行为？', en: 'Which of these does Article 19 of the Anti-Drug Law prohibit?' },
      options: [
        { id: 'a', text: { zh: '非法种植罂粟、古柯植物、大麻植物', en: 'Illegally growing opium poppy, coca or cannabis plants' }, correct: true },
        {
          id: 'b',
          text: {
            zh: '非法买卖、运输、携带、持有未经灭活的毒品原植物种子或者幼苗',
            en: 'Illegally buying, selling, transporting, carrying or possessing seeds or seedlings of drug plants that have not been inactivated',
          },
          correct: true,
        },
        {
          id: 'c',
          text: {
            zh: '经国家依法批准的单位在严格监管下为医疗、科研种植',
            en: 'Cultivation by organisations approved by the state, under strict supervision, for medicine and research',
          },
          correct: false,
        },
        { id: 'd', text: { zh: '农民种植枸杞、小麦等普通作物', en: 'Farmers growing ordinary crops such as goji or wheat' }, correct: false },
      ],
      explanation: {
        zh: '第十九条禁止非法种植罂粟、古柯植物、大麻植物等毒品原植物，禁止走私或者非法买卖、运输、携带、持有未经灭活的毒品原植物种子或者幼苗。经国家依法批准的单位可以在严格监管下为医疗、科研等用途种植。',
        en: 'Article 19 prohibits illegally growing opium poppy, coca, cannabis and other drug plants, and smuggling or illegally buying, selling, transporting, carrying or possessing seeds or seedlings that have not been inactivated. Organisations approved by the state may grow such plants under strict supervision for purposes such as medicine and research.',
      },
      topics: ['precursors_plants', 'law'],
      gradeBands: ['vocational'],
      difficulty: 3,
    },
  },
  {
    key: 'precursors-020',
    content: {
      type: 'true_false',
      stem: {
        zh: '个人出于治病等目的，可以自己种几棵罂粟。',
        en: 'An individual may grow a few opium poppies for a purpose such as treating illness.',
      },
      options: trueFalse(false),
      explanation: {
        zh: '只有经国家依法批准的单位，才可以在严格监管下为医疗、科研等用途种植；个人和未经批准的单位一律不得种植。生病应当到正规医疗机构就医。',
        en: 'Only organisations approved by the state may grow such plants, under strict supervision, for purposes such as medicine and research; individuals and unapproved organisations may not grow them at all. People who are ill should see a doctor at a proper medical facility.',
      },
      topics: ['precursors_plants', 'law'],
      gradeBands: ['vocational'],
      difficulty: 2,
      group: 'poppy-cultivation',
    },
  },
  {
    key: 'precursors-021',
    content: {
      type: 'true_false',
      stem: {
        zh: '国家鼓励向公安机关等有关部门举报涉及易制毒化学品的违法行为，接到举报的部门应当为举报人保密。',
        en: 'The state encourages people to report illegal activity involving precursor chemicals to the police and other relevant authorities, and those authorities must keep the informant’s identity confidential.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '国家鼓励举报涉及易制毒化学品的违法行为，接到举报的部门应当为举报人保密。在单位里，可以先报告主管，由单位按规定向公安机关报告。',
        en: 'The state encourages reports of illegal activity involving precursor chemicals, and the authorities receiving them must keep the informant’s identity confidential. At work, you can report to your supervisor so your organisation reports to the police as required.',
      },
      topics: ['precursors_plants', 'help_support'],
      gradeBands: ['vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'precursors-022',
    content: {
      type: 'multiple',
      stem: {
        zh: '在化工、医药或实验室岗位上，下面哪些是合规的职业习惯？',
        en: 'In chemistry, pharmaceutical or lab jobs, which of these are good compliance habits?',
      },
      options: [
        {
          id: 'a',
          text: { zh: '熟悉本单位易制毒化学品的品种清单和管理制度', en: 'Knowing your workplace’s list of precursor chemicals and its rules' },
          correct: true,
        },
        {
          id: 'b',
          text: { zh: '领用、使用、归还都要登记，数量要对得上', en: 'Recording every withdrawal, use and return so the quantities match' },
          correct: true,
        },
        { id: 'c', text: { zh: '发现账物不符，及时报告', en: 'Reporting promptly any gap between the records and the stock' }, correct: true },
        { id: 'd', text: { zh: '用量很少的时候，可以不登记', en: 'Skipping the records when only a small amount is used' }, correct: false },
        {
          id: 'e',
          text: { zh: '同事急用时，私下借给他带回家', en: 'Quietly lending some to a colleague to take home when they need it urgently' },
          correct: false,
        },
      ],
      explanation: {
        zh: '熟悉品种清单和管理制度，领用、使用、归还都登记，数量对得上，发现账物不符及时报告。合规是保护自己、保护同事、保护社会的职业习惯。',
        en: 'Know the list and the rules, record every withdrawal, use and return so the quantities match, and report any gap promptly. Compliance is a professional habit that protects you, your colleagues and society.',
      },
      topics: ['precursors_plants'],
      gradeBands: ['vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'precursors-023',
    content: {
      type: 'single',
      stem: { zh: '在农业、园林岗位上，下面哪种做法符合合规要求？', en: 'In agriculture or horticulture jobs, which of these follows the compliance rules?' },
      options: [
        {
          id: 'a',
          text: {
            zh: '不从来历不明的渠道购买种子，发现可疑植物及时报告',
            en: 'Not buying seeds from unknown sources, and reporting suspicious plants promptly',
          },
          correct: true,
        },
        { id: 'b', text: { zh: '网上有人低价卖“特殊花种”，买来试种', en: 'Buying cheap “special flower seeds” online to try growing them' }, correct: false },
        { id: 'c', text: { zh: '发现可疑植物，先自己挖回去', en: 'Digging up suspicious plants and taking them away yourself' }, correct: false },
        { id: 'd', text: { zh: '看到可疑植物，装作没看见', en: 'Pretending not to have seen suspicious plants' }, correct: false },
      ],
      explanation: {
        zh: '农业、园林方向要认识本地常见的作物和观赏植物，不从来历不明的渠道购买种子；发现可疑植物不触碰、不自行处理，及时报告。',
        en: 'In agriculture and horticulture, know the common local crops and ornamental plants and don’t buy seeds from unknown sources; if you see suspicious plants, don’t touch or deal with them yourself, and report them promptly.',
      },
      topics: ['precursors_plants'],
      gradeBands: ['vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'precursors-024',
    content: {
      type: 'single',
      stem: {
        zh: '根据《刑法》第三百五十条，违反国家规定，非法买卖、运输醋酸酐、乙醚、三氯甲烷等制毒原料或配剂，在什么情况下构成犯罪？',
        en: 'Under Article 350 of the Criminal Law, when is illegally trading or transporting acetic anhydride, ether, chloroform or other raw materials or agents for making drugs, in violation of state regulations, a crime?',
      },
      options: [
        { id: 'a', text: { zh: '情节较重的', en: 'Where the circumstances are relatively serious' }, correct: true },
        { id: 'b', text: { zh: '无论情节轻重，都不构成犯罪', en: 'Never, however serious the circumstances' }, correct: false },
        { id: 'c', text: { zh: '只有自己也参与制造毒品时', en: 'Only if you also take part in making the drugs' }, correct: false },
        {
          id: 'd',
          text: { zh: '只有交易额超过一定金额并且已经出境时', en: 'Only above a certain value, and only once it has left the country' },
          correct: false,
        },
      ],
      explanation: {
        zh: '第三百五十条规定，违反国家规定，非法生产、买卖、运输这些制毒原料、配剂，或者携带它们进出境，情节较重的，构成犯罪。不构成犯罪的违规行为，也要依照《易制毒化学品管理条例》等规定承担罚款等法律责任。',
        en: 'Article 350 makes it a crime, where the circumstances are relatively serious, to illegally produce, trade or transport such raw materials or agents in violation of state regulations, or to carry them across the border. Violations that are not crimes still carry liability, such as fines, under the Regulations and other rules.',
      },
      topics: ['precursors_plants', 'law'],
      gradeBands: ['vocational'],
      difficulty: 3,
    },
  },
  {
    key: 'precursors-025',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：你在一家化工贸易公司实习，一位新客户要买一批管制化学品，坚持付现金，不肯说明用途，还要求“别登记”。你应该怎么做？',
        en: 'Imagine: as an intern at a chemical trading company, a new customer wants a batch of a controlled chemical, insists on cash, won’t say what it is for and asks you to “skip the records”. What should you do?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '不办理这笔交易，保留相关信息，立即报告主管，由公司按规定向公安机关报告',
            en: 'Don’t process the order, keep the details, report to your supervisor at once, and let the company report it to the police as required',
          },
          correct: true,
        },
        { id: 'b', text: { zh: '客户出价高，先把货卖了再说', en: 'The price is good, so make the sale and sort it out later' }, correct: false },
        { id: 'c', text: { zh: '私下建议客户去别家买', en: 'Quietly suggest the customer buys elsewhere' }, correct: false },
        { id: 'd', text: { zh: '帮客户拆成几笔小订单', en: 'Split the order into several small ones for the customer' }, correct: false },
      ],
      explanation: {
        zh: '现金交易、不肯说明用途、要求不登记都是明显的危险信号，条例也禁止现金交易（法定例外除外）。可疑线索应当按公司流程上报，而不是推给别人或者绕开规定。',
        en: 'Cash, no stated purpose and a request to skip the records are clear warning signs, and the Regulations prohibit cash transactions (apart from exceptions set out in the rules). Suspicious leads should be reported through company procedures, not passed on or worked around.',
      },
      topics: ['precursors_plants', 'help_support'],
      gradeBands: ['vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'precursors-026',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：你在实验室负责管理试剂，月底盘点时发现丙酮的登记数量和实际库存对不上。你应该怎么做？',
        en: 'Imagine: you manage the reagents in a lab, and at the month-end stock check the recorded amount of acetone doesn’t match what is on the shelf. What should you do?',
      },
      options: [
        { id: 'a', text: { zh: '及时报告主管，按单位制度核查', en: 'Report it to your supervisor and check it by the rules' }, correct: true },
        { id: 'b', text: { zh: '自己改一下登记，让数字对上', en: 'Adjust the records yourself so the numbers match' }, correct: false },
        { id: 'c', text: { zh: '丙酮很常见，差一点不用管', en: 'Acetone is common, so a small gap doesn’t matter' }, correct: false },
        {
          id: 'd',
          text: { zh: '从别的实验室悄悄借一些丙酮补上', en: 'Quietly borrow some acetone from another lab to make up the difference' },
          correct: false,
        },
      ],
      explanation: {
        zh: '丙酮在易制毒化学品管制品种之列。领用、使用、归还都要如实登记，数量要对得上；发现账物不符，要及时报告，不能自己改记录或私下补齐。',
        en: 'Acetone is a controlled precursor chemical. Every withdrawal, use and return must be recorded accurately so the quantities match; any gap between the records and the stock must be reported promptly, not covered up by changing the records or quietly making up the difference.',
      },
      topics: ['precursors_plants'],
      gradeBands: ['vocational'],
      difficulty: 3,
    },
  },
];
