import type { SeedModule } from './index.js';
import { md } from './md.js';

export const disguisedDrugs: SeedModule = {
  slug: 'disguised-drugs',
  content: {
    title: { zh: '识破伪装：新型毒品和“上头电子烟”', en: 'Seeing through disguises: new psychoactive substances and spiked vapes' },
    summary: {
      zh: '认识新精神活性物质，了解毒品如何伪装成电子烟、奶茶、糖果和“邮票”，了解芬太尼类物质、合成大麻素类物质、依托咪酯等被列入管制的时间线，明白“未被列管≠安全”。',
      en: 'Learn what new psychoactive substances are, how drugs are disguised as e-cigarettes, milk tea, sweets and “stamps”, and the timeline of when fentanyl-class substances, synthetic cannabinoids, etomidate and others came under control in China, and why “not yet controlled” does not mean safe.',
    },
    gradeBands: ['junior'],
    topics: ['disguised_drugs', 'law', 'health_harm'],
    estimatedMinutes: 15,
    sections: [
      {
        id: 'what-are-nps',
        kind: 'text',
        title: { zh: '什么是新精神活性物质？', en: 'What are new psychoactive substances?' },
        body: {
          zh: md`
            **新精神活性物质**（也常被叫作“策划药”“实验室毒品”）是一类人工合成的物质。不法分子对已有毒品的化学结构稍加改动，想做出效果相似、又暂时不在管制名单上的“新东西”，以逃避打击。

            它们的特点是：

            - **种类多、变化快**，成分常常说不清；
            - 作用往往和传统毒品**相似，甚至更强**；
            - 常被包装成看起来无害的**日常商品**。

            为了应对这种“换个结构就换个名字”的做法，我国对一些物质实行了**整类列管**：只要化学结构符合规定的类型，就属于管制对象，而不是一种一种地列入名单。
          `,
          en: md`
            **New psychoactive substances** (NPS, sometimes called “designer drugs” or “lab drugs”) are man-made substances. The people who make them tweak the chemical structure of existing drugs to create something with a similar effect that is not yet on the control lists, so as to escape the law.

            Their typical features:

            - **many kinds, changing quickly**, and often nobody knows exactly what is in them;
            - effects **similar to, or even stronger than**, traditional drugs;
            - often packaged to look like harmless **everyday products**.

            To deal with this “new structure, new name” tactic, China has placed some substances under **class-wide control**: anything whose chemical structure fits the defined type is controlled, instead of substances being listed one at a time.
          `,
        },
      },
      {
        id: 'control-dates',
        kind: 'text',
        title: { zh: '列管时间线：名单还在更新', en: 'Control timeline: the lists keep growing' },
        body: {
          zh: md`
            - **2019年5月1日**起，**芬太尼类物质**被整类列入《非药用类麻醉药品和精神药品管制品种增补目录》。
            - **2021年7月1日**起，**合成大麻素类物质**被整类列入同一目录。
            - **2023年10月1日**起，**依托咪酯**被列入**第二类精神药品**目录进行管制（在我国境内批准上市的含依托咪酯的药品制剂除外）。
            - **2024年7月1日**起，止咳药成分**右美沙芬**等几种药品被列入**第二类精神药品**目录。它们本来是正规药品，但被一些青少年大量滥用，所以管得更严了。
            - **2024年7月1日**起，**美托咪酯**等与依托咪酯结构相似的物质，连同其他一些新精神活性物质，共46种，被列入《非药用类麻醉药品和精神药品管制品种增补目录》。
            - 名单还在不断更新：国家会根据监测情况，把新发现被滥用的物质，包括和已列管物质结构相似的“类似物”，陆续列入管制。

            被列入管制，意味着它们属于法律上的**毒品**：非法吸食是违法行为，走私、贩卖、运输、制造则是犯罪。

            **还要记住：未被列管≠安全。** 一种东西今天不在名单上，可能只是因为它太新、还没来得及列入；它对大脑和身体的伤害不会因此减少。卖的人说“合法”“不是毒品”，恰恰是常见的推销话术。
          `,
          en: md`
            - From **1 May 2019**, **fentanyl-class substances** were added as a whole class to the Supplementary List of Controlled Non-Medical Narcotic Drugs and Psychotropic Substances.
            - From **1 July 2021**, **synthetic cannabinoids** were added as a whole class to the same list.
            - From **1 October 2023**, **etomidate** has been controlled as a **Category II psychotropic substance** (except medicinal preparations containing etomidate that are approved for marketing in China).
            - From **1 July 2024**, **dextromethorphan**, an ingredient of cough medicines, and a few other medicines were added to the list of **Category II psychotropic substances**. They are genuine medicines, but some young people were misusing them in large amounts, so the rules were tightened.
            - From **1 July 2024**, **metomidate** and other substances structurally close to etomidate, together with other new psychoactive substances — 46 in all — were added to the Supplementary List of Controlled Non-Medical Narcotic Drugs and Psychotropic Substances.
            - The lists keep being updated: as new substances are found to be misused, including “analogues” whose structure is close to a controlled substance, the state brings them under control too.

            Being controlled means they count as **drugs** in law: using them illegally is an offence, and smuggling, selling, transporting or manufacturing them is a crime.

            **Remember, too: not yet controlled does not mean safe.** Something may be missing from the lists today only because it is so new; that does not make it any less harmful to the brain and body. When a seller says “it’s legal” or “it’s not a drug”, that is a common sales pitch.
          `,
        },
      },
      {
        id: 'high-inducing-vapes',
        kind: 'text',
        title: { zh: '“上头电子烟”不是烟', en: 'Spiked vapes are not just vapes' },
        body: {
          zh: md`
            有些不法分子把**合成大麻素类物质**或**依托咪酯**等管制物质混进电子烟油或烟弹，做成所谓的“上头电子烟”。它们的外表和普通电子烟几乎一样，常用“解压”“助眠”“上头”“飘”这类词来吸引年轻人。

            需要知道：

            - **看外表、闻味道都分辨不出来**，里面是什么、有多少都不确定。
            - 吸食后可能出现头晕、站立不稳、意识模糊、抽搐、呼吸抑制等危险反应，也会让人成瘾。
            - 吸食含有管制物质的电子烟，**就是吸毒**；贩卖这类产品，**就是贩毒**。
            - 电子烟本身含有尼古丁，同样危害青少年健康，国家规定不得向未成年人销售电子烟。

            **最简单的做法：不碰任何电子烟，尤其是别人递过来的、来历不明的电子烟。**
          `,
          en: md`
            Some criminals mix controlled substances such as **synthetic cannabinoids** or **etomidate** into e-liquid or pods to make what are called spiked vapes (上头电子烟). They look almost exactly like ordinary e-cigarettes and are promoted to young people with words like “stress relief”, “helps you sleep”, “gives you a buzz” or “makes you float”.

            Things to know:

            - **You can’t tell by looking or smelling**; nobody can be sure what is inside or how much.
            - Using them can cause dangerous reactions such as dizziness, being unable to stand steadily, confusion, seizures and suppressed breathing, and they are addictive.
            - Vaping a product that contains a controlled substance **is drug use**; selling such products **is drug trafficking**.
            - E-cigarettes themselves contain nicotine, which also harms young people’s health, and the rules say e-cigarettes must not be sold to minors.

            **The simplest rule: don’t touch any e-cigarette, especially one handed to you by someone else or of unknown origin.**
          `,
        },
      },
      {
        id: 'image-disguises',
        kind: 'image',
        title: { zh: '外表看不出来', en: 'You can’t tell from the outside' },
        src: '/content/disguised-drugs.svg',
        alt: {
          zh: '插图：一颗糖果、一杯奶茶、一张像邮票的小贴纸和一支电子烟，下面的放大镜里有一个问号，表示从外表无法判断这些东西里有没有毒品。',
          en: 'Illustration: a sweet, a cup of milk tea, a small stamp-like sticker and an e-cigarette, with a magnifying glass below showing a question mark: you can’t judge from the outside whether they contain drugs.',
        },
        caption: {
          zh: '判断的关键是来源和说法，而不是外表。',
          en: 'What matters is where it came from and how it is described, not how it looks.',
        },
      },
      {
        id: 'check-vape',
        kind: 'check',
        title: { zh: '想一想', en: 'Think about it' },
        question: {
          zh: '想象一下：一个网友向你推荐一款“解压电子烟”，说：“抽完很放松，不是毒品，放心。”下面哪个判断是对的？',
          en: 'Imagine: someone you met online recommends a “stress-relief vape” and says, “It’s really relaxing, and it’s not a drug, don’t worry.” Which judgement is correct?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '对方说了不是毒品，那就可以试。', en: 'They said it’s not a drug, so it’s fine to try.' },
            correct: false,
            feedback: {
              zh: '推荐的人怎么说都不能作为依据。“上头电子烟”里可能含有合成大麻素类物质、依托咪酯等管制物质，外表根本看不出来。',
              en: 'What the person promoting it says proves nothing. Spiked vapes may contain controlled substances such as synthetic cannabinoids or etomidate, and you cannot tell from the outside.',
            },
          },
          {
            id: 'b',
            text: { zh: '只要包装看起来正规，就是安全的。', en: 'If the packaging looks official, it’s safe.' },
            correct: false,
            feedback: {
              zh: '包装可以仿冒，精美的包装正是常见的伪装手段。',
              en: 'Packaging can be faked, and attractive packaging is a common disguise.',
            },
          },
          {
            id: 'c',
            text: { zh: '拒绝，不再和对方联系，并告诉家长或老师。', en: 'Refuse, stop contacting them, and tell a parent or teacher.' },
            correct: true,
            feedback: {
              zh: '正确。来历不明、宣传“解压”“上头”的电子烟要坚决拒绝。告诉大人，必要时可以向公安机关报告。',
              en: 'Correct. Firmly refuse any vape of unknown origin promoted for “stress relief” or “a buzz”. Tell an adult; if necessary, it can be reported to the police.',
            },
          },
          {
            id: 'd',
            text: { zh: '先抽一小口试试效果。', en: 'Take one small puff to see what it’s like.' },
            correct: false,
            feedback: {
              zh: '成分和含量都不确定，一口也可能引起危险反应；而吸食含有管制物质的电子烟就是吸毒。',
              en: 'You don’t know what is in it or how much; even one puff could cause a dangerous reaction, and vaping a controlled substance is drug use.',
            },
          },
        ],
      },
      {
        id: 'other-disguises',
        kind: 'text',
        title: { zh: '其他常见伪装和危险信号', en: 'Other disguises and warning signs' },
        body: {
          zh: md`
            除了电子烟，毒品还可能被伪装成：

            - **饮品**：奶茶粉、咖啡、果汁冲剂、功能饮料；
            - **零食**：糖果、跳跳糖、巧克力、饼干；
            - **“邮票”或贴纸**：印着卡通图案的小纸片；
            - **其他**：看起来像普通药片、保健品或香料的东西。

            识别的关键不在外表，而在于**来源**和**说法**。出现下面这些信号时要特别警惕：

            - 来路不明，或者只能通过私聊、暗语购买；
            - 被说成能“提神”“减肥”“解压”“助眠”“让人很嗨”；
            - 对方强调“别告诉别人”“第一次免费”。
          `,
          en: md`
            Besides vapes, drugs may be disguised as:

            - **drinks**: milk-tea powder, coffee, instant juice, energy drinks;
            - **snacks**: sweets, popping candy, chocolate, biscuits;
            - **“stamps” or stickers**: small pieces of paper printed with cartoon designs;
            - **other things**: items that look like ordinary tablets, health supplements or herbal blends.

            The key is not how it looks but **where it came from** and **how it is described**. Be especially alert when:

            - it comes from an unknown source, or can only be bought through private chats or code words;
            - it is said to “keep you awake”, “help you lose weight”, “relieve stress”, “help you sleep” or “get you high”;
            - the person insists “don’t tell anyone” or “the first one is free”.
          `,
        },
      },
      {
        id: 'check-dates',
        kind: 'check',
        title: { zh: '记一记', en: 'Remember the dates' },
        question: {
          zh: '依托咪酯从哪一天起被列入第二类精神药品目录进行管制？',
          en: 'From what date has etomidate been controlled as a Category II psychotropic substance?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '2019年5月1日', en: '1 May 2019' },
            correct: false,
            feedback: {
              zh: '这是芬太尼类物质被整类列管的日期。',
              en: 'That is when fentanyl-class substances were placed under class-wide control.',
            },
          },
          {
            id: 'b',
            text: { zh: '2021年7月1日', en: '1 July 2021' },
            correct: false,
            feedback: {
              zh: '这是合成大麻素类物质被整类列管的日期。',
              en: 'That is when synthetic cannabinoids were placed under class-wide control.',
            },
          },
          {
            id: 'c',
            text: { zh: '2023年10月1日', en: '1 October 2023' },
            correct: true,
            feedback: {
              zh: '正确。自2023年10月1日起，依托咪酯（在我国境内批准上市的含依托咪酯的药品制剂除外）被列入第二类精神药品目录。',
              en: 'Correct. Since 1 October 2023, etomidate (except approved medicinal preparations containing it) has been on the list of Category II psychotropic substances.',
            },
          },
          {
            id: 'd',
            text: { zh: '它没有被管制，只是普通的麻醉药。', en: 'It isn’t controlled; it’s just an ordinary anaesthetic.' },
            correct: false,
            feedback: {
              zh: '依托咪酯在医院里用于麻醉，但它已被列入管制，非法吸食、贩卖依托咪酯都会按涉毒违法犯罪处理。',
              en: 'Etomidate is used in hospitals for anaesthesia, but it is now controlled: illegally using or selling it is treated as a drug offence.',
            },
          },
        ],
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 理解什么是新精神活性物质，以及我国为什么对部分物质实行整类列管。
          2. 了解列管时间线：芬太尼类物质（2019年5月1日）、合成大麻素类物质（2021年7月1日）、依托咪酯（2023年10月1日）、右美沙芬等药品和美托咪酯等依托咪酯类似物（2024年7月1日），理解名单会不断更新、“未被列管≠安全”。
          3. 认识“上头电子烟”等伪装形式和常见的危险信号，知道吸食含管制物质的电子烟就是吸毒。
          4. 能在情境中拒绝来历不明的电子烟和食品，并向大人求助。

          教学建议：不展示具体产品或购买渠道，不讨论使用方法和“效果”；以识别危险信号和拒绝为重点。情境均为虚构。
        `,
        en: md`
          1. Students understand what new psychoactive substances are and why China controls some of them as whole classes.
          2. Students know the control timeline: fentanyl-class substances (1 May 2019), synthetic cannabinoids (1 July 2021), etomidate (1 October 2023), dextromethorphan and other medicines, and etomidate analogues such as metomidate (1 July 2024), and understand that the lists keep growing and that “not yet controlled” does not mean safe.
          3. Students recognise disguises such as spiked vapes and common warning signs, and know that vaping a controlled substance is drug use.
          4. Students can refuse vapes and food of unknown origin in role-play and ask adults for help.

          Teaching tips: do not show specific products or sources, and do not discuss how they are used or their “effects”; focus on recognising warning signs and refusing. All scenarios are fictional.
        `,
      },
      sources: {
        zh: md`
          - 公安部、国家卫生健康委员会、国家药品监督管理局《关于将芬太尼类物质列入〈非药用类麻醉药品和精神药品管制品种增补目录〉的公告》（2019年5月1日起施行）。
          - 公安部、国家卫生健康委员会、国家药品监督管理局《关于将合成大麻素类物质和氟胺酮等18种物质列入〈非药用类麻醉药品和精神药品管制品种增补目录〉的公告》（2021年7月1日起施行）。
          - 国家药品监督管理局、公安部、国家卫生健康委员会《关于调整麻醉药品和精神药品目录的公告》（2023年第120号，2023年10月1日起施行；将依托咪酯列入第二类精神药品目录，在中国境内批准上市的含依托咪酯的药品制剂除外）。
          - 国家药品监督管理局、公安部、国家卫生健康委员会《关于调整精神药品目录的公告》（2024年发布，2024年7月1日起施行；将右美沙芬、含地芬诺酯复方制剂、纳呋拉啡、氯卡色林列入第二类精神药品目录）。
          - 国家药品监督管理局、公安部、国家卫生健康委员会《关于将溴啡等46种物质列入〈非药用类麻醉药品和精神药品管制品种增补目录〉的公告》（2024年7月1日起施行；列入的物质包括美托咪酯等依托咪酯类似物）。
          - 《中华人民共和国禁毒法》第二条；《中华人民共和国刑法》第三百四十七条、第三百五十七条。
          - 《中华人民共和国未成年人保护法》和国家关于电子烟的管理规定（不得向未成年人销售电子烟）。
        `,
        en: md`
          - Ministry of Public Security, National Health Commission and National Medical Products Administration: Announcement on Adding Fentanyl-Class Substances to the Supplementary List of Controlled Non-Medical Narcotic Drugs and Psychotropic Substances (in force from 1 May 2019).
          - Ministry of Public Security, National Health Commission and National Medical Products Administration: Announcement on Adding Synthetic Cannabinoids and 18 Substances Including Fluoroketamine (氟胺酮) to the Supplementary List of Controlled Non-Medical Narcotic Drugs and Psychotropic Substances (in force from 1 July 2021).
          - National Medical Products Administration, Ministry of Public Security and National Health Commission: Announcement on Adjusting the Catalogues of Narcotic Drugs and Psychotropic Substances (No. 120 of 2023, in force from 1 October 2023; lists etomidate as a Category II psychotropic substance, excluding approved medicinal preparations).
          - National Medical Products Administration, Ministry of Public Security and National Health Commission: Announcement on Adjusting the Catalogue of Psychotropic Substances (issued 2024, in force from 1 July 2024; adds dextromethorphan, compound preparations containing diphenoxylate, nalfurafine and lorcaserin to Category II).
          - National Medical Products Administration, Ministry of Public Security and National Health Commission: Announcement on Adding 46 Substances Including Brorphine to the Supplementary List of Controlled Non-Medical Narcotic Drugs and Psychotropic Substances (in force from 1 July 2024; the substances include etomidate analogues such as metomidate).
          - Anti-Drug Law of the People’s Republic of China, Article 2; Criminal Law of the People’s Republic of China, Articles 347 and 357.
          - Law of the People’s Republic of China on the Protection of Minors and national rules on e-cigarettes (e-cigarettes may not be sold to minors).
        `,
      },
    },
  },
};
