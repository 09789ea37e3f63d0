import type { SeedModule } from './index.js';
import { md } from './md.js';

export const drugsBrainBody: SeedModule = {
  slug: 'drugs-brain-body',
  content: {
    title: { zh: '毒品如何伤害大脑和身体', en: 'How drugs harm the brain and body' },
    summary: {
      zh: '了解大脑的奖赏系统和多巴胺，理解成瘾、耐受和戒断是怎么回事，以及毒品对心脏、呼吸、肺和心理健康的影响。',
      en: 'Learn about the brain’s reward system and dopamine, understand what addiction, tolerance and withdrawal are, and see how drugs affect the heart, breathing, lungs and mental health.',
    },
    gradeBands: ['junior'],
    topics: ['health_harm', 'drug_basics'],
    estimatedMinutes: 15,
    sections: [
      {
        id: 'reward-system',
        kind: 'text',
        title: { zh: '大脑里的“奖赏系统”', en: 'The brain’s “reward system”' },
        body: {
          zh: md`
            吃到美味的食物、完成一件难事、和朋友一起开怀大笑时，你会觉得开心。这背后，是大脑里一组叫作**奖赏系统**的神经回路在工作。

            奖赏系统会释放一种叫**多巴胺**的化学信号。多巴胺好像在告诉大脑：“这件事很好，记住它，下次再来。”它帮助我们学习、吃饭、交朋友、努力做事。

            **毒品会直接干扰这套系统**。很多毒品会让大脑里的多巴胺信号远远强于日常生活中的快乐，或者让它停留得更久。于是，大脑会错误地把毒品记成“最重要的事”。
          `,
          en: md`
            When you eat something delicious, finish a hard task or laugh with friends, you feel good. Behind this is a set of brain circuits called the **reward system**.

            The reward system releases a chemical signal called **dopamine**. Dopamine is like a message telling the brain: “That was good. Remember it and do it again.” It helps us learn, eat, make friends and work hard.

            **Drugs interfere directly with this system.** Many drugs make the dopamine signal far stronger than everyday pleasures do, or make it last longer. The brain then wrongly learns that the drug is “the most important thing”.
          `,
        },
      },
      {
        id: 'image-brain',
        kind: 'image',
        title: { zh: '大脑示意图', en: 'A simple map of the brain' },
        src: '/content/brain-reward.svg',
        alt: {
          zh: '大脑侧面示意图（脸朝左），标出四个区域：1 前额叶，负责做决定和控制冲动；2 奖赏系统，中脑的腹侧被盖区把多巴胺信号传到伏隔核和前额叶，用箭头表示；3 海马，与形成记忆有关；4 脑干，控制呼吸和心跳。',
          en: 'Side view of the brain (facing left) with four areas marked: 1 the prefrontal cortex, for decisions and self-control; 2 the reward system, where arrows show dopamine signals travelling from the ventral tegmental area in the midbrain to the nucleus accumbens and the prefrontal cortex; 3 the hippocampus, involved in forming memories; 4 the brainstem, which controls breathing and heartbeat.',
        },
        caption: {
          zh: '毒品会干扰奖赏系统的多巴胺信号，也会影响做决定、记忆，以及对呼吸和心跳的调节。',
          en: 'Drugs disrupt dopamine signalling in the reward system and can also affect decision-making, memory, and the control of breathing and heartbeat.',
        },
      },
      {
        id: 'addiction-tolerance-withdrawal',
        kind: 'text',
        title: { zh: '耐受、戒断和成瘾', en: 'Tolerance, withdrawal and addiction' },
        body: {
          zh: md`
            反复使用毒品，大脑会慢慢“调整”自己：

            - **耐受**：同样的量，效果越来越弱，人就会想用得更多。
            - **依赖和戒断**：身体和大脑习惯了毒品，一旦停下，就会出现难受的反应，比如焦虑、烦躁、失眠、浑身不适。不同毒品的戒断反应不一样。
            - **成瘾**：即使清楚地知道毒品正在伤害自己的健康、学习和家庭，仍然难以控制地想去找毒品、用毒品。成瘾是一种影响大脑的**慢性、容易复发的疾病**，需要专业治疗。

            **青少年的大脑还在发育**。负责做决定、控制冲动的前额叶，要到二十多岁才逐渐发育成熟，所以青少年更容易受到毒品的影响。

            这也是为什么说，**最好的选择是一次也不尝试**。“只试一次”“我能控制”都是常见的误解。
          `,
          en: md`
            With repeated use, the brain gradually “adjusts”:

            - **Tolerance**: the same amount has less and less effect, so the person wants to use more.
            - **Dependence and withdrawal**: the body and brain get used to the drug, and stopping brings unpleasant reactions such as anxiety, irritability, poor sleep and feeling unwell all over. Withdrawal differs from drug to drug.
            - **Addiction**: even when they know clearly that drugs are harming their health, studies and family, a person finds it very hard to stop seeking and using them. Addiction is a **chronic, relapsing condition** that affects the brain and needs professional treatment.

            **Teenagers’ brains are still developing.** The prefrontal cortex, which handles decisions and impulse control, keeps maturing into a person’s twenties, so young people are more vulnerable to drugs.

            That is why **the best choice is never to try at all**. “Just once” and “I can control it” are common misunderstandings.
          `,
        },
      },
      {
        id: 'check-tolerance',
        kind: 'check',
        title: { zh: '想一想', en: 'Think about it' },
        question: {
          zh: '一个人反复使用某种毒品后，发现同样的量效果越来越弱，于是想用得更多。这种变化叫什么？',
          en: 'After using a drug repeatedly, a person finds the same amount has less and less effect, so they want to use more. What is this change called?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '耐受', en: 'Tolerance' },
            correct: true,
            feedback: {
              zh: '对。耐受说明大脑正在适应毒品，用量往往越来越大，危险也越来越大。',
              en: 'Right. Tolerance means the brain is adapting to the drug; people often end up using more and more, and the risks grow too.',
            },
          },
          {
            id: 'b',
            text: { zh: '戒断', en: 'Withdrawal' },
            correct: false,
            feedback: {
              zh: '戒断是指停止使用后出现的难受反应，不是效果变弱。',
              en: 'Withdrawal is the unpleasant reaction after stopping, not the effect getting weaker.',
            },
          },
          {
            id: 'c',
            text: { zh: '免疫', en: 'Immunity' },
            correct: false,
            feedback: {
              zh: '免疫是身体抵抗病菌的能力，和毒品效果变弱不是一回事，身体并没有因此“变强”。',
              en: 'Immunity is the body’s defence against germs. It is not the same as a drug’s effect weakening, and the body has not become “stronger”.',
            },
          },
          {
            id: 'd',
            text: { zh: '说明毒品对这个人已经无害了', en: 'It shows the drug is no longer harmful to them' },
            correct: false,
            feedback: {
              zh: '恰恰相反。效果变弱不代表伤害变小，用量增加反而会让风险更大。',
              en: 'Quite the opposite. A weaker effect doesn’t mean less harm, and using more increases the risk.',
            },
          },
        ],
      },
      {
        id: 'body-and-mind',
        kind: 'text',
        title: { zh: '对身体和心理的影响', en: 'Effects on body and mind' },
        body: {
          zh: md`
            不同毒品的作用不同，但都会伤害身体和心理：

            - **心脏和血管**：兴奋类毒品（如冰毒）会让心跳加快、血压升高，可能引起心律失常等严重问题。
            - **呼吸**：阿片类毒品（如海洛因、芬太尼类物质）和一些镇静类物质会抑制脑干对呼吸的控制，过量时呼吸可能变慢，甚至停止。
            - **肺**：以烟雾或雾化的方式吸入，会刺激和损伤呼吸道与肺。
            - **心理健康**：毒品可能引起或加重焦虑、抑郁，有些毒品还可能导致幻觉、妄想等精神症状。
            - **学习和生活**：注意力和记忆力下降，睡眠紊乱，和家人、朋友的关系变得紧张。

            此外，毒品来自非法渠道，**里面到底有什么、有多少，谁也说不清**，这让风险更加难以预料。
          `,
          en: md`
            Different drugs act in different ways, but all of them harm body and mind:

            - **Heart and blood vessels**: stimulant drugs (such as methamphetamine) speed up the heart and raise blood pressure, and can cause serious problems such as an irregular heartbeat.
            - **Breathing**: opioids (such as heroin and fentanyl-class substances) and some sedatives suppress the brainstem’s control of breathing; in an overdose, breathing can slow down or even stop.
            - **Lungs**: inhaling smoke or vapour irritates and damages the airways and lungs.
            - **Mental health**: drugs can trigger or worsen anxiety and depression, and some can cause psychotic symptoms such as hallucinations and paranoia.
            - **Study and daily life**: concentration and memory suffer, sleep is disrupted, and relationships with family and friends become strained.

            On top of that, drugs come from illegal sources: **nobody can be sure what is in them or how much**, which makes the risks even harder to predict.
          `,
        },
      },
      {
        id: 'check-myths',
        kind: 'check',
        title: { zh: '辨一辨', en: 'True or false?' },
        question: {
          zh: '关于毒品，下面哪种说法是正确的？',
          en: 'Which of these statements about drugs is true?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '只试一次不会有事。', en: 'Trying once can’t do any harm.' },
            correct: false,
            feedback: {
              zh: '一次使用也可能导致过量、意外，或者被人利用；而且很多人都是从“只试一次”开始的。',
              en: 'Even a single use can lead to overdose, accidents or being taken advantage of, and many people started with “just once”.',
            },
          },
          {
            id: 'b',
            text: { zh: '意志力强的人不会成瘾。', en: 'People with strong willpower can’t become addicted.' },
            correct: false,
            feedback: {
              zh: '成瘾会改变大脑的奖赏和自我控制功能，和“意志力强不强”不是一回事。',
              en: 'Addiction changes the brain’s reward and self-control systems; it isn’t a question of willpower.',
            },
          },
          {
            id: 'c',
            text: {
              zh: '青少年的大脑还在发育，更容易受到毒品伤害。',
              en: 'Teenagers’ brains are still developing, so they are more vulnerable to harm from drugs.',
            },
            correct: true,
            feedback: {
              zh: '正确。负责判断和自控的前额叶要到二十多岁才逐渐成熟，这段时间接触毒品风险更大。',
              en: 'Correct. The prefrontal cortex, which handles judgement and self-control, keeps maturing into the twenties, so drug use during these years carries greater risk.',
            },
          },
          {
            id: 'd',
            text: { zh: '天然的、来自植物的毒品就没有危害。', en: 'Natural, plant-based drugs are harmless.' },
            correct: false,
            feedback: {
              zh: '“天然”不等于安全。鸦片来自罂粟，大麻本身就是植物，它们都是法律规定的毒品，同样会让人成瘾、伤害身体。',
              en: '“Natural” doesn’t mean safe. Opium comes from the opium poppy and cannabis is itself a plant; both are drugs under the law, and both can cause addiction and harm.',
            },
          },
        ],
      },
      {
        id: 'if-worried',
        kind: 'text',
        title: { zh: '如果你有担心', en: 'If you are worried' },
        body: {
          zh: md`
            如果你担心自己或朋友接触了毒品，或者对这些知识有疑问，可以找**家长、班主任、学校心理老师或医生**聊一聊。

            成瘾是可以治疗的，**越早求助越好**。

            遇到有人昏迷、呼吸困难等紧急情况，立即拨打**120**。
          `,
          en: md`
            If you are worried that you or a friend has come into contact with drugs, or you have questions, talk to **your parents, your class teacher, the school counsellor or a doctor**.

            Addiction can be treated, and **the sooner you ask for help, the better**.

            If someone is unconscious or struggling to breathe, call **120** immediately.
          `,
        },
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 能用自己的话解释奖赏系统和多巴胺的作用，以及毒品如何干扰这一系统。
          2. 能区分耐受、依赖与戒断、成瘾这几个概念，理解成瘾是一种需要治疗的慢性、易复发疾病。
          3. 了解毒品对心血管、呼吸、肺和心理健康的主要危害，理解青少年大脑发育的特点。
          4. 知道有疑问或担心时可以向谁求助。

          教学建议：用准确、平实的语言讲解，避免夸大或恐吓；不展示毒品实物或使用过程；讨论成瘾时避免使用带有歧视色彩的称呼。本模块不引用统计数据。
        `,
        en: md`
          1. Students can explain in their own words what the reward system and dopamine do, and how drugs interfere with them.
          2. Students can distinguish tolerance, dependence and withdrawal, and addiction, and understand addiction as a chronic, relapsing condition that needs treatment.
          3. Students know the main harms of drugs to the heart and blood vessels, breathing, lungs and mental health, and understand that the teenage brain is still developing.
          4. Students know whom to ask for help if they have questions or worries.

          Teaching tips: use accurate, plain language and avoid exaggeration or scare tactics; do not show real drugs or drug use; avoid stigmatising labels when discussing addiction. This module quotes no statistics.
        `,
      },
      sources: {
        zh: md`
          - 《中华人民共和国禁毒法》第二条（毒品的定义）、第三十一条（国家帮助吸毒人员戒除毒瘾；吸毒成瘾人员应当进行戒毒治疗）。
          - 关于奖赏系统、多巴胺、耐受、戒断和成瘾是慢性易复发脑部疾病的表述，以及大脑前额叶到二十多岁才逐渐成熟的说法（成熟是渐进的，因人而异，不宜当作精确年龄来记忆或考查），依据神经科学和成瘾医学的公认知识（例如世界卫生组织和各国药物滥用研究机构面向公众的科普材料）。
          - 兴奋类、阿片类和镇静类物质对心血管和呼吸的一般作用，依据药理学公认知识。
        `,
        en: md`
          - Anti-Drug Law of the People’s Republic of China, Article 2 (definition of drugs) and Article 31 (the state helps drug users overcome addiction; people addicted to drugs shall undergo treatment).
          - The descriptions of the reward system, dopamine, tolerance, withdrawal and addiction as a chronic, relapsing brain condition, and of the prefrontal cortex maturing gradually into the twenties (a gradual process that varies between people, so not a precise age to memorise or test), follow established neuroscience and addiction medicine (for example public education material from the World Health Organization and national drug-abuse research institutes).
          - The general effects of stimulants, opioids and sedatives on the heart and breathing follow established pharmacology.
        `,
      },
    },
  },
};
