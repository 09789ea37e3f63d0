import type { SeedModule } from './index.js';
import { md } from './md.js';

export const partyDrinkSafety: SeedModule = {
  slug: 'party-drink-safety',
  content: {
    title: { zh: '聚会安全：守护你的饮料，练习拒绝', en: 'Staying safe at parties: protect your drink, practise saying no' },
    summary: {
      zh: '了解饮料被人偷偷下药的风险和应对方法：饮料不离视线、结伴同行、识别需要帮助的信号、紧急时拨打120或110；并在想象的真实情境中练习拒绝。',
      en: 'Understand the risk of drink spiking and how to respond: keep your drink in sight, use the buddy system, recognise when someone needs help, and call 120 or 110 in an emergency. Then practise refusal skills in realistic imagined scenarios.',
    },
    gradeBands: ['senior'],
    topics: ['spiked_drinks', 'refusal_skills', 'help_support'],
    estimatedMinutes: 18,
    sections: [
      {
        id: 'what-is-spiking',
        kind: 'text',
        title: { zh: '什么是“下药”？', en: 'What is drink spiking?' },
        body: {
          zh: md`
            **下药**是指有人趁别人不注意，往饮料里偷偷加入毒品、镇静类药物或其他物质。被下药的人可能在不知情的情况下失去判断力和自我保护能力。

            需要知道的几点：

            - 任何饮料都可能被下药，**奶茶、果汁、汽水、白开水**都一样，不只是酒。
            - 被加入的东西往往**无色、无味**，看、闻、尝都很难发现。
            - 下药的人**不一定是陌生人**，也可能是刚认识的、“看起来很友好”的人。
            - 被下药**永远不是受害者的错**，责任在下药的人。偷偷给别人下药是严重的违法犯罪行为。
          `,
          en: md`
            **Drink spiking** means secretly adding drugs, sedatives or other substances to someone’s drink when they aren’t looking. The person may lose their judgement and their ability to protect themselves without realising why.

            Key points:

            - Any drink can be spiked: **milk tea, juice, fizzy drinks, even plain water**, not just alcohol.
            - What is added is often **colourless and tasteless**, so it is hard to spot by sight, smell or taste.
            - The person spiking **isn’t always a stranger**; it might be someone you’ve just met who “seems really friendly”.
            - Being spiked is **never the victim’s fault**. The responsibility lies with the person who did it. Secretly drugging someone is a serious offence.
          `,
        },
      },
      {
        id: 'image-drink-checklist',
        kind: 'image',
        title: { zh: '饮料安全清单', en: 'Drink-safety checklist' },
        src: '/content/drink-safety.svg',
        alt: {
          zh: '饮料安全清单插图，共六个小图：手里握着自己的杯子（打勾）；眼睛看着自己的杯子（打勾）；两个朋友手挽手结伴（打勾）；一瓶未开封的瓶装饮料（打勾）；桌上无人看管的杯子（打叉）；手机屏幕上的红十字求助标志（打勾）。',
          en: 'Drink-safety checklist illustration with six small pictures: a hand holding one’s own cup (tick); an eye watching one’s own cup (tick); two friends arm in arm (tick); an unopened bottled drink (tick); a cup left unattended on a table (cross); a phone screen with a red cross for getting help (tick).',
        },
        caption: {
          zh: '饮料不离手、不离视线；结伴同行；有情况及时求助。',
          en: 'Keep your drink in your hand and in sight, stick with your buddies, and get help quickly if something is wrong.',
        },
      },
      {
        id: 'drink-safety-rules',
        kind: 'text',
        title: { zh: '保护好自己的饮料', en: 'Protect your drink' },
        body: {
          zh: md`
            - **亲眼看着**饮料被打开或制作，尽量选择**自己打开的密封瓶装饮料**。
            - 饮料**不离手、不离视线**。去洗手间、跳舞或拍照时，不要把饮料交给不熟悉的人看管。
            - 饮料一旦离开过视线，**就别再喝了**，重新买一杯。
            - **不喝**陌生人或刚认识的人递来的饮料，也不从“大家一起分的”大杯或壶里倒来喝。
            - 饮料的颜色、气味、味道**有一点不对**，就停下来，不要再喝。
            - 未成年人不饮酒。《中华人民共和国未成年人保护法》禁止向未成年人销售酒。酒精也会削弱判断力，让人更难察觉危险。
          `,
          en: md`
            - **Watch** your drink being opened or made, and where possible choose **sealed bottles you open yourself**.
            - Keep your drink **in your hand and in sight**. When you go to the toilet, dance or take photos, don’t leave it with someone you don’t know well.
            - If your drink has been out of sight, **don’t drink it**. Get a new one.
            - **Don’t accept** drinks from strangers or people you’ve only just met, and don’t pour from a shared jug or bowl.
            - If your drink looks, smells or tastes **even slightly off**, stop and don’t drink any more.
            - Minors don’t drink alcohol. The **Law of the People’s Republic of China on the Protection of Minors** prohibits selling alcohol to minors. Alcohol also weakens judgement, making danger harder to notice.
          `,
        },
      },
      {
        id: 'buddy-system',
        kind: 'text',
        title: { zh: '结伴同行', en: 'Use the buddy system' },
        body: {
          zh: md`
            出门前，和朋友约定好**结伴制度**：

            - **一起去、一起回**，不把任何一个人单独留下；
            - 互相留意对方的饮料和状态，约好一个“暗号”，谁觉得不对劲，大家就马上一起离开；
            - 把**去哪里、和谁在一起、几点回家**告诉家长，手机保持有电；
            - 有人提议换到陌生的地方“续场”时，先和同伴商量，拿不准就不去。
          `,
          en: md`
            Agree on a **buddy system** with your friends before you go out:

            - **arrive together and leave together**; never leave anyone on their own;
            - keep an eye on each other’s drinks and how each other is doing, and agree a “code word” so that if anyone feels something is wrong, you all leave straight away;
            - tell your parents **where you’re going, who you’re with and when you’ll be home**, and keep your phone charged;
            - if someone suggests moving on to an unfamiliar place, talk it over with your buddies first; if in doubt, don’t go.
          `,
        },
      },
      {
        id: 'check-unattended',
        kind: 'check',
        title: { zh: '想一想', en: 'Think about it' },
        question: {
          zh: '想象一下：生日聚会上，你去洗手间回来，发现自己的奶茶被挪了位置，盖子也像被打开过。最好的做法是什么？',
          en: 'Imagine: at a birthday party, you come back from the toilet and find your milk tea has been moved and the lid looks as if it has been opened. What is the best thing to do?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '闻一闻、尝一小口，没有异味就继续喝。', en: 'Smell it and take a small sip; if it seems fine, carry on.' },
            correct: false,
            feedback: {
              zh: '很多被加入的物质无色无味，闻和尝都发现不了，尝一口就可能受到影响。',
              en: 'Many substances added to drinks have no colour, smell or taste, so sniffing or sipping won’t reveal them, and even a sip could affect you.',
            },
          },
          {
            id: 'b',
            text: {
              zh: '不再喝这杯，告诉同伴，必要时告诉在场的大人或工作人员。',
              en: 'Don’t drink it, tell your buddy, and if needed tell an adult or staff member who is there.',
            },
            correct: true,
            feedback: {
              zh: '正确。离开过视线的饮料就不要再喝。告诉同伴能让大家一起提高警惕；如果怀疑有人下药，可以报警。',
              en: 'Correct. Don’t drink anything that has been out of your sight. Telling your buddy puts everyone on alert, and if you suspect spiking you can report it to the police.',
            },
          },
          {
            id: 'c',
            text: { zh: '什么都不说，免得扫大家的兴。', en: 'Say nothing, so you don’t spoil the fun.' },
            correct: false,
            feedback: {
              zh: '你的安全比气氛重要。如果真的有人下药，说出来还能保护其他人。',
              en: 'Your safety matters more than the mood. If someone really did spike it, speaking up may also protect others.',
            },
          },
        ],
      },
      {
        id: 'signs-and-emergency',
        kind: 'text',
        title: { zh: '需要帮助的信号和紧急处理', en: 'Signs someone needs help, and what to do' },
        body: {
          zh: md`
            如果你或朋友出现下面的情况，尤其是**和喝下的东西明显不相符**时，要警惕可能被下药：

            - 突然头晕、站不稳、说话含糊；
            - 非常困倦、意识模糊，或者反应异常；
            - 恶心、呕吐；
            - 对刚刚发生的事情记不清；
            - 呼吸变慢、变浅，或者叫不醒。

            **怎么做：**

            1. **告诉可信的人**：同伴、在场的工作人员或大人。不要一个人离开，也**不要让状态异常的朋友和陌生人或刚认识的人一起走**。
            2. **叫不醒、呼吸困难、抽搐**时，立即拨打**120**，说清楚地点、症状，以及怀疑被下药。
            3. 如果人已经失去意识但还有呼吸，让他**侧躺**，防止呕吐物堵住气道，并**一直陪着**，直到医护人员到达。
            4. 怀疑有人下药或者遇到危险，拨打**110**报警。
            5. 尽快**就医检查**，并告诉医生你怀疑被下药，因为有些物质在体内停留的时间很短。
          `,
          en: md`
            If you or a friend show any of these signs, especially if they are **out of proportion to what was drunk**, be alert to possible spiking:

            - sudden dizziness, unsteadiness or slurred speech;
            - extreme drowsiness, confusion or unusual reactions;
            - nausea or vomiting;
            - difficulty remembering what just happened;
            - slow or shallow breathing, or being impossible to wake.

            **What to do:**

            1. **Tell someone you trust**: your buddy, a staff member or an adult who is there. Don’t leave alone, and **don’t let a friend who is unwell leave with a stranger or someone they have only just met**.
            2. If they **can’t be woken, are struggling to breathe or are having a seizure**, call **120** immediately. Say where you are, what the symptoms are, and that you suspect spiking.
            3. If they are unconscious but breathing, lay them **on their side** so vomit can’t block the airway, and **stay with them** until medical help arrives.
            4. If you suspect someone spiked a drink or you are in danger, call **110**.
            5. **See a doctor** as soon as possible and say you suspect spiking, because some substances leave the body quickly.
          `,
        },
      },
      {
        id: 'check-friend-unwell',
        kind: 'check',
        title: { zh: '遇到这种情况', en: 'What would you do?' },
        question: {
          zh: '想象一下：聚会快结束时，你的朋友只喝了一杯果汁，却突然站不稳、说话含糊。一个刚认识的人主动说：“我送她回家。”你应该怎么做？',
          en: 'Imagine: as a party is ending, your friend, who has only had one glass of juice, suddenly can’t stand steadily and is slurring her words. Someone you have only just met offers: “I’ll take her home.” What should you do?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '让刚认识的人送她，这样你可以早点回家。', en: 'Let the new acquaintance take her, so you can get home earlier.' },
            correct: false,
            feedback: {
              zh: '这样做可能让朋友陷入危险。不要让状态异常的朋友和不熟悉的人单独离开。',
              en: 'That could put your friend in danger. Never let a friend who is unwell leave alone with someone you don’t know well.',
            },
          },
          {
            id: 'b',
            text: {
              zh: '陪着朋友，告诉在场的大人或工作人员；如果她叫不醒或呼吸困难，马上拨打120。',
              en: 'Stay with your friend and tell an adult or staff member; if she can’t be woken or is struggling to breathe, call 120 immediately.',
            },
            correct: true,
            feedback: {
              zh: '正确。只喝了果汁却出现这些症状，要考虑被下药的可能。陪伴她、寻求帮助，必要时叫急救，并考虑报警。',
              en: 'Correct. These symptoms after only a glass of juice suggest possible spiking. Stay with her, get help, call an ambulance if needed, and consider calling the police.',
            },
          },
          {
            id: 'c',
            text: { zh: '让她喝点咖啡醒醒神，然后自己打车回家。', en: 'Give her some coffee to wake her up and let her take a taxi home alone.' },
            correct: false,
            feedback: {
              zh: '咖啡不能消除药物的作用，让她独自离开也很危险。她需要有人陪着，必要时需要医疗帮助。',
              en: 'Coffee doesn’t reverse the effects of drugs, and letting her leave alone is dangerous. She needs someone with her and, if needed, medical help.',
            },
          },
        ],
      },
      {
        id: 'refusal-skills',
        kind: 'text',
        title: { zh: '拒绝技巧：想象情境练习', en: 'Refusal skills: imagined scenarios' },
        body: {
          zh: md`
            很多时候，压力不是来自陌生人，而是来自朋友和现场的气氛。下面是几个**想象出来的**情境，可以和同学分角色练习：

            - **想象一下**：毕业聚会上，有人拿出一支电子烟：“就一口，大家都抽了，别扫兴。”你可以**直接拒绝**：“不了，我不碰这个。”语气平静、坚定，不需要道歉。
            - **想象一下**：朋友的表哥说要带大家去一个“更好玩”的地方，那里有人提供“助兴的东西”。你可以**借故离开**：“我得回家了，我爸在楼下等我。”然后和同伴一起离开。
            - **想象一下**：有人不停地激你：“你是不是不敢？”你可以**转移话题或反问**：“这和敢不敢没关系。我们去吃点东西吧？”
            - **想象一下**：对方一直纠缠。这时要**重复拒绝，然后离开**；必要时向在场的大人、工作人员求助，或者拨打110。

            记住：**你拒绝的是毒品，不是朋友**。真正在乎你的人，会尊重你的选择。
          `,
          en: md`
            Often the pressure doesn’t come from strangers but from friends and the atmosphere. Here are some **imagined** situations to role-play with classmates:

            - **Imagine**: at a graduation party, someone takes out a vape: “Just one puff. Everyone’s had some, don’t be boring.” You can **refuse directly**: “No, I don’t touch that.” Stay calm and firm; you don’t need to apologise.
            - **Imagine**: a friend’s older cousin offers to take everyone somewhere “more fun”, where someone will provide “stuff to liven things up”. You can **make an excuse and leave**: “I need to get home. My dad’s waiting downstairs.” Then leave with your buddy.
            - **Imagine**: someone keeps needling you: “What, are you scared?” You can **change the subject or turn the question around**: “It’s got nothing to do with being scared. Shall we go and get something to eat?”
            - **Imagine**: the person won’t let it go. Then **repeat your refusal and leave**; if needed, ask an adult or staff member for help, or call 110.

            Remember: **you are turning down drugs, not your friends**. People who really care about you will respect your choice.
          `,
        },
      },
      {
        id: 'check-refusal',
        kind: 'check',
        title: { zh: '选一选', en: 'Choose a response' },
        question: {
          zh: '想象一下：聚会上，一个朋友拿出一支电子烟说：“就一口，别扫兴。”哪种回应最能保护自己，又不会让矛盾升级？',
          en: 'Imagine: at a party, a friend takes out a vape and says, “Just one puff, don’t be a killjoy.” Which response best protects you without making things worse?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '“不了，我不碰这个。我去拿点吃的，一起吗？”', en: '“No thanks, I don’t touch that. I’m getting some food. Coming?”' },
            correct: true,
            feedback: {
              zh: '正确。简短、坚定地拒绝，再转移话题，既保护了自己，也给了大家台阶。',
              en: 'Correct. A short, firm refusal followed by a change of subject protects you and lets everyone move on.',
            },
          },
          {
            id: 'b',
            text: { zh: '吸一口应付一下，免得被说不合群。', en: 'Take one puff to get it over with, so you don’t look unsociable.' },
            correct: false,
            feedback: {
              zh: '为了合群去尝试，风险却要你自己承担。来历不明的电子烟可能含有管制物质，一口也可能有危险。',
              en: 'If you go along just to fit in, you are the one who carries the risk. An unknown vape may contain controlled substances, and even one puff could be dangerous.',
            },
          },
          {
            id: 'c',
            text: { zh: '当着大家的面大声指责他吸毒。', en: 'Loudly accuse him of taking drugs in front of everyone.' },
            correct: false,
            feedback: {
              zh: '当众指责容易激化冲突，也不一定符合事实。先保护好自己、离开现场；事后可以私下关心他，或者告诉信任的大人。',
              en: 'A public accusation can escalate things and may not even be accurate. Protect yourself and leave first; afterwards you can talk to him privately or tell a trusted adult.',
            },
          },
        ],
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 了解饮料被下药的风险：任何饮料都可能被下药，被加入的物质往往无色无味，被下药不是受害者的错。
          2. 掌握保护饮料、结伴同行的具体做法。
          3. 能识别可能被下药的信号，知道何时拨打120或110，以及等待救援时如何让失去意识但有呼吸的人侧躺。
          4. 能在想象的真实情境中运用直接拒绝、借故离开、转移话题、重复拒绝等技巧。

          教学建议：情境均为虚构；讲解时避免列举具体药物名称和剂量，避免暗示受害者有责任；可组织角色扮演，让学生用自己的话练习拒绝。
        `,
        en: md`
          1. Students understand the risk of drink spiking: any drink can be spiked, added substances are often colourless and tasteless, and being spiked is never the victim’s fault.
          2. Students know practical ways to protect their drinks and use a buddy system.
          3. Students can recognise possible signs of spiking, know when to call 120 or 110, and know to lay an unconscious person who is breathing on their side while waiting for help.
          4. Students can use direct refusal, making an excuse to leave, changing the subject and repeated refusal in realistic imagined scenarios.

          Teaching tips: all scenarios are fictional; avoid naming specific substances or doses, and avoid any suggestion that victims are to blame. Role-play works well; let students practise refusing in their own words.
        `,
      },
      sources: {
        zh: md`
          - 《中华人民共和国刑法》第三百五十三条（欺骗、强迫他人吸食毒品的刑事责任）。
          - 《中华人民共和国未成年人保护法》（禁止向未成年人销售酒）。
          - 120为全国统一的医疗急救电话，110为报警电话；让失去意识但有呼吸的人侧卧以保持气道通畅，是通用的急救常识。
          - 本模块不包含统计数据或真实案例，所有情境均为虚构。
        `,
        en: md`
          - Criminal Law of the People’s Republic of China, Article 353 (criminal liability for deceiving or forcing others into taking drugs).
          - Law of the People’s Republic of China on the Protection of Minors (prohibits selling alcohol to minors).
          - 120 is the nationwide medical emergency number and 110 the police number; placing an unconscious person who is breathing on their side to keep the airway clear is standard first-aid advice.
          - This module contains no statistics or real cases; all scenarios are fictional.
        `,
      },
    },
  },
};
