import type { SeedModule } from './index.js';
import { md } from './md.js';

export const precursorsAndPlants: SeedModule = {
  slug: 'precursors-and-plants',
  content: {
    title: { zh: '易制毒化学品与毒品原植物：职场合规必修课', en: 'Precursor chemicals and drug plants: compliance at work' },
    summary: {
      zh: '了解为什么一些普通化学品要受管制、为什么私自种植罂粟和大麻是违法的，以及在化工、农业、物流岗位上遇到可疑植物或可疑订单时应该怎么做。',
      en: 'Why some ordinary chemicals are controlled, why growing opium poppy or cannabis privately is illegal, and what to do if you come across suspicious plants or chemical orders in chemistry, agriculture or logistics work.',
    },
    gradeBands: ['vocational'],
    topics: ['precursors_plants', 'law'],
    estimatedMinutes: 18,
    sections: [
      {
        id: 'what-are-precursors',
        kind: 'text',
        title: { zh: '什么是易制毒化学品？', en: 'What are precursor chemicals?' },
        body: {
          zh: md`
            **易制毒化学品**是指可以用于制造毒品的化学品。其中很多是化工、医药和实验室里的**常用原料和试剂**，本身有正当用途；但如果流入非法渠道，就可能被用来制毒。

            为此，国务院于2005年公布施行《**易制毒化学品管理条例**》（此后经过修订）。条例规定：

            - 国家对易制毒化学品的**生产、经营、购买、运输和进口、出口**实行**分类管理和许可制度**；
            - 易制毒化学品分为**三类**：第一类是可以用于制毒的主要原料，第二类、第三类是可以用于制毒的化学配剂，具体品种由条例附表列示，并会根据需要调整；
            - 禁止走私或者非法生产、经营、购买、转让、运输易制毒化学品；
            - 生产、经营、购买、运输和进口、出口易制毒化学品的单位，应当建立**内部管理制度**。

            一些实验室和工厂里常见的化学品，例如**硫酸、盐酸、丙酮、甲苯**，也在管制品种之列。这并不是说它们“碰都不能碰”，而是说购买、销售、运输都必须**按规定办理手续、如实记录**。
          `,
          en: md`
            **Precursor chemicals** (易制毒化学品) are chemicals that can be used to make drugs. Many of them are **common raw materials and reagents** in industry, pharmaceuticals and laboratories, with legitimate uses; but if they leak into illegal channels, they can be used to make drugs.

            That is why the State Council issued the **Regulations on the Administration of Precursor Chemicals** in 2005 (since revised). They provide that:

            - the state applies **classified management and a licensing system** to the **production, trading, purchase, transport, import and export** of precursor chemicals;
            - precursor chemicals fall into **three categories**: Category 1 covers the main raw materials that can be used to make drugs, and Categories 2 and 3 cover chemical agents that can be used in making drugs. The specific substances are listed in the annex and adjusted when needed;
            - smuggling, or illegally producing, trading, buying, transferring or transporting precursor chemicals, is prohibited;
            - organisations that produce, trade, buy, transport, import or export precursor chemicals must set up **internal management systems**.

            Some chemicals common in labs and factories, such as **sulfuric acid, hydrochloric acid, acetone and toluene**, are among the controlled substances. This doesn’t mean they are “too dangerous to touch”; it means buying, selling and transporting them must **follow the required procedures and be recorded accurately**.
          `,
        },
      },
      {
        id: 'law-on-precursors',
        kind: 'text',
        title: { zh: '违反规定的法律责任', en: 'Legal consequences of breaking the rules' },
        body: {
          zh: md`
            - 《刑法》**第三百五十条**规定：违反国家规定，非法生产、买卖、运输醋酸酐、乙醚、三氯甲烷或者其他用于制造毒品的原料、配剂，或者携带上述物品进出境，情节较重的，构成犯罪；**明知他人制造毒品**而为其生产、买卖、运输这些物品的，以**制造毒品罪的共犯**论处。
            - 不构成犯罪的违规行为，也要依照《易制毒化学品管理条例》等规定承担法律责任，例如受到罚款等行政处罚。

            对个人来说，最重要的一条是：**不为了“帮个忙”“多赚点”而绕开规定**。
          `,
          en: md`
            - **Article 350** of the Criminal Law provides that, in violation of state regulations, illegally producing, buying, selling or transporting acetic anhydride, ether, chloroform or other raw materials or agents used to make drugs, or carrying them across the border, is a crime where the circumstances are relatively serious; and anyone who produces, sells or transports such items for someone **knowing that person is making drugs** is treated as an **accomplice in manufacturing drugs**.
            - Violations that are not crimes still carry legal liability under the Regulations and other rules, such as fines and other administrative penalties.

            For individuals, the key rule is: **never bypass the rules to “do someone a favour” or “make a bit extra”**.
          `,
        },
      },
      {
        id: 'check-suspicious-order',
        kind: 'check',
        title: { zh: '岗位情境', en: 'On the job' },
        question: {
          zh: '想象一下：你在一家化工贸易公司实习。一位新客户要买一批管制品种的化学品，坚持用现金付款，不愿意提供单位证明和用途说明，还希望“别开票、别登记”。你应该怎么做？',
          en: 'Imagine: you are an intern at a chemical trading company. A new customer wants to buy a batch of a controlled chemical, insists on paying cash, won’t provide company documents or explain the intended use, and asks you to “skip the invoice and the records”. What should you do?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '客户出价高，先把货卖了再说。', en: 'The price is good, so make the sale and sort it out later.' },
            correct: false,
            feedback: {
              zh: '不按规定核验就出售管制化学品是违法的；如果对方用于制毒，后果更加严重。',
              en: 'Selling controlled chemicals without the required checks is illegal, and the consequences are far worse if they are used to make drugs.',
            },
          },
          {
            id: 'b',
            text: {
              zh: '不办理这笔交易，保留相关信息，立即报告主管，由公司按规定向公安机关报告。',
              en: 'Don’t process the order, keep the details, report to your supervisor at once, and let the company report it to the police as required.',
            },
            correct: true,
            feedback: {
              zh: '正确。现金交易、拒绝提供证明、要求不登记都是明显的危险信号。《易制毒化学品管理条例》禁止使用现金或者实物进行易制毒化学品交易（法定例外情形除外）。及时上报，既保护你自己，也保护公司。',
              en: 'Correct. Paying cash, refusing documents and asking for no records are clear warning signs. The Regulations prohibit trading precursor chemicals for cash or in kind (apart from narrow exceptions set out in the rules). Reporting promptly protects you and the company.',
            },
          },
          {
            id: 'c',
            text: { zh: '帮客户拆成几笔小订单，避开登记。', en: 'Split it into several small orders to avoid the records.' },
            correct: false,
            feedback: {
              zh: '故意拆单规避监管是违规行为，甚至可能让你卷入犯罪。',
              en: 'Deliberately splitting orders to avoid controls breaks the rules and could even drag you into a crime.',
            },
          },
          {
            id: 'd',
            text: { zh: '私下建议客户去别家买。', en: 'Quietly suggest the customer buys elsewhere.' },
            correct: false,
            feedback: {
              zh: '这样并没有解决问题。可疑线索应当按公司流程上报，而不是推给别人。',
              en: 'That doesn’t solve the problem. Suspicious leads should be reported through company procedures, not passed on to someone else.',
            },
          },
        ],
      },
      {
        id: 'image-workplace',
        kind: 'image',
        title: { zh: '职场合规四件事', en: 'Four habits of workplace compliance' },
        src: '/content/workplace-compliance.svg',
        alt: {
          zh: '职场合规插图，从左到右：贴有标签和警示标志的化学试剂瓶；打着对勾的登记表；画着禁止符号的手；屏幕上显示盾牌的手机。含义是：规范标识、如实登记、不乱碰可疑物品、发现问题及时报告。',
          en: 'Workplace compliance illustration, left to right: a chemical bottle with a label and a warning sign; a record sheet with ticks; a hand with a “do not” sign; a phone showing a shield. Meaning: label properly, keep accurate records, don’t handle suspicious items, report problems promptly.',
        },
        caption: {
          zh: '规范标识，如实登记，不乱碰，及时报告。',
          en: 'Label properly, record accurately, don’t touch, report promptly.',
        },
      },
      {
        id: 'drug-plants',
        kind: 'text',
        title: { zh: '毒品原植物：不能私自种植', en: 'Drug plants: never grow them privately' },
        body: {
          zh: md`
            **毒品原植物**是指可以用来提炼、加工毒品的植物，主要有**罂粟**、**大麻**、**古柯**等。

            - **《禁毒法》第十九条**规定：国家对麻醉药品药用原植物种植实行管制。**禁止非法种植罂粟、古柯植物、大麻植物**以及国家规定管制的可以用于提炼加工毒品的其他原植物；禁止走私或者非法买卖、运输、携带、持有未经灭活的毒品原植物种子或者幼苗。
            - **《刑法》第三百五十一条**规定：非法种植罂粟、大麻等毒品原植物的，**一律强制铲除**；种植罂粟五百株以上或者其他毒品原植物数量较大、经公安机关处理后又种植，或者抗拒铲除的，构成**非法种植毒品原植物罪**。在收获前自动铲除的，可以免除处罚。
            - 数量较少、不构成犯罪的，也要依照《治安管理处罚法》受到处罚。

            常见的误解有“种几棵当观赏花没关系”“罂粟壳能治病、能做调料”。这些说法都不对：**无论出于什么目的，私自种植都是违法的**；往食品里添加罂粟壳也是违法的。

            说明：经国家依法批准的单位，可以在严格监管下为医疗、科研等用途种植；个人和未经批准的单位一律不得种植。
          `,
          en: md`
            **Drug plants** are plants that can be used to extract or process drugs, mainly **opium poppy**, **cannabis** and **coca**.

            - **Article 19 of the Anti-Drug Law** says the state controls the cultivation of plants used as raw materials for narcotic medicines. **Illegal cultivation of opium poppy, coca and cannabis plants**, and of other state-controlled plants that can be used to make drugs, is prohibited; so is smuggling, or illegally buying, selling, transporting, carrying or possessing, seeds or seedlings of drug plants that have not been inactivated.
            - **Article 351 of the Criminal Law** says illegally grown opium poppy, cannabis and other drug plants are **all compulsorily eradicated**; growing 500 or more opium poppy plants or a relatively large number of other drug plants, growing them again after being dealt with by the police, or resisting eradication is the crime of **illegal cultivation of drug plants**. Someone who uproots the plants of their own accord before harvest may be exempted from punishment.
            - Smaller cases that are not crimes are still punished under the Public Security Administration Punishments Law.

            Common misconceptions include “a few plants as garden flowers are fine” and “poppy pods cure illness or make good seasoning”. Both are wrong: **growing these plants privately is illegal whatever the purpose**, and adding poppy pods to food is also illegal.

            Note: organisations approved by the state under the law may grow such plants under strict supervision for purposes such as medicine and research; individuals and unapproved organisations may not grow them at all.
          `,
        },
      },
      {
        id: 'what-to-do',
        kind: 'text',
        title: { zh: '在工作中遇到可疑情况怎么办', en: 'What to do if something looks suspicious at work' },
        body: {
          zh: md`
            **在田间、仓库或配送途中发现疑似毒品原植物：**

            - **不触碰、不采摘**，不自行处理，也不要把照片随意发到网上；
            - 记下大致位置，**报告主管**或当地村民委员会、居民委员会，并向**公安机关**报告；遇到紧急情况，拨打**110**。

            **在实验室、仓库或物流岗位遇到可疑化学品或包裹：**

            - 对照单位制度，检查**许可或备案手续、单据、标签**是否齐全、一致；
            - 留意危险信号：用途说不清、拒绝提供证明、坚持现金交易、要求改标签或“别登记”、收货地址异常、包装和申报品名不符；
            - **不私自打开**来历不明的包装，不替别人“代收”“代寄”；
            - **立即报告主管**，由单位按规定向公安机关报告。

            国家鼓励向公安机关等有关部门举报涉及易制毒化学品的违法行为，接到举报的部门应当为举报人保密。
          `,
          en: md`
            **If you find what look like drug plants in a field, a warehouse or on a delivery route:**

            - **don’t touch or pick them**, don’t deal with them yourself, and don’t casually post photos online;
            - note the approximate location, **tell your supervisor** or the local village or residents’ committee, and report to the **police**; in an emergency, call **110**.

            **If you come across suspicious chemicals or parcels in a lab, warehouse or logistics job:**

            - check against your organisation’s rules that the **licence or filing documents, paperwork and labels** are complete and consistent;
            - watch for warning signs: an unclear purpose, refusal to provide documents, insisting on cash, asking to change labels or “skip the records”, an unusual delivery address, packaging that doesn’t match the declared product;
            - **don’t open** packages of unknown origin yourself, and don’t receive or send items on someone else’s behalf;
            - **report to your supervisor at once**, so that your organisation can report to the police as required.

            The state encourages people to report illegal activity involving precursor chemicals to the police and other relevant authorities, and the authorities that receive a report must keep the informant’s identity confidential.
          `,
        },
      },
      {
        id: 'check-poppy',
        kind: 'check',
        title: { zh: '实习情境', en: 'On placement' },
        question: {
          zh: '想象一下：你在一个农业合作社实习，发现一位村民在菜地边种了几十棵开着艳丽花朵的植物。他说那是罂粟，“留着熬水治咳嗽，数量这么少不犯法”。下面哪种说法正确？',
          en: 'Imagine: on a placement at a farming cooperative, you notice that a villager has planted a few dozen plants with bright flowers beside his vegetable plot. He says they are opium poppies, “for boiling into a cough remedy, and so few plants can’t be illegal”. Which statement is correct?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '不到五百株，就不违法。', en: 'Fewer than 500 plants isn’t illegal.' },
            correct: false,
            feedback: {
              zh: '不对。五百株是构成犯罪的数量标准之一，但非法种植本身就违反《禁毒法》第十九条；数量少也要受到治安管理处罚，而且一律强制铲除。',
              en: 'No. 500 plants is one of the thresholds for it being a crime, but illegal cultivation itself breaks Article 19 of the Anti-Drug Law; even a few plants are punished under public security law and are always compulsorily eradicated.',
            },
          },
          {
            id: 'b',
            text: { zh: '用来治病就可以种。', en: 'It’s allowed if it’s for medicine.' },
            correct: false,
            feedback: {
              zh: '不对。个人无论出于什么目的，私自种植罂粟都是违法的。生病应当到正规医疗机构就医。',
              en: 'No. An individual growing opium poppy privately is breaking the law, whatever the purpose. People who are ill should see a doctor at a proper medical facility.',
            },
          },
          {
            id: 'c',
            text: {
              zh: '私自种植罂粟是违法的。自己不要动手处理，及时报告合作社负责人或公安机关。',
              en: 'Growing opium poppy privately is illegal. Don’t deal with the plants yourself; report it promptly to the cooperative leader or the police.',
            },
            correct: true,
            feedback: {
              zh: '正确。《禁毒法》第十九条禁止非法种植罂粟。发现线索要及时报告，由公安机关依法处理；种植者在收获前主动铲除的，可以依法从宽处理。',
              en: 'Correct. Article 19 of the Anti-Drug Law prohibits illegal cultivation of opium poppy. Report what you found promptly so the police can deal with it lawfully; a grower who uproots the plants of their own accord before harvest may be treated leniently under the law.',
            },
          },
        ],
      },
      {
        id: 'compliance-habits',
        kind: 'text',
        title: { zh: '养成合规的职业习惯', en: 'Build compliance into your working habits' },
        body: {
          zh: md`
            - **化工、医药、实验室方向**：熟悉本单位易制毒化学品的品种清单和管理制度；领用、使用、归还都要**登记**，数量要对得上；发现账物不符，及时报告。
            - **农业、园林方向**：认识本地常见的作物和观赏植物，不从来历不明的渠道购买种子；发现可疑植物及时报告。
            - **物流、快递方向**：严格执行**收寄验视**和实名登记的要求，不帮别人“换包装”“改品名”。

            合规不是负担，而是保护自己、保护同事、保护社会的**职业习惯**。
          `,
          en: md`
            - **Chemistry, pharmaceuticals and labs**: know your workplace’s list of precursor chemicals and its rules; **record** every withdrawal, use and return so the quantities match; report any gap between the records and the stock.
            - **Agriculture and horticulture**: know the common local crops and ornamental plants, and don’t buy seeds from unknown sources; report suspicious plants promptly.
            - **Logistics and delivery**: strictly follow the rules on **inspecting items when accepting them** and on real-name registration, and never help anyone “repackage” goods or “change the product name”.

            Compliance isn’t a burden: it is a **professional habit** that protects you, your colleagues and society.
          `,
        },
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 理解易制毒化学品“本身有正当用途、但可能被用于制毒”的特点，了解分类管理和许可制度。
          2. 了解《刑法》第三百五十条、第三百五十一条和《禁毒法》第十九条的主要内容。
          3. 能识别岗位上的危险信号（现金交易、拒绝提供证明、要求不登记、包装与品名不符等），知道“不触碰、不私自处理、及时报告主管和公安机关”。
          4. 结合化工、农业、物流等专业，养成合规的职业习惯。

          教学建议：不讨论任何化学品与特定毒品之间的合成关系，不提供识别之外的植物栽培信息。可结合学生所学专业和实习岗位设计情境，情境均应为虚构。
        `,
        en: md`
          1. Students understand that precursor chemicals have legitimate uses but can be diverted to make drugs, and know about classified management and the licensing system.
          2. Students know the main content of Criminal Law Articles 350 and 351 and Article 19 of the Anti-Drug Law.
          3. Students can recognise warning signs at work (cash payment, refusal to provide documents, requests to skip records, packaging that doesn’t match the product name, and so on) and know to avoid touching or handling suspicious items themselves and to report to their supervisor and the police.
          4. Students build compliance habits relevant to chemistry, agriculture and logistics.

          Teaching tips: do not discuss how any chemical relates to making a particular drug, and give no information about plants beyond what is needed to recognise and report them. Scenarios can be adapted to students’ majors and placements and should always be fictional.
        `,
      },
      sources: {
        zh: md`
          - 《易制毒化学品管理条例》（国务院2005年公布施行，此后经过修订）：分类管理和许可制度、三类划分、禁止非法生产经营购买运输、禁止现金或实物交易（法定例外除外）、单位内部管理制度、鼓励举报并为举报人保密。
          - 《中华人民共和国刑法》第三百五十条（非法生产、买卖、运输制毒物品、走私制毒物品罪）、第三百五十一条（非法种植毒品原植物罪）。
          - 《中华人民共和国禁毒法》第十九条（禁止非法种植罂粟、古柯植物、大麻植物等毒品原植物）。
          - 《中华人民共和国治安管理处罚法》（2025年修订，2026年1月1日起施行；本模块不引用其条文序号）。
        `,
        en: md`
          - Regulations on the Administration of Precursor Chemicals (issued and in force in 2005 by the State Council, since revised): classified management and licensing, three categories, prohibition of illegal production, trading, purchase and transport, prohibition of cash or in-kind transactions (with exceptions set out in the rules), internal management systems, and encouragement of confidential reporting.
          - Criminal Law of the People’s Republic of China, Article 350 (illegally producing, trading or transporting, or smuggling, substances used to make drugs) and Article 351 (illegal cultivation of drug plants).
          - Anti-Drug Law of the People’s Republic of China, Article 19 (prohibition of illegal cultivation of opium poppy, coca, cannabis and other drug plants).
          - Public Security Administration Punishments Law of the People’s Republic of China (revised 2025, in force from 1 January 2026; this module does not cite its article numbers).
        `,
      },
    },
  },
};
