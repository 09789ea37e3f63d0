import type { SeedModule } from './index.js';
import { md } from './md.js';

export const drugLawJunior: SeedModule = {
  slug: 'drug-law-junior',
  content: {
    title: { zh: '禁毒法律知多少', en: 'Drug laws: what you need to know' },
    summary: {
      zh: '认识《禁毒法》和《刑法》中关于毒品的规定：什么是毒品，哪些行为是犯罪，吸毒要承担什么法律责任，以及法律如何特别保护未成年人。',
      en: 'An introduction to the Anti-Drug Law and the Criminal Law: what counts as a drug, which acts are crimes, what legal consequences drug use brings, and how the law gives minors special protection.',
    },
    gradeBands: ['junior'],
    topics: ['law', 'drug_basics'],
    estimatedMinutes: 15,
    sections: [
      {
        id: 'legal-definition',
        kind: 'text',
        title: { zh: '法律上的“毒品”', en: 'What the law calls a “drug”' },
        body: {
          zh: md`
            《中华人民共和国禁毒法》第二条和《中华人民共和国刑法》第三百五十七条对毒品作了相同的规定：

            > 毒品，是指鸦片、海洛因、甲基苯丙胺（冰毒）、吗啡、大麻、可卡因，以及国家规定管制的其他能够使人形成瘾癖的麻醉药品和精神药品。

            这句话有两层意思：

            - 除了列出的几种，**国家规定管制的其他能使人成瘾的麻醉药品和精神药品**也是毒品，比如后来列入管制的芬太尼类物质、合成大麻素类物质、依托咪酯等。
            - 有些麻醉药品和精神药品在医院里是**治病用的药**。《禁毒法》同时规定，根据医疗、教学、科研的需要，可以依法生产、使用这些药品。离开合法的医疗用途、被非法使用，就成了毒品问题。
          `,
          en: md`
            Article 2 of the **Anti-Drug Law of the People’s Republic of China** and Article 357 of the **Criminal Law of the People’s Republic of China** define drugs in the same way:

            > Drugs means opium, heroin, methamphetamine (“ice”), morphine, cannabis, cocaine, and other narcotic drugs and psychotropic substances that are controlled under state regulations and can cause addiction.

            This has two parts:

            - Besides the named ones, **other addictive narcotic and psychotropic substances controlled by the state** are also drugs, for example fentanyl-class substances, synthetic cannabinoids and etomidate, which were brought under control later.
            - Some narcotic and psychotropic substances are **medicines** used in hospitals. The Anti-Drug Law also says they may be produced and used lawfully for medical treatment, teaching and research. Used illegally, outside lawful medical use, they become a drug problem.
          `,
        },
      },
      {
        id: 'drug-crimes',
        kind: 'text',
        title: { zh: '这些行为是犯罪', en: 'These acts are crimes' },
        body: {
          zh: md`
            《刑法》规定了多种毒品犯罪，其中几条和青少年关系最密切：

            - **第三百四十七条**：走私、贩卖、运输、制造毒品，**无论数量多少**，都应当追究刑事责任。利用、教唆未成年人走私、贩卖、运输、制造毒品，或者向未成年人出售毒品的，从重处罚。
            - **第三百四十八条**：非法持有毒品数量较大的，构成**非法持有毒品罪**。
            - **第三百五十三条**：引诱、教唆、欺骗他人吸食、注射毒品，是犯罪；强迫他人吸毒，处罚更重；对象是**未成年人**的，**从重处罚**。

            还要知道：根据《刑法》第十七条，**已满十四周岁不满十六周岁**的人犯贩卖毒品罪，也应当负刑事责任。“我还未成年”不是挡箭牌。
          `,
          en: md`
            The Criminal Law sets out a number of drug crimes. These are the ones most relevant to young people:

            - **Article 347**: smuggling, selling, transporting or manufacturing drugs is a crime **regardless of the quantity**. Using or instigating minors to smuggle, sell, transport or manufacture drugs, or selling drugs to minors, is punished more severely.
            - **Article 348**: illegally possessing a relatively large quantity of drugs is the crime of **illegal possession of drugs**.
            - **Article 353**: luring, instigating or deceiving another person into taking or injecting drugs is a crime; forcing someone to take drugs is punished more heavily; and when the victim is a **minor**, the punishment is **more severe**.

            Also: under Article 17 of the Criminal Law, people **aged 14 or over but under 16** are criminally responsible for the crime of selling drugs. Being under 18 is no shield.
          `,
        },
      },
      {
        id: 'check-quantity',
        kind: 'check',
        title: { zh: '想一想', en: 'Think about it' },
        question: {
          zh: '想象一下：有人说：“就卖一点点给同学，数量这么少，不算犯罪。”这种说法对吗？',
          en: 'Imagine someone says: “I’m only selling a tiny bit to classmates. Such a small amount isn’t a crime.” Is that right?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '对，数量少只是违反校规。', en: 'Yes, a small amount only breaks school rules.' },
            correct: false,
            feedback: {
              zh: '不对。《刑法》第三百四十七条规定，贩卖毒品无论数量多少，都应当追究刑事责任。',
              en: 'No. Article 347 of the Criminal Law says selling drugs is a crime regardless of the quantity.',
            },
          },
          {
            id: 'b',
            text: { zh: '不对，贩卖毒品无论数量多少都是犯罪。', en: 'No. Selling drugs is a crime whatever the amount.' },
            correct: true,
            feedback: {
              zh: '正确。而且向未成年人出售毒品的，还要从重处罚。',
              en: 'Correct. And selling drugs to minors is punished more severely.',
            },
          },
          {
            id: 'c',
            text: { zh: '不满十八岁就不用负责任。', en: 'If you’re under 18, you’re not responsible.' },
            correct: false,
            feedback: {
              zh: '不对。已满十六周岁的人犯罪，应当负刑事责任；已满十四周岁不满十六周岁的人犯贩卖毒品罪，也应当负刑事责任。',
              en: 'No. People aged 16 and over are criminally responsible for crimes, and people aged 14 or 15 are criminally responsible for selling drugs.',
            },
          },
        ],
      },
      {
        id: 'drug-use-law',
        kind: 'text',
        title: { zh: '吸毒也要承担法律责任', en: 'Drug use has legal consequences too' },
        body: {
          zh: md`
            在我国，吸食、注射毒品是**违法行为**：

            - 依照《中华人民共和国治安管理处罚法》，吸食、注射毒品的，要受到治安管理处罚，对成年人来说包括**行政拘留**、**罚款**。这部法律已经修订，修订后的版本自2026年1月1日起施行。
            - 依照《禁毒法》，对**吸毒成瘾**的人，公安机关可以责令其接受**社区戒毒**，期限为三年（第三十三条）；拒绝接受社区戒毒、在社区戒毒期间又吸毒，或者成瘾严重的，可能被决定**强制隔离戒毒**（第三十八条）。
            - 依照《禁毒法》第五十九条，非法持有毒品、向他人提供毒品等行为，构成犯罪的依法追究刑事责任；尚不构成犯罪的，依法给予治安管理处罚。

            **对未成年人，法律有特别规定**（吸毒仍然是违法行为，只是处理方式不同）：

            - **不满十四周岁**的，不予治安管理处罚，但要责令监护人严加管教。
            - **已满十四周岁不满十八周岁**的，从轻或者减轻处罚。
            - **已满十四周岁不满十六周岁**的，以及**已满十六周岁不满十八周岁、初次违反治安管理**的，一般**不执行行政拘留**；法律对情节严重等情形另有规定。
            - 依照《禁毒法》第三十九条，**不满十六周岁**的未成年人吸毒成瘾的，**可以不适用强制隔离戒毒**，而是依法进行社区戒毒。

            法律这样规定，一方面是惩戒违法行为，另一方面也是为了**帮助吸毒的人戒除毒瘾**。《禁毒法》第三十一条规定，国家采取各种措施帮助吸毒人员戒除毒瘾，教育和挽救吸毒人员。
          `,
          en: md`
            In China, taking or injecting drugs is **against the law**:

            - Under the **Public Security Administration Punishments Law of the People’s Republic of China**, taking or injecting drugs is punished as a breach of public order; for adults the penalties include **administrative detention** and **fines**. This law has been revised; the revised version applies from 1 January 2026.
            - Under the Anti-Drug Law, the police may order a person who is **addicted** to undergo **community-based drug treatment** for three years (Article 33). Those who refuse community-based treatment, use drugs again during it, or are severely addicted may be ordered into **compulsory isolated drug treatment** (Article 38).
            - Under Article 59 of the Anti-Drug Law, acts such as illegally possessing drugs or providing drugs to others are prosecuted as crimes where they constitute a crime, and otherwise punished under public security administration law.

            **The law has special rules for minors** (drug use is still against the law; it is just handled differently):

            - People **under 14** are not given public-order penalties, but their guardians are told to supervise them strictly.
            - People **aged 14 to 17** receive lighter or reduced penalties.
            - For people **aged 14 or 15**, and for people **aged 16 or 17 breaking public-order rules for the first time**, administrative detention is **generally not carried out**; the law makes separate provision for serious cases.
            - Under Article 39 of the Anti-Drug Law, a minor **under 16** who is addicted **may be exempted from compulsory isolated drug treatment** and undergo community-based treatment instead.

            These rules punish unlawful behaviour, and they are also meant to **help people overcome addiction**. Article 31 of the Anti-Drug Law says the state takes various measures to help drug users overcome addiction, and to educate and rescue them.
          `,
        },
      },
      {
        id: 'check-minors',
        kind: 'check',
        title: { zh: '辨一辨', en: 'True or not?' },
        question: {
          zh: '想象一下：一名15岁的学生说：“我还没成年，吸毒不算违法，就算被发现也没事。”哪种说法准确？',
          en: 'Imagine a 15-year-old student says: “I’m not an adult yet, so taking drugs isn’t against the law, and nothing will happen even if I’m caught.” Which statement is accurate?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '他说得对，未成年人吸毒不违法。', en: 'He’s right: drug use by minors is not against the law.' },
            correct: false,
            feedback: {
              zh: '不对。吸毒对任何年龄的人都是违法行为。法律对未成年人从轻、减轻处罚，一般不执行行政拘留，是为了教育和挽救，不是说吸毒“没事”。',
              en: 'No. Drug use is against the law at any age. Lighter penalties for minors, and detention generally not being carried out, are there to educate and help them, not because drug use is “fine”.',
            },
          },
          {
            id: 'b',
            text: {
              zh: '吸毒仍然违法；法律对他会从轻或减轻处罚，一般不执行行政拘留，同时要求家长严加管教、帮助他戒毒。',
              en: 'It is still against the law; he would get a lighter or reduced penalty, detention is generally not carried out, and his family would be told to supervise him and help him stop.',
            },
            correct: true,
            feedback: {
              zh: '准确。更重要的是，毒品对正在发育的大脑和身体的伤害，不会因为年龄小而减少。',
              en: 'Accurate. More importantly, the harm drugs do to a developing brain and body is not any smaller because someone is young.',
            },
          },
          {
            id: 'c',
            text: { zh: '未成年人吸毒一律要被拘留。', en: 'Minors who use drugs are always detained.' },
            correct: false,
            feedback: {
              zh: '不准确。已满十四周岁不满十六周岁的，以及已满十六周岁不满十八周岁初次违反治安管理的，一般不执行行政拘留；不满十四周岁的不予处罚。',
              en: 'Not accurate. For people aged 14 or 15, and for people aged 16 or 17 on a first breach, detention is generally not carried out; people under 14 are not penalised.',
            },
          },
        ],
      },
      {
        id: 'check-luring',
        kind: 'check',
        title: { zh: '用法律分析', en: 'Apply the law' },
        question: {
          zh: '想象一下：一名成年人在网上“请”初中生免费试吃一种“糖果”，其实里面含有毒品。根据《刑法》第三百五十三条，下面哪种说法正确？',
          en: 'Imagine an adult online “treats” junior secondary students to free “sweets” that actually contain drugs. Under Article 353 of the Criminal Law, which statement is correct?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '是免费送的，不收钱就不犯法。', en: 'They were free, so no law was broken.' },
            correct: false,
            feedback: {
              zh: '不对。引诱、欺骗他人吸食毒品本身就是犯罪，和收不收钱没有关系。',
              en: 'No. Luring or deceiving someone into taking drugs is a crime in itself, whether or not money changes hands.',
            },
          },
          {
            id: 'b',
            text: {
              zh: '这是欺骗他人吸毒，对象又是未成年人，应当从重处罚。',
              en: 'This is deceiving others into taking drugs, and because the victims are minors, the punishment is more severe.',
            },
            correct: true,
            feedback: {
              zh: '正确。第三百五十三条规定，引诱、教唆、欺骗或者强迫未成年人吸食、注射毒品的，从重处罚。',
              en: 'Correct. Article 353 says that luring, instigating, deceiving or forcing minors into taking or injecting drugs is punished more severely.',
            },
          },
          {
            id: 'c',
            text: { zh: '只有吃了“糖果”的学生违法。', en: 'Only the students who ate the “sweets” broke the law.' },
            correct: false,
            feedback: {
              zh: '被欺骗的学生是受害者，法律重点惩处的是欺骗、引诱他人吸毒的人。如果担心自己被骗吃了含毒品的东西，要尽快告诉家长、老师，并去医院检查。',
              en: 'Students who were deceived are victims; the law targets the person who deceived or lured them. If you are worried you were tricked into taking something containing drugs, tell a parent or teacher and see a doctor as soon as possible.',
            },
          },
        ],
      },
      {
        id: 'protect-yourself',
        kind: 'text',
        title: { zh: '保护自己的几条提醒', en: 'Tips to protect yourself' },
        body: {
          zh: md`
            - 不替不熟悉的人**携带、保管、代收**来历不明的包裹或物品，尤其是对方给“跑腿费”的时候。明知是毒品还帮忙运输、藏匿，就可能构成犯罪。
            - 不进入酒吧、营业性歌舞娱乐场所等不适合未成年人的场所，不参加陌生人组织的聚会。
            - 在网上看到有人售卖可疑的“电子烟”“糖果”“药片”，不点击、不购买，告诉家长或老师。
            - 发现身边有涉毒线索，可以告诉家长、老师，或者向公安机关报告；遇到紧急情况，拨打**110**。
          `,
          en: md`
            - Don’t **carry, keep or receive** parcels or items of unknown origin for people you don’t know well, especially if they offer you money for your trouble. Knowingly helping to transport or hide drugs can be a crime.
            - Stay out of bars, commercial entertainment venues and other places not suitable for minors, and don’t join parties organised by strangers.
            - If you see people online selling suspicious “vapes”, “sweets” or “pills”, don’t click and don’t buy; tell a parent or teacher.
            - If you notice anything drug-related around you, tell a parent or teacher, or report it to the police; in an emergency, call **110**.
          `,
        },
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 能说出《禁毒法》第二条和《刑法》第三百五十七条对毒品的定义，理解“国家规定管制”的含义。
          2. 了解与青少年关系密切的毒品犯罪（《刑法》第三百四十七、三百四十八、三百五十三条）和刑事责任年龄（第十七条）。
          3. 知道吸毒是违法行为，了解治安管理处罚和社区戒毒、强制隔离戒毒等措施，准确了解法律对未成年人的特别规定，同时理解法律帮助戒毒的一面。
          4. 能用法律知识分析简单情境，懂得保护自己。

          教学建议：《治安管理处罚法》已于2025年修订、2026年1月1日起施行，条文序号有变化，本模块只引用法律名称并概述内容，请勿自行补充旧版条文序号。讲未成年人规定时，不要说成“未成年人吸毒不违法”或“未成年人吸毒一律拘留”，两种说法都不准确。情境均为虚构。
        `,
        en: md`
          1. Students can state the definition of drugs in Article 2 of the Anti-Drug Law and Article 357 of the Criminal Law, and understand what “controlled under state regulations” means.
          2. Students know the drug crimes most relevant to young people (Criminal Law Articles 347, 348 and 353) and the age of criminal responsibility (Article 17).
          3. Students know that drug use is unlawful, are aware of public security penalties, community-based treatment and compulsory isolated treatment, know the special rules for minors accurately, and understand that the law also aims to help people recover.
          4. Students can apply legal knowledge to simple scenarios and protect themselves.

          Teaching note: the Public Security Administration Punishments Law was revised in 2025 and the revised version applies from 1 January 2026, with renumbered articles. This module cites the law by name and summarises it; please do not add article numbers from the old version. When teaching the rules for minors, avoid both “drug use by minors is not illegal” and “minors who use drugs are always detained”: neither is accurate. All scenarios are fictional.
        `,
      },
      sources: {
        zh: md`
          - 《中华人民共和国禁毒法》第二条（毒品的定义）、第三十一条（帮助吸毒人员戒除毒瘾）、第三十三条（社区戒毒，期限三年）、第三十八条（强制隔离戒毒的适用情形）、第三十九条（不满十六周岁的未成年人吸毒成瘾的，可以不适用强制隔离戒毒）、第五十九条（非法持有毒品、向他人提供毒品等行为的法律责任）。
          - 《中华人民共和国刑法》第十七条（刑事责任年龄）、第三百四十七条、第三百四十八条、第三百五十三条、第三百五十七条。
          - 《中华人民共和国治安管理处罚法》（2025年6月27日修订通过，2026年1月1日起施行）：对吸食、注射毒品等行为给予治安管理处罚；不满十四周岁的不予处罚；已满十四周岁不满十八周岁的从轻或者减轻处罚；已满十四周岁不满十六周岁的、已满十六周岁不满十八周岁初次违反治安管理的，一般不执行行政拘留（法律另有规定的情形除外）。本模块只引用法律名称，不引用条文序号。
          - 《中华人民共和国未成年人保护法》（营业性娱乐场所、酒吧等不得允许未成年人进入）。
        `,
        en: md`
          - Anti-Drug Law of the People’s Republic of China, Article 2 (definition of drugs), Article 31 (helping drug users overcome addiction), Article 33 (community-based treatment, three years), Article 38 (when compulsory isolated treatment applies), Article 39 (addicted minors under 16 may be exempted from compulsory isolated treatment) and Article 59 (liability for illegal possession, providing drugs to others and similar acts).
          - Criminal Law of the People’s Republic of China, Article 17 (age of criminal responsibility), Articles 347, 348, 353 and 357.
          - Public Security Administration Punishments Law of the People’s Republic of China (revised and adopted on 27 June 2025, in force from 1 January 2026): penalties for taking or injecting drugs; no penalty under 14; lighter or reduced penalties from 14 to 17; administrative detention generally not carried out for ages 14–15, or for ages 16–17 on a first breach (with exceptions set out in the law). This module cites the law by name, not by article.
          - Law of the People’s Republic of China on the Protection of Minors (commercial entertainment venues, bars and similar places may not admit minors).
        `,
      },
    },
  },
};
