import type { SeedModule } from './index.js';
import { md } from './md.js';

export const substancesStudentsMeet: SeedModule = {
  slug: 'substances-students-meet',
  content: {
    title: { zh: '身边可能遇到的成瘾物质', en: 'Substances young people may actually come across' },
    summary: {
      zh: '实话实说：氯胺酮（K粉）对膀胱的伤害，笑气对神经的伤害和它准确的法律地位，伪装成“进口零食”的大麻制品，以及2024年被列管的止咳药成分。不渲染，不神秘化，只讲后果。',
      en: 'Straight talk: how ketamine damages the bladder, how nitrous oxide (laughing gas) damages the nerves and what its legal status actually is, cannabis products disguised as “imported snacks”, and the cough-medicine ingredient controlled in 2024. No glamour, no mystery, just the consequences.',
    },
    gradeBands: ['junior', 'senior'],
    topics: ['health_harm', 'disguised_drugs', 'law'],
    estimatedMinutes: 18,
    sections: [
      {
        id: 'ketamine',
        kind: 'text',
        title: { zh: '氯胺酮（K粉）：被毁掉的膀胱', en: 'Ketamine: a damaged bladder' },
        body: {
          zh: md`
            **氯胺酮**在医院和兽医那里是一种麻醉药，在我国被列为**第一类精神药品**严格管制。离开医疗用途被滥用的氯胺酮，俗称“K粉”，就是毒品。

            滥用氯胺酮的后果很不“酷”：

            - **膀胱受损**：长期滥用可能让膀胱发炎、变小、失去弹性，出现**尿频、尿急、尿痛、血尿**，有人一小时要跑好几次厕所；严重的需要手术，有的损伤很难恢复。
            - **判断力和记忆力下降**，容易摔伤、出意外，也容易在意识不清时受到伤害。
            - **会成瘾**，越用越多，越难停下。

            它常被说成“派对上助兴的东西”，但最坏的结局可能是：年纪轻轻就要靠尿垫和止痛药过日子。
          `,
          en: md`
            **Ketamine** is an anaesthetic used in hospitals and by vets. In China it is strictly controlled as a **Category I psychotropic substance**. Ketamine misused outside medical care, sometimes called “K powder”, is a drug.

            What ketamine misuse actually does is not “cool”:

            - **Bladder damage**: long-term misuse can inflame the bladder and leave it shrunken and stiff, causing **frequent, urgent and painful urination and blood in the urine**; some people need the toilet several times an hour. Severe cases need surgery, and some damage is hard to reverse.
            - **Poorer judgement and memory**, more falls and accidents, and a greater risk of being harmed while confused.
            - **Addiction**: people need more and more and find it harder to stop.

            It is sold as something to “liven up a party”, but at worst it can leave a young person relying on incontinence pads and painkillers.
          `,
        },
      },
      {
        id: 'nitrous-oxide',
        kind: 'text',
        title: { zh: '笑气：“不是毒品”不等于安全', en: 'Laughing gas: “not a drug” does not mean safe' },
        body: {
          zh: md`
            **笑气**就是一氧化二氮，装在小钢瓶或气球里，被有些人吸着“找乐子”。

            **它在法律上的地位要说准确**：一氧化二氮被列入《危险化学品目录》，按**危险化学品**管理；它在医疗和工业上有正当用途；目前它**没有被列入**麻醉药品和精神药品目录，所以在法律上**不属于毒品**。

            但“不是毒品”**不等于安全**。反复吸入笑气会：

            - **破坏体内的维生素B12**，进而损伤神经和脊髓：手脚发麻、没力气、走路不稳，严重的会瘫痪，而且不一定能完全恢复；
            - 造成缺氧，让人突然头晕、晕倒、摔伤；
            - 从钢瓶里直接吸入，冰冷的气体会冻伤嘴和喉咙。

            记住：**一样东西合不合法，和它伤不伤身体，是两个问题。**
          `,
          en: md`
            **Laughing gas** is nitrous oxide. It comes in small metal canisters or balloons, and some people inhale it “for fun”.

            **Its legal status, stated precisely**: nitrous oxide is on China’s Catalogue of Hazardous Chemicals and is regulated as a **hazardous chemical**; it has legitimate medical and industrial uses; it is currently **not listed** in the catalogues of narcotic drugs and psychotropic substances, so in law it is **not a drug**.

            But “not a drug” **does not mean safe**. Inhaling laughing gas repeatedly can:

            - **inactivate vitamin B12** in the body and so damage the nerves and spinal cord: numb hands and feet, weakness, unsteady walking, and in severe cases paralysis, which may not fully recover;
            - cause a lack of oxygen, leading to sudden dizziness, fainting and falls;
            - freeze the mouth and throat when the very cold gas is inhaled straight from a canister.

            Remember: **whether something is legal and whether it harms your body are two different questions.**
          `,
        },
      },
      {
        id: 'check-nitrous',
        kind: 'check',
        title: { zh: '说准确', en: 'Get it right' },
        question: {
          zh: '关于笑气（一氧化二氮），哪种说法最准确？',
          en: 'Which statement about laughing gas (nitrous oxide) is most accurate?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '它不是毒品，所以吸着玩没问题。', en: 'It isn’t a drug, so inhaling it for fun is fine.' },
            correct: false,
            feedback: {
              zh: '不对。它在法律上不属于毒品，但反复吸入会破坏维生素B12、损伤神经，严重的会瘫痪。',
              en: 'No. In law it is not a drug, but inhaling it repeatedly destroys vitamin B12 and damages the nerves; severe cases end in paralysis.',
            },
          },
          {
            id: 'b',
            text: {
              zh: '它按危险化学品管理，目前没有被列为毒品，但滥用会严重损伤神经。',
              en: 'It is regulated as a hazardous chemical and is not currently listed as a drug, but misuse can seriously damage the nerves.',
            },
            correct: true,
            feedback: {
              zh: '准确。法律地位和健康危害要分开看：没被列为毒品，不代表对身体没有伤害。',
              en: 'Accurate. Keep legal status and health harm apart: not being listed as a drug does not mean it does no harm.',
            },
          },
          {
            id: 'c',
            text: { zh: '它和海洛因一样，是法律明确列出的毒品。', en: 'Like heroin, it is a drug named in the law.' },
            correct: false,
            feedback: {
              zh: '不准确。笑气目前没有被列入麻醉药品和精神药品目录。讲危害要讲事实，夸大反而会让人不相信。',
              en: 'Not accurate. Laughing gas is not currently in the narcotic or psychotropic catalogues. Warnings should stick to the facts; exaggeration makes people stop believing them.',
            },
          },
        ],
      },
      {
        id: 'cannabis-snacks',
        kind: 'text',
        title: { zh: '“进口零食”里的大麻', en: 'Cannabis in “imported snacks”' },
        body: {
          zh: md`
            网上有人把含大麻的软糖、巧克力、饼干、饮料包装成“**进口零食**”“海外网红糖”来卖。包装五颜六色，看起来和普通零食差不多。

            要知道：

            - **大麻是《禁毒法》第二条明确列出的毒品**。有的国家或地区放开了大麻，但在我国境内购买、携带、吸食大麻制品，同样违法。
            - 吃下去的大麻往往过一段时间才起作用，有人以为“没感觉”又多吃，结果出现心慌、恐惧、呕吐、意识混乱。
            - 来历不明的“进口零食”，包装上可能有大麻叶图案或外文缩写“THC”（大麻的主要致幻成分），也可能什么标记都没有。

            所以：**不买、不吃来历不明的“进口零食”**，尤其是价格奇怪、卖家神秘、要求私下交易的。
          `,
          en: md`
            Some sellers online package sweets, chocolate, biscuits and drinks containing cannabis as “**imported snacks**” or “viral sweets from abroad”. The packaging is colourful and looks much like ordinary snacks.

            What you should know:

            - **Cannabis is named as a drug in Article 2 of the Anti-Drug Law of the People’s Republic of China.** Some countries and regions have relaxed their cannabis laws, but buying, carrying or using cannabis products in China is still against the law.
            - Cannabis that is eaten often takes a while to act. Some people think “nothing is happening” and eat more, then suffer a racing heart, panic, vomiting and confusion.
            - Unknown “imported snacks” may show a cannabis leaf or the letters “THC” (the main intoxicating compound in cannabis) on the packet, or may have no marking at all.

            So: **don’t buy or eat “imported snacks” of unknown origin**, especially when the price is odd, the seller is secretive, or they want to deal privately.
          `,
        },
      },
      {
        id: 'cough-medicine',
        kind: 'text',
        title: { zh: '2024年：止咳药成分也被列管了', en: '2024: a cough-medicine ingredient was controlled too' },
        body: {
          zh: md`
            **2024年7月1日**起，止咳药成分**右美沙芬**等几种药品被列入**第二类精神药品**目录。原因是有些青少年一次吃下大量含右美沙芬的药片或止咳药，出现幻觉、意识混乱、心跳加快等危险反应。

            这件事告诉我们：

            - **药品用错了，也会成为毒品问题**。药要按医生的要求、按说明书的剂量用；
            - 网上说的“某某药吃多了很嗨”，是在诱导你伤害自己；
            - 列管名单一直在更新。**未被列管≠安全**，新出现的东西没上名单，往往只是因为太新。
          `,
          en: md`
            From **1 July 2024**, **dextromethorphan**, an ingredient of cough medicines, and a few other medicines were added to the list of **Category II psychotropic substances**. The reason: some young people were taking large numbers of tablets or large amounts of cough medicine containing dextromethorphan at once, leading to dangerous reactions such as hallucinations, confusion and a racing heart.

            What this tells us:

            - **Medicines used the wrong way can become a drug problem too.** Take medicine as the doctor says and at the dose on the leaflet;
            - posts online saying “take loads of this medicine for a high” are encouraging you to harm yourself;
            - the control lists keep being updated. **Not yet controlled does not mean safe**: something new is often missing from the lists only because it is new.
          `,
        },
      },
      {
        id: 'check-snacks',
        kind: 'check',
        title: { zh: '练一练', en: 'Try it' },
        question: {
          zh: '想象一下：同学从网上买了一包“进口网红软糖”，包装上有一片叶子图案和几个外文字母，他说：“国外都合法，吃一颗没事。”你怎么回应最好？',
          en: 'Imagine: a classmate has bought a packet of “viral imported gummies” online. The packet has a leaf picture and some foreign letters, and he says, “It’s legal abroad, one won’t hurt.” What is the best response?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '“在国外合法，在这儿也没问题。”吃一颗试试。', en: '“If it’s legal abroad, it’s fine here.” Try one.' },
            correct: false,
            feedback: {
              zh: '不对。在我国，大麻是法律明确列出的毒品，别的地方怎么规定都不改变这一点。',
              en: 'No. In China cannabis is a drug named in the law; what other places allow does not change that.',
            },
          },
          {
            id: 'b',
            text: {
              zh: '“这可能含大麻，我不吃，你也别吃。”然后告诉老师或家长。',
              en: '“This might contain cannabis. I won’t eat it, and you shouldn’t either.” Then tell a teacher or parent.',
            },
            correct: true,
            feedback: {
              zh: '很好。拒绝、提醒同学、告诉大人。同学如果已经吃了、感觉不舒服，要马上告诉大人，必要时拨打120。',
              en: 'Well done: refuse, warn your classmate, tell an adult. If he has already eaten some and feels unwell, tell an adult straight away and call 120 if needed.',
            },
          },
          {
            id: 'c',
            text: { zh: '拿回家放着，以后再说。', en: 'Take it home and decide later.' },
            correct: false,
            feedback: {
              zh: '来历不明、可能含毒品的东西不要自己保管，交给大人处理。',
              en: 'Don’t keep something of unknown origin that may contain drugs; hand it to an adult to deal with.',
            },
          },
        ],
      },
      {
        id: 'check-ketamine',
        kind: 'check',
        title: { zh: '想一想', en: 'Think about it' },
        question: {
          zh: '有人说：“K粉就是派对助兴，不伤身体。”下面哪种说法符合事实？',
          en: 'Someone says, “K is just a party thing; it doesn’t harm your body.” Which statement fits the facts?',
        },
        options: [
          {
            id: 'a',
            text: {
              zh: '长期滥用氯胺酮会严重损伤膀胱，还会成瘾；它在我国是管制的精神药品，滥用就是吸毒。',
              en: 'Long-term ketamine misuse can badly damage the bladder and is addictive; in China it is a controlled psychotropic substance, and misusing it is drug use.',
            },
            correct: true,
            feedback: {
              zh: '对。尿频、尿痛、血尿和膀胱变小，是滥用氯胺酮常见的严重后果。',
              en: 'Right. Frequent and painful urination, blood in the urine and a shrunken bladder are common serious results of ketamine misuse.',
            },
          },
          {
            id: 'b',
            text: { zh: '它是医院用的麻醉药，所以自己用也安全。', en: 'It’s an anaesthetic used in hospitals, so using it yourself is safe.' },
            correct: false,
            feedback: {
              zh: '不对。医院里由医生控制剂量、监护病人；离开医疗用途滥用，就是吸毒，伤害也完全不同。',
              en: 'No. In hospital, doctors control the dose and monitor the patient; misused outside medical care it is drug use, and the harm is a different story.',
            },
          },
          {
            id: 'c',
            text: { zh: '只要一个月用一次就不会有问题。', en: 'Once a month won’t cause any problems.' },
            correct: false,
            feedback: {
              zh: '没有“安全的用法”。每一次都可能带来意外和伤害，也可能越用越多。',
              en: 'There is no “safe way” to use it. Every time carries a risk of accidents and harm, and use tends to grow.',
            },
          },
        ],
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 了解氯胺酮滥用对膀胱等器官的伤害，知道它在我国属于管制的精神药品。
          2. 准确说出笑气的法律地位（危险化学品，目前未列为毒品）和健康危害（破坏维生素B12、损伤神经），理解“合法与否”和“是否有害”是两回事。
          3. 识别伪装成“进口零食”的大麻制品，知道在我国大麻是法律明确列出的毒品。
          4. 知道2024年7月1日起右美沙芬等药品被列入第二类精神药品，理解“未被列管≠安全”。

          教学建议：只讲后果，不描述“感受”“效果”或使用方法，不展示购买渠道；避免猎奇和夸大（例如不要把笑气说成“法律上的毒品”），讲准确的事实更能让学生信服。情境均为虚构。
        `,
        en: md`
          1. Know how ketamine misuse harms the bladder and other organs, and that ketamine is a controlled psychotropic substance in China.
          2. State nitrous oxide’s legal status accurately (a hazardous chemical, not currently listed as a drug) and its health harm (it inactivates vitamin B12 and damages the nerves), and understand that “legal or not” and “harmful or not” are different questions.
          3. Recognise cannabis products disguised as “imported snacks”, and know that cannabis is a drug named in Chinese law.
          4. Know that dextromethorphan and other medicines became Category II psychotropic substances from 1 July 2024, and understand that “not yet controlled” does not mean safe.

          Teaching tips: talk about consequences only; do not describe “feelings”, “effects” or how substances are used, and do not show where to buy them. Avoid sensationalism and exaggeration (for example, do not call laughing gas a drug in law); accurate facts are more convincing. All scenarios are fictional.
        `,
      },
      sources: {
        zh: md`
          - 《麻醉药品和精神药品管理条例》及《精神药品品种目录》（氯胺酮列为第一类精神药品）。
          - 《危险化学品目录》（一氧化二氮列入其中）；麻醉药品和精神药品目录及《非药用类麻醉药品和精神药品管制品种增补目录》中没有一氧化二氮（编写时的情况；目录如有调整，以最新公告为准）。
          - 一氧化二氮使维生素B12失活、导致周围神经和脊髓损害，氯胺酮滥用导致膀胱损害（氯胺酮相关性膀胱炎），为临床医学公认的认识。
          - 《中华人民共和国禁毒法》第二条（大麻为法律列明的毒品）。
          - 国家药品监督管理局、公安部、国家卫生健康委员会《关于调整精神药品目录的公告》（2024年发布，2024年7月1日起施行；将右美沙芬、含地芬诺酯复方制剂、纳呋拉啡、氯卡色林列入第二类精神药品目录）。
          - 本模块不包含统计数据。
        `,
        en: md`
          - Regulations on the Administration of Narcotic Drugs and Psychotropic Substances and the Catalogue of Psychotropic Substances (ketamine is a Category I psychotropic substance).
          - Catalogue of Hazardous Chemicals (lists nitrous oxide); nitrous oxide is not in the narcotic or psychotropic catalogues or the Supplementary List of Controlled Non-Medical Narcotic Drugs and Psychotropic Substances (as at the time of writing; if the lists change, the latest announcement prevails).
          - That nitrous oxide inactivates vitamin B12 and causes peripheral nerve and spinal cord damage, and that ketamine misuse damages the bladder (ketamine-related cystitis), is established clinical knowledge.
          - Anti-Drug Law of the People’s Republic of China, Article 2 (cannabis is a drug named in the law).
          - National Medical Products Administration, Ministry of Public Security and National Health Commission: Announcement on Adjusting the Catalogue of Psychotropic Substances (issued 2024, in force from 1 July 2024; adds dextromethorphan, compound preparations containing diphenoxylate, nalfurafine and lorcaserin to Category II).
          - This module contains no statistics.
        `,
      },
    },
  },
};
