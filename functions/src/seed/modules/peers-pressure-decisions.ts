import type { SeedModule } from './index.js';
import { md } from './md.js';

export const peersPressureDecisions: SeedModule = {
  slug: 'peers-pressure-decisions',
  content: {
    title: { zh: '同伴、压力和选择', en: 'Friends, pressure and choices' },
    summary: {
      zh: '“大家都试过”是真的吗？练习“停—想—选”三步做决定，找到比“解压”“提神”推销更靠谱的减压办法，识破网上“高薪兼职”和“帮忙带快递”的圈套。',
      en: 'Is it true that “everyone has tried it”? Practise a three-step way to decide (stop, think, choose), find better ways to handle stress than the “stress relief” and “energy boost” sales pitch, and spot online “well-paid part-time jobs” and “just carry a parcel” traps.',
    },
    gradeBands: ['junior'],
    topics: ['refusal_skills', 'help_support', 'disguised_drugs'],
    estimatedMinutes: 16,
    sections: [
      {
        id: 'not-everyone',
        kind: 'text',
        title: { zh: '“大家都试过”？不是真的', en: '“Everyone’s tried it”? Not true' },
        body: {
          zh: md`
            想让你尝试的人，常常会说：“大家都试过”“就你没玩过”“现在都流行这个”。

            事实是：**大多数青少年从来不碰毒品**。你身边的大多数同学，每天忙着学习、运动、打游戏、和朋友聊天，和毒品没有关系。

            为什么有人会觉得“大家都在用”？

            - 少数人的冒险行为更容易被人议论、被人记住；
            - 网上的一些视频和帖子故意把危险的东西拍得很“酷”；
            - 想拉你下水的人，需要你相信“这很正常”。

            所以，当你听到“大家都试过”，可以在心里提醒自己：**说“不”的人才是大多数**。
          `,
          en: md`
            People who want you to try something often say: “Everyone’s tried it”, “You’re the only one who hasn’t”, or “Everybody’s into this now”.

            The truth is: **most young people never touch drugs**. Most of your classmates spend their days studying, doing sport, gaming and chatting with friends, and have nothing to do with drugs.

            So why do some people think “everyone is doing it”?

            - Risky behaviour by a few people gets talked about and remembered more;
            - some videos and posts online deliberately make dangerous things look “cool”;
            - someone who wants to draw you in needs you to believe “it’s normal”.

            So when you hear “everyone’s tried it”, remind yourself: **the people who say no are the majority**.
          `,
        },
      },
      {
        id: 'check-norms',
        kind: 'check',
        title: { zh: '想一想', en: 'Think about it' },
        question: {
          zh: '想象一下：聚会上，一个朋友说：“现在谁没试过这个？不试就是胆小。”哪种想法最符合事实？',
          en: 'Imagine: at a get-together, a friend says, “Who hasn’t tried this by now? If you don’t, you’re a coward.” Which thought fits the facts best?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '他说得对，我大概是唯一没试过的人。', en: 'He’s right; I’m probably the only one who hasn’t tried it.' },
            correct: false,
            feedback: {
              zh: '这正是对方想让你相信的。事实上，大多数青少年从来不碰毒品，你一点也不孤单。',
              en: 'That is exactly what he wants you to believe. In fact, most young people never touch drugs; you are far from alone.',
            },
          },
          {
            id: 'b',
            text: {
              zh: '大多数同龄人都不碰毒品；拒绝不是胆小，是有主见。',
              en: 'Most people my age don’t touch drugs; saying no isn’t cowardly, it means I think for myself.',
            },
            correct: true,
            feedback: {
              zh: '对。“不试就是胆小”是一种激将法。敢于在压力下说“不”，需要的是勇气。',
              en: 'Right. “If you don’t, you’re a coward” is a way of goading you. Saying no under pressure is what takes courage.',
            },
          },
          {
            id: 'c',
            text: { zh: '只要不是天天用，试一次没关系。', en: 'Trying it once is fine, as long as you don’t use it every day.' },
            correct: false,
            feedback: {
              zh: '很多人都是从“就试一次”开始的。来历不明的东西，一次就可能造成严重伤害，也可能让人越陷越深。',
              en: 'Many people started with “just once”. Something of unknown origin can cause serious harm the first time, and can draw you in deeper.',
            },
          },
        ],
      },
      {
        id: 'stop-think-choose',
        kind: 'text',
        title: { zh: '做决定三步：停—想—选', en: 'Three steps to decide: stop, think, choose' },
        body: {
          zh: md`
            压力来的时候，人容易冲动。试试这三步：

            1. **停一停**：先别马上回答。深呼吸，给自己几秒钟。可以说：“等一下。”
            2. **想一想**：这件事可能带来什么后果？对我的身体、学习、家人有什么影响？违法吗？我真正想成为什么样的人？
            3. **选一选**：做出自己的选择，并且用行动坚持：说“不”、换个话题、离开，或者找信任的大人帮忙。

            **拒绝的话，可以提前准备好**：

            - “不了，我不碰这个。”
            - “我明天还有比赛，要保持状态。”
            - “我爸妈会查，我可不想惹麻烦。”
            - “走吧，我们去打球。”

            真正的朋友会尊重你的选择。如果有人因为你拒绝就嘲笑你、孤立你，那他的“友谊”本来就不值得。
          `,
          en: md`
            Under pressure, it is easy to act on impulse. Try these three steps:

            1. **Stop**: don’t answer straight away. Take a breath and give yourself a few seconds. You can say, “Hang on.”
            2. **Think**: what could happen next? What would it mean for my health, my studies, my family? Is it against the law? Who do I actually want to be?
            3. **Choose**: make your own choice and stick to it: say no, change the subject, leave, or get help from a trusted adult.

            **You can prepare what to say in advance**:

            - “No thanks, I don’t touch that.”
            - “I’ve got a match tomorrow; I need to be on form.”
            - “My parents check up on me. I don’t want trouble.”
            - “Come on, let’s go and play basketball.”

            Real friends respect your choice. If someone mocks or shuts you out because you said no, their “friendship” was not worth much anyway.
          `,
        },
      },
      {
        id: 'stress',
        kind: 'text',
        title: { zh: '“解压”“提神”？更好的办法', en: '“Stress relief” and “energy boosts”? Better ways' },
        body: {
          zh: md`
            考试、作业、家里的事、朋友之间的矛盾……压力很常见。有人就会利用这一点推销：“这个能**解压**”“熬夜学习用它**提神**”“吸一口就不焦虑了”。

            这些说法的目的，是让你把毒品或来历不明的东西当成“工具”。它们不能解决任何问题，反而会带来新的问题：成瘾、伤害大脑、违法。

            压力大的时候，这些办法更靠谱：

            - **睡够觉**：睡眠是最好的“提神”；
            - **动一动**：跑步、跳绳、打球，让身体放松；
            - **说出来**：和朋友、家长、老师或心理老师聊一聊；
            - **拆开做**：把大任务拆成小步骤，一次只做一件；
            - **慢呼吸**：慢慢吸气、慢慢呼气，重复几次；
            - **做喜欢的事**：听音乐、画画、看书、出门走走。

            如果很长时间都觉得难受、睡不好、提不起劲，**一定要告诉信任的大人**，这不是软弱，而是照顾自己。
          `,
          en: md`
            Exams, homework, family problems, falling out with friends: stress is common. Some people use that to sell you things: “This will **relieve stress**”, “Use it to **stay awake** when you study late”, “One puff and the anxiety is gone”.

            The aim of these lines is to make you see drugs, or things of unknown origin, as a “tool”. They solve nothing and bring new problems: addiction, harm to the brain, and trouble with the law.

            When you are stressed, these work better:

            - **Sleep enough**: sleep is the best “energy boost”;
            - **Move**: running, skipping, ball games help your body relax;
            - **Talk it through**: with a friend, a parent, a teacher or the school counsellor;
            - **Break it down**: split a big task into small steps and do one at a time;
            - **Breathe slowly**: breathe in slowly, breathe out slowly, a few times;
            - **Do something you enjoy**: music, drawing, reading, a walk outside.

            If you feel low, can’t sleep or have no energy for a long time, **tell a trusted adult**. That is not weakness; it is looking after yourself.
          `,
        },
      },
      {
        id: 'check-stress',
        kind: 'check',
        title: { zh: '练一练', en: 'Try it' },
        question: {
          zh: '想象一下：期中考试前，一个网友私信你：“我这有‘学习神器’，吃了通宵都不困，还能解压，要不要？”你会怎么做？',
          en: 'Imagine: before the mid-term exams, someone you know only online messages you: “I’ve got a ‘study booster’. Take it and you can stay up all night without getting tired, and it relieves stress too. Want some?” What do you do?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '买一点试试，考完就不用了。', en: 'Buy a little to try, and stop after the exams.' },
            correct: false,
            feedback: {
              zh: '“让人不困”的来历不明药片可能含有兴奋剂类毒品，伤害大脑和心脏，还容易上瘾。“考完就不用”往往做不到。',
              en: 'Unknown pills that “stop you feeling tired” may contain stimulant drugs that harm the brain and heart and are easy to get hooked on. “I’ll stop after the exams” often doesn’t happen.',
            },
          },
          {
            id: 'b',
            text: {
              zh: '不回复、不购买，截图告诉家长或老师；压力大就找人聊聊、好好睡觉。',
              en: 'Don’t reply or buy; take a screenshot and tell a parent or teacher; deal with the stress by talking to someone and sleeping properly.',
            },
            correct: true,
            feedback: {
              zh: '很好。拒绝推销，把情况告诉大人，再用靠谱的办法应对压力，这是最聪明的选择。',
              en: 'Well done. Refuse the pitch, tell an adult, and handle the stress in ways that actually work: that is the smartest choice.',
            },
          },
          {
            id: 'c',
            text: { zh: '先问问他是什么成分，安全的话再买。', en: 'Ask him what’s in it, and buy it if it sounds safe.' },
            correct: false,
            feedback: {
              zh: '卖的人说什么都无法证明是安全的。不认识的药片，不管对方怎么介绍，都不要碰。',
              en: 'Nothing a seller says can prove it is safe. Whatever you are told, don’t touch pills you don’t know.',
            },
          },
        ],
      },
      {
        id: 'online-traps',
        kind: 'text',
        title: { zh: '网上的“高薪兼职”和“帮忙带快递”', en: 'Online “well-paid jobs” and “just carry a parcel”' },
        body: {
          zh: md`
            有些贩毒的人会在网上、游戏里或社交软件上找学生“帮忙”，说法常常是：

            - “帮忙收个快递，给你跑腿费。”
            - “放学后把这个包裹带到某个地方，很轻松，钱很多。”
            - “不用问里面是什么，别告诉家里人。”

            **危险信号**：活很简单、给的钱却很多；让你保密；不让你打开看；要你提供身份证、银行卡或手机卡。

            这些“兼职”可能是让你替他们**运送毒品**。《刑法》规定，运输毒品无论数量多少都是犯罪；利用、教唆未成年人运输毒品的人，会被从重处罚。被人利用的学生，也会卷进调查，身心受到伤害。

            **记住**：不替别人收、带、寄来历不明的包裹；不借出自己的身份证、银行卡、手机卡；遇到这样的“好事”，截图，告诉家长或老师，必要时报警。
          `,
          en: md`
            Some people who sell drugs look for students online, in games or on social apps to “help out”. What they say often sounds like this:

            - “Collect a parcel for me and I’ll pay you for your trouble.”
            - “Take this package somewhere after school. Easy job, good money.”
            - “Don’t ask what’s inside, and don’t tell your family.”

            **Warning signs**: an easy task for a lot of money; being asked to keep it secret; not being allowed to look inside; being asked for your ID card, bank card or phone SIM.

            These “jobs” may be about **transporting drugs** for them. Under the Criminal Law, transporting drugs is a crime whatever the quantity, and anyone who uses or instigates a minor to transport drugs is punished more severely. Students who are used like this also get drawn into investigations and can be hurt.

            **Remember**: don’t collect, carry or send parcels of unknown origin for anyone; don’t lend your ID card, bank card or SIM card; if you get an offer like this, take a screenshot, tell a parent or teacher, and report it to the police if needed.
          `,
        },
      },
      {
        id: 'check-courier',
        kind: 'check',
        title: { zh: '识破圈套', en: 'Spot the trap' },
        question: {
          zh: '想象一下：游戏里认识的“大哥”说：“周末帮我把一个盒子从车站带到另一个小区，给你买一套皮肤，别跟你爸妈说。”你怎么判断、怎么做？',
          en: 'Imagine: an “older brother” you met in a game says, “This weekend, take a box from the station to another housing estate for me and I’ll buy you a skin. Don’t tell your parents.” What do you make of it, and what do you do?',
        },
        options: [
          {
            id: 'a',
            text: {
              zh: '只要自己不打开盒子，出了事也和我没关系，可以去。',
              en: 'As long as I don’t open the box, it has nothing to do with me if something goes wrong, so I can do it.',
            },
            correct: false,
            feedback: {
              zh: '不对。不打开看不能保护你。替别人运送来历不明的东西，可能让你卷入毒品犯罪的调查，还可能遇到危险。',
              en: 'No. Not looking inside does not protect you. Carrying unknown things for someone can drag you into a drug-crime investigation and put you in danger.',
            },
          },
          {
            id: 'b',
            text: { zh: '先问问盒子里是什么，他说是普通东西就去。', en: 'Ask what’s in the box, and go if he says it’s something ordinary.' },
            correct: false,
            feedback: {
              zh: '对方怎么说都无法证明。正常的帮忙不需要瞒着家长，也不会为带个盒子给这么多好处。',
              en: 'Nothing he says proves anything. Normal favours don’t have to be hidden from your parents, and nobody pays that much for carrying a box.',
            },
          },
          {
            id: 'c',
            text: {
              zh: '报酬高、要保密、不说里面是什么，都是危险信号：拒绝，保存聊天记录，告诉家长或老师。',
              en: 'A big reward, secrecy and not saying what’s inside are all warning signs: refuse, keep the chat history, and tell a parent or teacher.',
            },
            correct: true,
            feedback: {
              zh: '对。保存好证据，让大人帮你判断；必要时可以报警。',
              en: 'Right. Keep the evidence and let an adult help you decide; the police can be told if needed.',
            },
          },
        ],
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 纠正“大家都试过”的误解：大多数青少年不使用毒品，拒绝才是多数人的选择（规范教育）。
          2. 掌握“停—想—选”的决策步骤，能用自己的话拒绝。
          3. 识别“解压”“提神”等推销话术，能说出至少三种健康的减压方法。
          4. 识别网上招募“跑腿”“带快递”“高薪兼职”的危险信号，知道不替他人收寄、携带来历不明的物品，不出借证件和银行卡。

          教学建议：联合国毒品和犯罪问题办公室与世界卫生组织《国际药物使用预防标准》指出，只讲知识对青少年效果有限，互动练习个人和社交技能、纠正对同伴行为的误解更有效。建议分组角色扮演，让学生自己编写拒绝的话。讲规范时只说“大多数”，不要引用没有来源的百分比。情境均为虚构，避免点名或影射具体学生。
        `,
        en: md`
          1. Correct the belief that “everyone has tried it”: most young people do not use drugs, and saying no is the majority choice (normative education).
          2. Learn the stop–think–choose steps and be able to refuse in their own words.
          3. Recognise sales lines such as “stress relief” and “energy boost”, and name at least three healthy ways to cope with stress.
          4. Recognise the warning signs of online recruitment for “errands”, “carrying parcels” or “well-paid part-time jobs”; know not to receive, send or carry unknown items for others, and not to lend ID or bank cards.

          Teaching tips: the UNODC/WHO International Standards on Drug Use Prevention note that information alone has limited effect with adolescents, while interactive work on personal and social skills and on correcting misperceived peer norms is more effective. Use group role-play and let students write their own refusal lines. When talking about norms, say “most”; do not quote percentages without a source. All scenarios are fictional; do not name or hint at particular students.
        `,
      },
      sources: {
        zh: md`
          - 联合国毒品和犯罪问题办公室（UNODC）、世界卫生组织（WHO）《国际药物使用预防标准》（第二版，2018年）：初中阶段以个人和社交技能训练、纠正同伴规范误解为有效做法，单纯提供信息效果有限。
          - 《中华人民共和国刑法》第三百四十七条（走私、贩卖、运输、制造毒品，无论数量多少，都应当追究刑事责任；利用、教唆未成年人走私、贩卖、运输、制造毒品的，从重处罚）。
          - 《中华人民共和国反电信网络诈骗法》（不得出租、出借、出售电话卡、银行账户等）。
          - “大多数青少年不使用毒品”为定性表述，本模块不引用任何百分比；所有情境均为虚构。
        `,
        en: md`
          - UNODC and WHO, International Standards on Drug Use Prevention (second edition, 2018): for early adolescence, personal and social skills training and correcting misperceived peer norms are effective; information alone has limited effect.
          - Criminal Law of the People’s Republic of China, Article 347 (smuggling, selling, transporting or manufacturing drugs is prosecuted whatever the quantity; using or instigating minors to do so is punished more severely).
          - Anti-Telecom and Online Fraud Law of the People’s Republic of China (phone cards, bank accounts and similar may not be rented out, lent or sold).
          - “Most young people do not use drugs” is stated qualitatively; this module quotes no percentages. All scenarios are fictional.
        `,
      },
    },
  },
};
