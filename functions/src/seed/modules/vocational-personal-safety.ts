import type { SeedModule } from './index.js';
import { md } from './md.js';

export const vocationalPersonalSafety: SeedModule = {
  slug: 'vocational-personal-safety',
  content: {
    title: { zh: '实习、兼职和聚会：保护好自己', en: 'Placements, part-time jobs and nights out: staying safe' },
    summary: {
      zh: '给职业学校学生的安全课：在实习和社交场合坚定拒绝，识别“上头电子烟”和被下药的饮料，看穿“轻松高薪”的兼职和“帮忙带快递”的圈套，知道出事时怎么求助。',
      en: 'A safety lesson for vocational students: refusing firmly at placements and social events, recognising spiked vapes and spiked drinks, seeing through “easy money” part-time jobs and “just carry a parcel” traps, and knowing how to get help when something goes wrong.',
    },
    gradeBands: ['vocational', 'senior'],
    topics: ['refusal_skills', 'spiked_drinks', 'disguised_drugs', 'help_support'],
    estimatedMinutes: 18,
    sections: [
      {
        id: 'refusal-at-work',
        kind: 'text',
        title: { zh: '在实习和工作中说“不”', en: 'Saying no at placements and at work' },
        body: {
          zh: md`
            进入实习和工作，你会遇到更多成年人和新环境。有人可能会说：

            - “夜班太累，吃一片这个**提神**，干活有劲。”
            - “下班一起去放松放松，来一口，**解压**。”
            - “大家都是同事，不给面子吗？”

            在这些场合，拒绝同样是你的权利。几种好用的办法：

            - **直接说**：“不了，我不碰这个。”语气平静、坚定，不用道歉。
            - **给理由**：“我明天早班，要开车/要操作设备，得保持清醒。”
            - **换方向**：“我请大家喝奶茶吧。”然后换个话题。
            - **离开**：气氛不对就先走，和信任的同事或朋友一起离开。

            夜班、赶工时被推荐“提神药”，要格外警惕：来历不明的“提神”药片可能含有冰毒等兴奋剂类毒品。累了，真正的办法是休息，并向带教老师或主管反映工作安排。
          `,
          en: md`
            At placements and work you meet more adults and new situations. Someone might say:

            - “Night shifts are exhausting. Take one of these to **stay sharp** and you’ll get through it.”
            - “Let’s unwind after work. Have a puff, it **relieves stress**.”
            - “We’re colleagues. Aren’t you going to join in?”

            Saying no is still your right. Some ways that work:

            - **Say it straight**: “No thanks, I don’t touch that.” Calm and firm; no need to apologise.
            - **Give a reason**: “I’m on the early shift tomorrow and I drive / operate machines, so I need a clear head.”
            - **Redirect**: “Let me get everyone a milk tea.” Then change the subject.
            - **Leave**: if the mood turns, go, together with a colleague or friend you trust.

            Be especially careful when someone offers “pick-me-up” pills during night shifts or rush jobs: unknown “energy” pills may contain stimulant drugs such as methamphetamine. When you are tired, the real answer is rest, and talking to your placement supervisor or manager about the workload.
          `,
        },
      },
      {
        id: 'check-night-shift',
        kind: 'check',
        title: { zh: '练一练', en: 'Try it' },
        question: {
          zh: '想象一下：实习单位连着加了几天夜班，一位老员工递给你一粒小药片：“吃了不困，我们都这么干。”哪种做法最好？',
          en: 'Imagine: after several night shifts in a row at your placement, an experienced worker hands you a small pill: “Stops you feeling sleepy. We all do it.” What is the best response?',
        },
        options: [
          {
            id: 'a',
            text: {
              zh: '谢绝，说“我不吃来路不明的药”；把情况告诉带教老师或学校的实习指导老师。',
              en: 'Decline (“I don’t take pills I don’t know”), and tell your placement supervisor or your school’s placement tutor.',
            },
            correct: true,
            feedback: {
              zh: '对。拒绝保护了你，告诉老师也能帮到其他实习生。连续夜班太累，也应该向学校反映。',
              en: 'Right. Refusing protects you, and telling a tutor can protect other trainees too. Too many night shifts in a row is also something to raise with your school.',
            },
          },
          {
            id: 'b',
            text: { zh: '大家都吃，应该没事，吃一粒。', en: 'Everyone takes them, so it’s probably fine. Take one.' },
            correct: false,
            feedback: {
              zh: '“大家都这么干”不能证明安全。来历不明的“提神药”可能含有毒品，伤害心脏和大脑，还会让人上瘾。',
              en: '“We all do it” proves nothing. Unknown “pick-me-up” pills may contain drugs that harm the heart and brain and are addictive.',
            },
          },
          {
            id: 'c',
            text: { zh: '先收下，累得不行的时候再吃。', en: 'Accept it and take it when you’re really exhausted.' },
            correct: false,
            feedback: {
              zh: '收下来历不明的药片，本身就有风险。不要保存，也不要转给别人。',
              en: 'Keeping unknown pills is a risk in itself. Don’t keep them and don’t pass them on.',
            },
          },
        ],
      },
      {
        id: 'vapes-and-drinks',
        kind: 'text',
        title: { zh: '“上头电子烟”和被下药的饮料', en: 'Spiked vapes and spiked drinks' },
        body: {
          zh: md`
            **“上头电子烟”**：有人把合成大麻素类物质、依托咪酯等管制物质加进电子烟油，外表和普通电子烟一样，常用“解压”“助眠”“上头”来推销。吸含有管制物质的电子烟就是吸毒。**最简单的规则：别人递来的电子烟，一口都不吸。**

            **被下药的饮料**：在聚会、KTV、酒吧等场合，有人可能在饮料里偷偷加入药物或毒品，让人失去判断力和行动能力。

            - 自己的饮料**不离开视线**；离开过的饮料不要再喝。
            - 只喝自己看着打开、倒出的饮料，不喝陌生人或刚认识的人递来的。
            - 和信任的朋友一起去、一起走，互相照看。
            - 喝了东西后突然觉得**头晕、站不稳、意识模糊**，而且和自己喝的量不相符：马上告诉身边信任的朋友，离开人群去安全的地方，必要时拨打**120**或**110**。
          `,
          en: md`
            **Spiked vapes**: some people add controlled substances such as synthetic cannabinoids or etomidate to e-liquid. These vapes look like ordinary e-cigarettes and are sold with words like “stress relief”, “helps you sleep” or “gives you a buzz”. Vaping a product that contains a controlled substance is drug use. **The simplest rule: if someone hands you a vape, don’t take a single puff.**

            **Spiked drinks**: at parties, karaoke, bars and similar places, someone may secretly put medicines or drugs into a drink to take away a person’s judgement and ability to act.

            - **Keep your drink in sight**; if you have left it, don’t drink it again.
            - Only drink what you saw opened and poured; don’t accept drinks from strangers or people you have just met.
            - Go with friends you trust, leave together, and look out for each other.
            - If after a drink you suddenly feel **dizzy, unsteady or confused**, more than what you drank would explain: tell a friend you trust straight away, get away from the crowd to somewhere safe, and call **120** or **110** if needed.
          `,
        },
      },
      {
        id: 'check-friend-unwell',
        kind: 'check',
        title: { zh: '朋友不对劲', en: 'A friend isn’t right' },
        question: {
          zh: '想象一下：聚会上，你的朋友只喝了一杯别人递来的饮料，过了一会儿就站不稳、说话含糊，叫她也反应很慢。你应该怎么做？',
          en: 'Imagine: at a party, your friend has had just one drink someone handed her. Soon she can’t stand steadily, her speech is slurred and she responds slowly when you call her. What should you do?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '让她在角落里睡一觉，自己接着玩。', en: 'Let her sleep it off in a corner and carry on with the party.' },
            correct: false,
            feedback: {
              zh: '不行。被下药的人可能出现呼吸抑制等危险，也可能受到侵害，一定要有人照看并及时求助。',
              en: 'No. Someone who has been spiked may have breathing problems or be assaulted; someone must stay with her and get help promptly.',
            },
          },
          {
            id: 'b',
            text: {
              zh: '一直陪着她；她叫不醒或呼吸不正常就马上拨打120，怀疑被下药就拨打110，并保留那杯饮料。',
              en: 'Stay with her; if she can’t be woken or isn’t breathing normally, call 120 at once; if you suspect she was spiked, call 110, and keep the drink.',
            },
            correct: true,
            feedback: {
              zh: '对。不让她一个人，也不让不熟的人“送她回去”。打电话时说清楚地点和情况；那杯饮料可能是重要证据。',
              en: 'Right. Don’t leave her alone or let people she doesn’t know well “take her home”. Give the location and what happened when you call; the drink may be important evidence.',
            },
          },
          {
            id: 'c',
            text: { zh: '刚认识的一个人说可以送她回家，就让他送。', en: 'Someone you’ve just met offers to take her home, so let him.' },
            correct: false,
            feedback: {
              zh: '不安全。她现在没有能力保护自己，只能由信任的朋友陪着，必要时由医护人员或警察接手。',
              en: 'Not safe. She can’t protect herself right now; only trusted friends should stay with her, with medical staff or police taking over if needed.',
            },
          },
        ],
      },
      {
        id: 'easy-money',
        kind: 'text',
        title: { zh: '“轻松高薪”的兼职，可能是圈套', en: '“Easy money” jobs may be a trap' },
        body: {
          zh: md`
            找兼职、挣生活费很正常，但要当心这些“好活”：

            - “帮忙收快递、转寄包裹，一单给不少钱。”
            - “把这个行李箱带到外地，包路费，还给报酬。”
            - “借你的银行卡、手机卡用几天，给你好处费。”
            - “不用面试，不用签合同，别问那么多。”

            **危险信号**：活太简单、钱太多；不签合同、不留真实信息；让你保密、不让你看包裹里是什么；要你出借身份证、银行卡、手机卡。

            这些可能是让你替毒贩**运送毒品**，或者帮别人洗钱、诈骗。运输毒品无论数量多少都是犯罪；出租、出借银行卡和手机卡也是法律禁止的。“我不知道里面是什么”很难成为你的保护。

            **怎么做**：通过学校和正规招聘渠道找兼职；不替任何人收寄、携带来历不明的物品；拿不准的“工作”，先问老师或家长；发现可疑，保存聊天记录，报警。
          `,
          en: md`
            Looking for part-time work to earn some money is normal, but watch out for these “great jobs”:

            - “Collect and forward parcels for me, good money per parcel.”
            - “Take this suitcase to another city; travel paid, plus a fee.”
            - “Lend me your bank card or SIM card for a few days and I’ll pay you.”
            - “No interview, no contract, don’t ask so many questions.”

            **Warning signs**: too easy and too well paid; no contract and no real contact details; being told to keep it secret or not to look inside a package; being asked to lend your ID card, bank card or SIM card.

            These may be ways of getting you to **transport drugs** for traffickers, or to help others launder money or commit fraud. Transporting drugs is a crime whatever the quantity, and renting out or lending bank cards and SIM cards is prohibited by law. “I didn’t know what was inside” is unlikely to protect you.

            **What to do**: find part-time work through your school and proper recruitment channels; never receive, send or carry unknown items for anyone; if you’re unsure about a “job”, ask a teacher or your family first; if something seems suspicious, keep the chat history and report it to the police.
          `,
        },
      },
      {
        id: 'check-suitcase',
        kind: 'check',
        title: { zh: '识破圈套', en: 'Spot the trap' },
        question: {
          zh: '想象一下：你在求职群里看到：“周末往返外地一趟，帮老板带个行李箱，报销路费，另给一笔不少的酬劳，不用问箱子里是什么。”你怎么判断？',
          en: 'Imagine you see this in a job-hunting group chat: “Return trip to another city this weekend, carry a suitcase for the boss, travel paid plus a generous fee, no need to ask what’s in the case.” What do you make of it?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '只要路上不打开箱子，就不会有事。', en: 'As long as I don’t open the case on the way, nothing can happen to me.' },
            correct: false,
            feedback: {
              zh: '不对。如果箱子里有毒品，运送的人会被卷入毒品犯罪的调查，“没打开”不能保护你。',
              en: 'No. If the case contains drugs, whoever carries it is drawn into a drug-crime investigation; “I didn’t open it” won’t protect you.',
            },
          },
          {
            id: 'b',
            text: { zh: '先去一次试试，不对劲下次就不去了。', en: 'Do it once, and if it feels wrong, don’t go next time.' },
            correct: false,
            feedback: {
              zh: '一次就可能出事。运输毒品无论数量多少都是犯罪，不要拿自己的前途去试。',
              en: 'Once is enough for things to go wrong. Transporting drugs is a crime whatever the quantity; don’t gamble your future on it.',
            },
          },
          {
            id: 'c',
            text: {
              zh: '报酬高、不说箱子里是什么，这是典型的危险信号，不接这个活，告诉老师或报警。',
              en: 'A big fee and secrecy about the suitcase are classic warning signs: don’t take the job, and tell a teacher or the police.',
            },
            correct: true,
            feedback: {
              zh: '对。正规工作不会让你替人运送不明物品。保留信息，向老师反映或报警，也能保护其他同学。',
              en: 'Right. Real jobs don’t ask you to carry unknown items for someone. Keep the details and tell a teacher or the police; that protects other students too.',
            },
          },
        ],
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 能在实习、工作和社交场合用多种方式坚定拒绝，包括拒绝“提神”“解压”的推销。
          2. 能识别“上头电子烟”和饮料被下药的风险，掌握看好饮料、结伴出行等保护方法，知道朋友出现异常时如何照看和求助。
          3. 能识别“轻松高薪”兼职、“帮忙带快递/行李箱”和出借银行卡、手机卡的危险信号，知道通过正规渠道找兼职。
          4. 知道紧急情况拨打120、110，并能说清地点和情况。

          教学建议：职业学校学生实习、兼职较多，可请学生分享（虚构的）求职经历，讨论哪些信号值得警惕。联合国毒品和犯罪问题办公室与世界卫生组织《国际药物使用预防标准》指出，技能练习和同伴规范比单纯讲知识更有效，建议以角色扮演为主。情境均为虚构。
        `,
        en: md`
          1. Refuse firmly in several ways at placements, work and social events, including refusing “pick-me-up” and “stress relief” pitches.
          2. Recognise the risks of spiked vapes and spiked drinks, use protective habits such as keeping drinks in sight and going out in groups, and know how to look after a friend who seems unwell and get help.
          3. Recognise the warning signs of “easy money” jobs, “carry a parcel / suitcase” requests and requests to lend bank or SIM cards, and look for part-time work through proper channels.
          4. Know to call 120 or 110 in an emergency and give the location and what happened.

          Teaching tips: vocational students often do placements and part-time work; invite them to share (fictional) job-hunting stories and discuss which signs should raise concern. The UNODC/WHO International Standards on Drug Use Prevention find that skills practice and peer norms work better than information alone, so base the lesson on role-play. All scenarios are fictional.
        `,
      },
      sources: {
        zh: md`
          - 《中华人民共和国刑法》第三百四十七条（运输毒品无论数量多少，都应当追究刑事责任）、第三百五十三条（欺骗他人吸食毒品的刑事责任）。
          - 《中华人民共和国反电信网络诈骗法》（不得出租、出借、出售电话卡、银行账户等）。
          - 国家药品监督管理局、公安部、国家卫生健康委员会《关于调整麻醉药品和精神药品目录的公告》（2023年第120号，依托咪酯自2023年10月1日起列入第二类精神药品）；公安部等《关于将合成大麻素类物质和氟胺酮等18种物质列入〈非药用类麻醉药品和精神药品管制品种增补目录〉的公告》（2021年7月1日起施行）。
          - 联合国毒品和犯罪问题办公室（UNODC）、世界卫生组织（WHO）《国际药物使用预防标准》（第二版，2018年）。
          - 110为全国统一报警电话，120为全国统一医疗急救电话。本模块不包含统计数据。
        `,
        en: md`
          - Criminal Law of the People’s Republic of China, Article 347 (transporting drugs is prosecuted whatever the quantity) and Article 353 (criminal liability for deceiving others into taking drugs).
          - Anti-Telecom and Online Fraud Law of the People’s Republic of China (phone cards, bank accounts and similar may not be rented out, lent or sold).
          - National Medical Products Administration, Ministry of Public Security and National Health Commission: Announcement on Adjusting the Catalogues of Narcotic Drugs and Psychotropic Substances (No. 120 of 2023; etomidate a Category II psychotropic substance from 1 October 2023); Ministry of Public Security and others: Announcement on Adding Synthetic Cannabinoids and 18 Substances Including Fluoroketamine to the Supplementary List (in force from 1 July 2021).
          - UNODC and WHO, International Standards on Drug Use Prevention (second edition, 2018).
          - 110 is China’s nationwide police emergency number; 120 is the nationwide medical emergency (ambulance) number. This module contains no statistics.
        `,
      },
    },
  },
};
