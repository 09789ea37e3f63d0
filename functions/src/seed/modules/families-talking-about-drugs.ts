import type { SeedModule } from './index.js';
import { md } from './md.js';

export const familiesTalkingAboutDrugs: SeedModule = {
  slug: 'families-talking-about-drugs',
  content: {
    title: { zh: '家长课堂：和孩子聊聊毒品', en: 'For families: talking with your child about drugs' },
    summary: {
      zh: '写给家长和其他照顾孩子的人：为什么家庭很重要，怎样平静地和孩子谈毒品，哪些变化值得留意（但不等于吸毒），担心时可以去哪里求助。',
      en: 'For parents and other caregivers: why families matter, how to talk calmly with your child about drugs, which changes are worth noticing (without jumping to conclusions), and where to get help if you are worried.',
    },
    gradeBands: ['families'],
    topics: ['help_support', 'drug_basics', 'refusal_skills'],
    estimatedMinutes: 15,
    sections: [
      {
        id: 'why-families',
        kind: 'text',
        title: { zh: '家庭是最好的“防线”', en: 'Families are the best protection' },
        body: {
          zh: md`
            国际上对预防青少年吸毒的研究发现，**家庭的作用很大**。真正起作用的，往往不是一次严厉的训话，而是日常的点点滴滴：

            - **关系亲近**：孩子知道家里有人关心他、愿意听他说话；
            - **规矩清楚**：家里明确说过“不碰毒品、不接来历不明的东西”，并且说到做到；
            - **心里有数**：知道孩子和谁在一起、去了哪里、在网上常做什么，同时尊重孩子，不搞监视；
            - **以身作则**：大人对烟、酒和药品的态度，孩子都看在眼里。

            这节课不需要你懂很多专业知识，只需要你**愿意开口、愿意倾听**。
          `,
          en: md`
            International research on preventing drug use among young people finds that **families make a big difference**. What works is usually not one stern lecture, but everyday things:

            - **Closeness**: your child knows someone at home cares and is willing to listen;
            - **Clear rules**: the family has said plainly “we don’t touch drugs or accept things we don’t know”, and sticks to it;
            - **Knowing what’s going on**: you know who your child spends time with, where they go and what they usually do online, while still respecting them rather than spying on them;
            - **Setting an example**: children notice how adults treat cigarettes, alcohol and medicines.

            You don’t need expert knowledge for this lesson. You only need to be **willing to talk and willing to listen**.
          `,
        },
      },
      {
        id: 'how-to-talk',
        kind: 'text',
        title: { zh: '怎样和孩子谈', en: 'How to talk with your child' },
        body: {
          zh: md`
            - **早一点、多几次**：不用等孩子“出问题”才谈。小学阶段就可以从“不接、不尝来历不明的东西”讲起；孩子越大，谈得越具体，比如电子烟、网上兼职、聚会饮料。
            - **找自然的时机**：看到新闻、放学路上、一起做饭时，顺口问一句：“你们学校讲过禁毒课吗？你怎么看？”
            - **多问多听**：问开放的问题，比如“要是有人给你一支电子烟，你会怎么说？”听完再说自己的看法。
            - **讲事实，不吓唬**：夸大的说法孩子一查就知道不对，反而不再相信你。说不清的地方，可以说“我也不太清楚，我们一起查一查”。
            - **说清家里的规矩和态度**：“我们家不碰毒品。遇到任何事，你都可以告诉我，我会先帮你，而不是先骂你。”
            - **一起练习拒绝**：和孩子商量好几句拒绝的话，也可以约定一个“暗号”，孩子打电话说出暗号，你就去接他。
          `,
          en: md`
            - **Start early, talk often**: don’t wait for a “problem”. With primary-age children, start with “don’t take or taste things you don’t know”; as they grow, get more specific, for example about vapes, online part-time jobs and drinks at parties.
            - **Pick natural moments**: after a news story, on the way home, while cooking together, ask casually: “Have you had a drug-prevention lesson at school? What did you think?”
            - **Ask and listen**: ask open questions such as “If someone offered you a vape, what would you say?”, and listen before giving your own view.
            - **Stick to facts, don’t scare**: children quickly find out when something is exaggerated, and then stop believing you. If you’re not sure, say “I don’t know either; let’s look it up together.”
            - **Make your family’s rule and attitude clear**: “In our family we don’t touch drugs. Whatever happens, you can tell me, and I’ll help you first, not shout at you first.”
            - **Practise refusing together**: agree a few refusal lines with your child. You could also agree a “code word”: if your child phones and says it, you come and pick them up.
          `,
        },
      },
      {
        id: 'check-conversation',
        kind: 'check',
        title: { zh: '换位想一想', en: 'Put yourself in their shoes' },
        question: {
          zh: '想象一下：吃饭时，上初中的孩子说：“我们班有同学在玩电子烟，说一点都不伤身。”哪种回应更可能让孩子愿意继续说下去？',
          en: 'Imagine: at dinner, your child, who is at junior secondary school, says: “Some kids in my class vape. They say it doesn’t do you any harm.” Which response is most likely to keep your child talking?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '“谁？把名字告诉我，我明天就去找老师！”', en: '“Who? Give me their names and I’ll go to the teacher tomorrow!”' },
            correct: false,
            feedback: {
              zh: '孩子可能从此不再告诉你同学的事。先了解情况、听孩子的想法，再一起商量要不要告诉老师、怎么说。',
              en: 'Your child may stop telling you about classmates altogether. First find out more and hear what your child thinks, then decide together whether and how to tell the teacher.',
            },
          },
          {
            id: 'b',
            text: {
              zh: '“谢谢你告诉我。你怎么看？要是有人递给你，你打算怎么说？”',
              en: '“Thanks for telling me. What do you think? If someone offered you one, what would you say?”',
            },
            correct: true,
            feedback: {
              zh: '很好。先肯定孩子愿意说，再问孩子的想法。接下来可以告诉他：别人递的电子烟可能含有管制物质，我们家的规矩是一口都不吸。',
              en: 'Good. Thank your child for telling you, then ask what they think. Then you can explain that a vape someone hands you may contain controlled substances, and that your family rule is not a single puff.',
            },
          },
          {
            id: 'c',
            text: { zh: '“你要是敢碰，就别回这个家！”', en: '“If you ever touch one, don’t bother coming home!”' },
            correct: false,
            feedback: {
              zh: '威胁会让孩子遇到麻烦时不敢回家求助。规矩要清楚，但要让孩子知道：出了事，家是第一个可以求助的地方。',
              en: 'Threats make children afraid to come home for help when they are in trouble. Be clear about the rule, but make sure your child knows home is the first place to turn when something goes wrong.',
            },
          },
        ],
      },
      {
        id: 'signs',
        kind: 'text',
        title: { zh: '值得留意的变化', en: 'Changes worth noticing' },
        body: {
          zh: md`
            下面这些变化**不一定**说明孩子在用毒品，青春期、学习压力、交友问题、身体或心理健康问题都可能引起。它们提示的是：**孩子可能需要帮助，值得你关心地问一问**。

            - 情绪起伏很大，易怒、低落，或者突然变得很“兴奋”；
            - 睡眠、食欲明显改变，常常很累，成绩突然下滑，经常缺课；
            - 换了一群你完全不了解的朋友，对行踪遮遮掩掩；
            - 常常要钱、钱花得说不清，或者家里的钱物不见了；
            - 出现来历不明的电子烟、药片、小包装“零食”、小钢瓶或气球；
            - 突然有了来历不明的钱或贵重东西，或者经常替别人收快递。

            发现这些情况，**先别急着下结论，也别搜身、翻手机“抓现行”**。找个平静的时候，说出你看到的、你的担心，再听孩子怎么说。
          `,
          en: md`
            The changes below **do not necessarily** mean your child is using drugs; adolescence, study pressure, friendship problems, or physical or mental health problems can all cause them. What they do tell you is that **your child may need help, and it is worth asking, kindly**.

            - Big mood swings, irritability, low mood, or sudden “hyper” behaviour;
            - Clear changes in sleep or appetite, often exhausted, grades suddenly dropping, frequently missing school;
            - A new group of friends you know nothing about, and secrecy about where they go;
            - Often asking for money, spending they can’t explain, or money or belongings missing at home;
            - Vapes, pills, small packets of “snacks”, small metal canisters or balloons you can’t account for;
            - Money or expensive things from nowhere, or often collecting parcels for other people.

            If you notice these, **don’t jump to conclusions, and don’t search them or go through their phone to “catch them out”**. Choose a calm moment, say what you have noticed and why you are worried, and listen to what your child says.
          `,
        },
      },
      {
        id: 'check-found-vape',
        kind: 'check',
        title: { zh: '如果发现了', en: 'If you find something' },
        question: {
          zh: '想象一下：你在孩子书包里发现一支从没见过的电子烟，上面没有任何品牌和说明。你最好怎么做？',
          en: 'Imagine: you find an e-cigarette you have never seen before in your child’s school bag, with no brand or label. What is the best thing to do?',
        },
        options: [
          {
            id: 'a',
            text: {
              zh: '先冷静下来，找平静的时候和孩子谈：说出看到了什么、为什么担心，问清楚来历；必要时联系班主任或心理老师。',
              en: 'Calm down first, then talk with your child at a quiet moment: say what you found and why you’re worried, and ask where it came from; contact the class teacher or school counsellor if needed.',
            },
            correct: true,
            feedback: {
              zh: '对。来历不明的电子烟可能含有管制物质。平静的谈话更容易了解真实情况。如果孩子身体不适，要及时就医。',
              en: 'Right. An unlabelled vape may contain controlled substances. A calm conversation is more likely to get you the real story. If your child feels unwell, get medical help promptly.',
            },
          },
          {
            id: 'b',
            text: { zh: '当着全家的面大骂一顿，再没收手机一个月。', en: 'Shout at them in front of the whole family and take their phone away for a month.' },
            correct: false,
            feedback: {
              zh: '孩子可能因此什么都不说，你也就不知道电子烟从哪来、有没有人在引诱他。',
              en: 'Your child may then tell you nothing, and you won’t find out where the vape came from or whether someone is drawing them in.',
            },
          },
          {
            id: 'c',
            text: { zh: '假装没看见，孩子大了自己会明白。', en: 'Pretend you didn’t see it; they’ll work it out when they’re older.' },
            correct: false,
            feedback: {
              zh: '不闻不问会错过帮助孩子的时机。来历不明的电子烟需要认真对待。',
              en: 'Ignoring it means missing the chance to help. An unlabelled vape needs to be taken seriously.',
            },
          },
        ],
      },
      {
        id: 'family-help',
        kind: 'text',
        title: { zh: '担心时，可以找谁', en: 'Where to turn if you are worried' },
        body: {
          zh: md`
            - **学校**：班主任、心理老师。学校也希望和家长一起帮助孩子。
            - **医生**：孩子身体或情绪出现明显问题时，带孩子去正规医院就诊。
            - **12355**：共青团开设的青少年服务台，可以提供心理咨询、法律咨询等帮助，家长也可以打电话咨询。
            - **社区戒毒社区康复服务**：家里有人需要戒毒帮助时，可以向当地街道办事处、乡镇政府或派出所了解。主动到公安机关登记或者到有资质的医疗机构接受戒毒治疗的，依法**不予处罚**。
            - **紧急情况**：有人叫不醒、呼吸困难，拨打**120**；遇到危险或违法犯罪，拨打**110**。

            **在宁夏等农村地区还要注意**：家里、院子里不要种罂粟，也不要用罂粟壳“治病”或“做调料”。这些都是法律禁止的，也会伤害家人。
          `,
          en: md`
            - **School**: the class teacher and the school counsellor. Schools want to work with families to help children.
            - **Doctors**: if your child has clear physical or emotional problems, take them to a proper hospital.
            - **12355**: the youth service line run by the Communist Youth League, offering psychological counselling, legal advice and other help; parents can call too.
            - **Community drug treatment and rehabilitation services**: if someone in the family needs help to stop using drugs, ask the local street office, township government or police station. People who register with the police of their own accord or receive treatment at a qualified medical institution are, by law, **not punished**.
            - **Emergencies**: if someone can’t be woken or is struggling to breathe, call **120**; for danger or a crime, call **110**.

            **In rural areas such as Ningxia, also remember**: don’t grow opium poppies at home or in the yard, and don’t use poppy husks to “treat illness” or “season food”. Both are against the law and harm the family.
          `,
        },
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 让家长了解家庭在预防中的作用：亲近的关系、清楚的规矩、适度了解孩子的去向和交友、以身作则。
          2. 帮助家长掌握和孩子谈毒品的方法：早谈、常谈、多听、讲事实、不吓唬，和孩子一起练习拒绝。
          3. 让家长知道哪些变化值得留意，同时明白这些变化不等于吸毒，避免搜身、翻手机等做法。
          4. 让家长知道求助渠道：学校、医生、12355、社区戒毒社区康复服务、120和110。

          使用建议：本模块面向家长和其他照顾孩子的人，可在家长会上播放或讲解，也可请学生带回家和家长一起学习。计划中的功能是：教师把它作为无需账号的链接分享给家长，并按班级查看打开次数（只统计次数）；这项功能尚未实现。本模块不包含统计数据，情境均为虚构。
        `,
        en: md`
          1. Help parents understand the family’s role in prevention: a close relationship, clear rules, knowing (within reason) where children go and who their friends are, and setting an example.
          2. Help parents learn how to talk with children about drugs: start early, talk often, listen, stick to facts, don’t scare, and practise refusing together.
          3. Help parents know which changes are worth noticing, while understanding that they do not prove drug use, and avoid searching children or going through their phones.
          4. Make sure parents know where to get help: the school, doctors, 12355, community drug treatment and rehabilitation services, 120 and 110.

          How to use: this module is for parents and other caregivers. Present it at a parents’ meeting, or ask students to go through it at home with their parents. A planned feature will let teachers share it with families as a link that needs no account and see how many families opened it per class (counts only); that feature is not built yet. This module contains no statistics; all scenarios are fictional.
        `,
      },
      sources: {
        zh: md`
          - 联合国毒品和犯罪问题办公室（UNODC）、世界卫生组织（WHO）《国际药物使用预防标准》（第二版，2018年）：家庭技能（亲子关系、明确规矩、父母了解孩子的活动）是有效的预防措施。
          - 《中华人民共和国家庭教育促进法》（父母或者其他监护人负责实施家庭教育）。
          - 《中华人民共和国禁毒法》第六十二条（吸毒人员主动到公安机关登记或者到有资质的医疗机构接受戒毒治疗的，不予处罚）、第十九条（禁止非法种植罂粟）；第三十三条、第三十四条（社区戒毒）。
          - 110为全国统一报警电话；120为全国统一医疗急救电话；12355为共青团中央设立的全国统一青少年服务热线。
        `,
        en: md`
          - UNODC and WHO, International Standards on Drug Use Prevention (second edition, 2018): family skills (warm relationships, clear rules, parents knowing about their children’s activities) are an effective form of prevention.
          - Family Education Promotion Law of the People’s Republic of China (parents and other guardians are responsible for family education).
          - Anti-Drug Law of the People’s Republic of China, Article 62 (drug users who register with the police of their own accord or receive treatment at a qualified medical institution are not punished), Article 19 (illegal cultivation of opium poppy is prohibited), Articles 33 and 34 (community-based drug treatment).
          - 110 is China’s nationwide police emergency number; 120 is the nationwide medical emergency (ambulance) number; 12355 is the nationwide youth service line set up by the Central Committee of the Communist Youth League.
        `,
      },
    },
  },
};
