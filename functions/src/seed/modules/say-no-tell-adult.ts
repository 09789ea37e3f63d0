import type { SeedModule } from './index.js';
import { md } from './md.js';

export const sayNoTellAdult: SeedModule = {
  slug: 'say-no-tell-adult',
  content: {
    title: { zh: '学会说“不”，告诉大人', en: 'Say no, and tell a grown-up' },
    summary: {
      zh: '通过几个想象中的小场景，练习拒绝三步：说“不”、走开、告诉大人；认识身边可以求助的人，知道110和120只在紧急情况下拨打。',
      en: 'Practise the three steps of refusing (say no, walk away, tell an adult) through a few imagined situations; get to know the people who can help, and learn that 110 and 120 are for real emergencies only.',
    },
    gradeBands: ['primary'],
    topics: ['refusal_skills', 'help_support'],
    estimatedMinutes: 12,
    sections: [
      {
        id: 'three-steps',
        kind: 'text',
        title: { zh: '拒绝三步走', en: 'Three steps to say no' },
        body: {
          zh: md`
            如果有人给你不认识的东西，或者叫你做让你不安的事，可以用**三步**保护自己：

            1. **说“不”**：看着对方，声音坚定：“不要，谢谢！”不用解释太多。
            2. **走开**：离开那个地方，去人多的地方，或者回到老师、家长身边。
            3. **告诉大人**：把发生的事告诉你信任的大人。

            说“不”**不是没礼貌**。保护自己的身体，是每个人的权利。
          `,
          en: md`
            If someone offers you something you don’t know, or asks you to do something that makes you uneasy, use **three steps** to keep yourself safe:

            1. **Say no**: look at the person and say firmly, “No, thank you!” You don’t need to explain much.
            2. **Walk away**: leave, go somewhere with more people, or go back to a teacher or your family.
            3. **Tell an adult**: tell a trusted adult what happened.

            Saying no **is not rude**. Everyone has the right to protect their own body.
          `,
        },
      },
      {
        id: 'image-three-steps',
        kind: 'image',
        title: { zh: '说“不”—走开—告诉大人', en: 'Say no, walk away, tell an adult' },
        src: '/content/say-no-steps.svg',
        alt: {
          zh: '三格插图：第一格，一个孩子举起手掌，拒绝一颗糖果（糖果上画着禁止符号）；第二格，孩子转身走开；第三格，孩子在和一位大人说话，对话框里有一颗爱心。',
          en: 'Three-panel illustration: first, a child holds up a hand to refuse a sweet marked with a “no” sign; second, the child turns and walks away; third, the child talks to an adult, with a heart in a speech bubble.',
        },
        caption: {
          zh: '记住三步：说“不”，走开，告诉大人。',
          en: 'Remember the three steps: say no, walk away, tell an adult.',
        },
      },
      {
        id: 'practice-scenes',
        kind: 'text',
        title: { zh: '想象一下：练一练', en: 'Imagine: let’s practise' },
        body: {
          zh: md`
            下面是几个**想象出来的**小场景，和同桌一起练一练怎么说、怎么做：

            - **想象一下**：在小区里，一个不认识的大哥哥拿出一瓶没有标签的饮料，说：“喝一口，可好喝了。”你可以说：“不用了，我只喝自己带的水。”然后走到有大人的地方。
            - **想象一下**：同学神秘地说：“我有一种‘神奇糖’，吃了就不困，你要不要？”你可以说：“我不要。我们去问问老师吧。”
            - **想象一下**：网上有人说：“你帮我收一个快递，我送你游戏皮肤。”你可以说：“不行，我要先问爸爸妈妈。”然后告诉家长。

            **小窍门**：一时不知道说什么，也可以说“我妈妈在等我”，然后马上离开。
          `,
          en: md`
            Here are a few **imagined** situations. Practise with your deskmate what to say and do:

            - **Imagine**: near your home, an older boy you don’t know holds out a bottle of drink with no label and says, “Have a sip, it’s really nice.” You could say: “No, thanks. I only drink the water I brought.” Then go to where there are adults.
            - **Imagine**: a classmate whispers, “I’ve got some ‘magic sweets’ that stop you feeling sleepy. Want some?” You could say: “No, I don’t. Let’s go and ask the teacher.”
            - **Imagine**: someone online says, “Collect a parcel for me and I’ll give you a game skin.” You could say: “No, I need to ask my parents first.” Then tell your parents.

            **Tip**: if you can’t think what to say, you can also say “My mum is waiting for me” and leave straight away.
          `,
        },
      },
      {
        id: 'check-say-no',
        kind: 'check',
        title: { zh: '练一练', en: 'Try it' },
        question: {
          zh: '想象一下：课间，一个高年级同学塞给你一张像贴纸一样的小纸片，说：“这个很好玩，试试吧，别告诉老师。”你应该怎么做？',
          en: 'Imagine: at break time, an older pupil pushes a small sticker-like piece of paper into your hand and says, “This is fun, try it. Don’t tell the teacher.” What should you do?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '说“不要”，把纸片放下，走开，然后告诉老师。', en: 'Say “No”, put the paper down, walk away, then tell a teacher.' },
            correct: true,
            feedback: {
              zh: '正确！来历不明的小纸片也可能藏着毒品。拒绝、走开、告诉大人，老师会妥善处理。',
              en: 'Correct! A piece of paper you don’t know could contain drugs. Say no, walk away, tell an adult, and the teacher will deal with it properly.',
            },
          },
          {
            id: 'b',
            text: { zh: '为了不得罪高年级同学，先试一下。', en: 'Try it, so you don’t upset the older pupil.' },
            correct: false,
            feedback: {
              zh: '你不需要为了让别人高兴而伤害自己。真正的朋友不会逼你做危险的事。',
              en: 'You never need to hurt yourself to please someone else. Real friends don’t push you into dangerous things.',
            },
          },
          {
            id: 'c',
            text: { zh: '先收好，放学后再研究。', en: 'Keep it and look at it after school.' },
            correct: false,
            feedback: {
              zh: '带着来历不明的东西很危险，也会让你陷入麻烦。不要自己留着，告诉老师，让老师来处理。',
              en: 'Carrying unknown things around is risky and could get you into trouble. Don’t keep it; tell a teacher and let them handle it.',
            },
          },
          {
            id: 'd',
            text: { zh: '答应他不告诉老师。', en: 'Promise not to tell the teacher.' },
            correct: false,
            feedback: {
              zh: '“别告诉老师”是一个危险信号。遇到这种情况，一定要告诉信任的大人。',
              en: '“Don’t tell the teacher” is a warning sign. In a situation like this, always tell a trusted adult.',
            },
          },
        ],
      },
      {
        id: 'who-can-help',
        kind: 'text',
        title: { zh: '谁能帮助我？', en: 'Who can help me?' },
        body: {
          zh: md`
            你身边有很多可以帮助你的人：

            - **家里**：爸爸妈妈、爷爷奶奶、外公外婆等照顾你的人；
            - **学校**：班主任、其他老师、心理老师、学校保安；
            - **外面**：找不到认识的大人时，可以找穿制服的警察，或者请商店、银行的工作人员帮忙。

            **紧急情况**才打电话求助：

            - **110**（报警电话）：有人正在伤害你或别人，你遇到了危险，或者看到有人在做严重违法的事。
            - **120**（急救电话）：有人晕倒、叫不醒，或者呼吸困难。

            打电话时要说清楚：**在哪里、发生了什么、你叫什么名字**。

            **110和120只在紧急情况下拨打，不能开玩笑**。平时遇到的烦恼，先告诉身边的大人。
          `,
          en: md`
            There are many people around you who can help:

            - **At home**: your parents, grandparents, or whoever looks after you;
            - **At school**: your class teacher, other teachers, the school counsellor, the school security guard;
            - **Out and about**: if you can’t find an adult you know, look for a police officer in uniform, or ask staff in a shop or bank for help.

            Use the phone for help **only in an emergency**:

            - **110** (police): when someone is hurting you or someone else, you are in danger, or you see someone doing something seriously against the law.
            - **120** (ambulance): when someone has fainted, can’t be woken up, or is struggling to breathe.

            When you call, say clearly **where you are, what happened, and your name**.

            **Only call 110 or 120 in a real emergency, never as a joke.** For everyday worries, tell an adult near you first.
          `,
        },
      },
      {
        id: 'check-emergency',
        kind: 'check',
        title: { zh: '什么时候打电话？', en: 'When should you call?' },
        question: {
          zh: '下面哪种情况应该拨打电话求助？',
          en: 'In which situation should you phone for help?',
        },
        options: [
          {
            id: 'a',
            text: {
              zh: '同学在操场上晕倒了，怎么叫都叫不醒：马上找老师，并拨打120。',
              en: 'A classmate has collapsed on the playground and won’t wake up: get a teacher straight away and call 120.',
            },
            correct: true,
            feedback: {
              zh: '对！有人叫不醒是紧急情况，要马上告诉身边的大人，并拨打120急救电话。',
              en: 'Right! Someone who can’t be woken is an emergency: tell the nearest adult and call 120 for an ambulance immediately.',
            },
          },
          {
            id: 'b',
            text: { zh: '作业不会写，想找人问问：拨打110。', en: 'You’re stuck on your homework and want to ask someone: call 110.' },
            correct: false,
            feedback: {
              zh: '110是报警电话，只在遇到危险或违法犯罪时使用。作业的问题可以问老师或家长。',
              en: '110 is the police emergency number, only for danger or crime. Ask a teacher or your parents about homework.',
            },
          },
          {
            id: 'c',
            text: { zh: '觉得好玩，想试试110会不会接：拨打110。', en: 'You think it would be fun to see whether 110 answers: call 110.' },
            correct: false,
            feedback: {
              zh: '拿报警电话开玩笑，会占用警察帮助真正遇到危险的人的时间，这是不允许的。',
              en: 'Prank calls take up time the police need to help people who are really in danger. This is not allowed.',
            },
          },
        ],
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 掌握“说‘不’—走开—告诉大人”的拒绝三步，并能在模拟情境中运用。
          2. 能说出家庭、学校和社会中可以求助的人。
          3. 知道110（报警）和120（急救）的用途，只在紧急情况下拨打，能说清地点、事情和姓名。

          教学建议：情境均为虚构，可让学生分角色扮演，并鼓励学生用自己的话拒绝。强调求助和“告诉大人”不是告状。
        `,
        en: md`
          1. Pupils learn the three refusal steps (say no, walk away, tell an adult) and can use them in role-play.
          2. Pupils can name people at home, at school and in the community who can help.
          3. Pupils know what 110 (police) and 120 (ambulance) are for, that they are only for emergencies, and how to give their location, what happened and their name.

          Teaching tips: all scenarios are fictional; let pupils role-play and encourage them to refuse in their own words. Stress that asking for help and telling an adult is not “telling tales”.
        `,
      },
      sources: {
        zh: md`
          - 110为全国统一的报警电话，120为全国统一的医疗急救电话。
          - 拒绝技巧（直接拒绝、借故离开、向大人求助）为学校禁毒和安全教育中常用的方法。
          - 本模块不包含统计数据，所有情境均为虚构。
        `,
        en: md`
          - 110 is China’s nationwide police emergency number; 120 is the nationwide medical emergency (ambulance) number.
          - The refusal skills (refusing directly, making an excuse to leave, asking an adult for help) are methods commonly used in school drug-prevention and safety education.
          - This module contains no statistics; all scenarios are fictional.
        `,
      },
    },
  },
};
