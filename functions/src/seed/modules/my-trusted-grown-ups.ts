import type { SeedModule } from './index.js';
import { md } from './md.js';

export const myTrustedGrownUps: SeedModule = {
  slug: 'my-trusted-grown-ups',
  content: {
    title: { zh: '说“不”，走开，找大人', en: 'Say no, walk away, find a grown-up' },
    summary: {
      zh: '觉得不对劲的时候，用三步保护自己：说“不”，走开，告诉信任的大人。想一想：我的信任大人是谁？什么时候要请大人打110或120？',
      en: 'When something feels wrong, keep yourself safe in three steps: say no, walk away, tell a trusted grown-up. Who are my trusted grown-ups? When do we ask a grown-up to call 110 or 120?',
    },
    gradeBands: ['primary_lower'],
    topics: ['refusal_skills', 'help_support'],
    estimatedMinutes: 10,
    sections: [
      {
        id: 'three-steps',
        kind: 'text',
        title: { zh: '三步保护自己', en: 'Three steps to stay safe' },
        body: {
          zh: md`
            有人给你不认识的东西，或者叫你做**害怕、不舒服**的事。你可以这样做：

            1. **说“不”**：看着对方，大声说：“不要，谢谢！”
            2. **走开**：回到老师、家人身边，或者去人多的地方。
            3. **告诉大人**：把事情告诉你信任的大人。

            说“不”**不是没礼貌**。你的身体是你自己的，你可以保护它。

            想不出说什么？可以说：“**我妈妈在等我。**”然后马上走。
          `,
          en: md`
            If someone offers you something you don’t know, or asks you to do something that makes you **scared or uncomfortable**, you can:

            1. **Say no**: look at them and say clearly, “No, thank you!”
            2. **Walk away**: go back to your teacher or family, or to a place with lots of people.
            3. **Tell a grown-up**: tell a grown-up you trust what happened.

            Saying no **is not rude**. Your body belongs to you, and you can keep it safe.

            Can’t think what to say? Try: “**My mum is waiting for me.**” Then leave straight away.
          `,
        },
      },
      {
        id: 'image-three-steps',
        kind: 'image',
        title: { zh: '说“不”—走开—告诉大人', en: 'Say no, walk away, tell a grown-up' },
        src: '/content/say-no-steps.svg',
        alt: {
          zh: '三格插图。第一格：孩子举起手掌，不要一颗糖果，糖果上画着禁止符号。第二格：孩子转身走开。第三格：孩子在和一位大人说话，对话框里有一颗爱心。',
          en: 'Three-panel illustration: first, a child holds up a hand to refuse a sweet marked with a “no” sign; second, the child turns and walks away; third, the child talks to an adult, with a heart in a speech bubble.',
        },
        caption: {
          zh: '说“不”，走开，告诉大人。',
          en: 'Say no, walk away, tell a grown-up.',
        },
      },
      {
        id: 'trusted-grown-ups',
        kind: 'text',
        title: { zh: '我的信任大人', en: 'My trusted grown-ups' },
        body: {
          zh: md`
            **信任的大人**，是照顾你、会认真听你说话的大人。伸出一只手，每根手指想一个人：

            - **家里**：爸爸妈妈、爷爷奶奶、外公外婆，或者其他照顾你的人；
            - **学校**：班主任、其他老师、学校的心理老师。

            你说了，大人却说“没事”，可你还是担心？那就**去告诉另一个信任的大人**。一直说，说到有人帮你。

            在外面找不到认识的大人？可以找**穿制服的警察**，也可以请商店里的工作人员帮忙。
          `,
          en: md`
            A **trusted grown-up** is someone who looks after you and really listens to you. Hold up one hand and think of one person for each finger:

            - **at home**: your mum and dad, your grandparents, or whoever else looks after you;
            - **at school**: your class teacher, other teachers, the school counsellor.

            If you tell a grown-up and they say “It’s nothing”, but you are still worried, **tell another trusted grown-up**. Keep telling until someone helps.

            If you are out and can’t find a grown-up you know, look for a **police officer in uniform**, or ask someone who works in a shop for help.
          `,
        },
      },
      {
        id: 'check-still-worried',
        kind: 'check',
        title: { zh: '想一想', en: 'Think about it' },
        question: {
          zh: '有人给了你奇怪的东西。你告诉了一位大人，他说“没事”。可你还是很担心，怎么办？',
          en: 'Someone gave you something strange. You told a grown-up and they said, “It’s nothing.” But you are still worried. What now?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '不再说了，自己憋着。', en: 'Stop talking about it and keep it inside.' },
            correct: false,
            feedback: {
              zh: '担心的事不用一个人憋着。大人有时会没听明白，你可以再说一次。',
              en: 'You don’t have to keep a worry to yourself. Sometimes a grown-up doesn’t understand the first time; you can say it again.',
            },
          },
          {
            id: 'b',
            text: { zh: '去告诉另一个信任的大人。', en: 'Tell another trusted grown-up.' },
            correct: true,
            feedback: {
              zh: '对！一直说，说到有人帮你为止。',
              en: 'Yes! Keep telling until someone helps you.',
            },
          },
          {
            id: 'c',
            text: { zh: '自己去找给东西的人问清楚。', en: 'Go and ask the person who gave it to you yourself.' },
            correct: false,
            feedback: {
              zh: '这件事要交给大人处理，你不用自己去找那个人。',
              en: 'This is a job for grown-ups. You don’t need to go to that person on your own.',
            },
          },
        ],
      },
      {
        id: 'emergency-numbers',
        kind: 'text',
        title: { zh: '110和120', en: '110 and 120' },
        body: {
          zh: md`
            有两个电话号码，只在**很紧急**的时候打：

            - **120**：叫救护车。有人晕倒了、叫不醒。
            - **110**：找警察。有人在伤害你或者别人，你遇到了危险。

            遇到这样的事，先**大声叫附近的大人**，请大人一起打电话。打电话时，说清楚：**在哪里，发生了什么，我叫什么名字**。

            **不能打着玩。**
          `,
          en: md`
            There are two phone numbers we only call when it is **really urgent**:

            - **120**: for an ambulance, when someone has fainted and won’t wake up.
            - **110**: for the police, when someone is hurting you or someone else, or you are in danger.

            If this happens, first **shout for a grown-up nearby** and make the call together. On the phone, say clearly: **where you are, what happened, and your name**.

            **Never call them for fun.**
          `,
        },
      },
      {
        id: 'check-which-number',
        kind: 'check',
        title: { zh: '练一练', en: 'Try it' },
        question: {
          zh: '在操场上，一个同学晕倒了，怎么叫也叫不醒。你怎么做？',
          en: 'On the playground a classmate faints and won’t wake up, however much you call. What do you do?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '马上叫老师，请老师打120。', en: 'Get a teacher at once and ask them to call 120.' },
            correct: true,
            feedback: {
              zh: '对！有人叫不醒，要马上找大人，打120叫救护车。',
              en: 'Yes! When someone won’t wake up, get a grown-up straight away and call 120 for an ambulance.',
            },
          },
          {
            id: 'b',
            text: { zh: '等他自己醒过来。', en: 'Wait for them to wake up on their own.' },
            correct: false,
            feedback: {
              zh: '叫不醒是很紧急的事，不能等，要马上找大人。',
              en: 'Not waking up is an emergency. Don’t wait; get a grown-up at once.',
            },
          },
          {
            id: 'c',
            text: { zh: '打110，跟警察聊聊天。', en: 'Call 110 and have a chat with the police.' },
            correct: false,
            feedback: {
              zh: '有人晕倒要打120叫救护车。110是找警察的，也不能用来聊天。',
              en: 'When someone faints, call 120 for an ambulance. 110 is for the police, and it is never for chatting.',
            },
          },
        ],
      },
      {
        id: 'remember',
        kind: 'text',
        title: { zh: '记一记', en: 'Remember' },
        body: {
          zh: md`
            - 三步：**说“不”，走开，告诉大人**。
            - 说“不”**不是没礼貌**。
            - 我有好几个**信任的大人**：家里有，学校也有。
            - 大人没听明白，就**再告诉另一个大人**。
            - **120**叫救护车，**110**找警察，只在紧急时打。
          `,
          en: md`
            - Three steps: **say no, walk away, tell a grown-up**.
            - Saying no **is not rude**.
            - I have several **trusted grown-ups**, at home and at school.
            - If a grown-up doesn’t understand, **tell another one**.
            - **120** for an ambulance, **110** for the police, only in an emergency.
          `,
        },
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 会用“说‘不’—走开—告诉大人”三步应对让自己害怕、不舒服的情况，知道说“不”不是没礼貌。
          2. 能说出家里和学校里至少三位信任的大人；第一次求助没人理会时，会再告诉另一位大人。
          3. 知道120叫救护车、110找警察，只在紧急时由大人陪同或请大人拨打，能说清地点、事情和姓名。

          教学建议：面向一至三年级。可做“信任之手”活动：学生在纸上描出自己的手，每根手指写或画一位信任的大人，教师不评价学生写了谁。角色扮演时只练习拒绝和求助，不扮演“坏人”。如学生在课上说出让人担心的事，课后单独跟进，按学校的保护流程处理。情境均为虚构。
        `,
        en: md`
          1. Pupils use the three steps (say no, walk away, tell a grown-up) when something makes them scared or uncomfortable, and know that saying no is not rude.
          2. Pupils can name at least three trusted grown-ups at home and at school, and tell another one if the first doesn’t help.
          3. Pupils know that 120 calls an ambulance and 110 the police, that they are only for emergencies and are called by or with a grown-up, and how to say where they are, what happened and their name.

          Teaching tips: for grades 1–3. Try a “trusted hand” activity: pupils draw round their hand and write or draw one trusted grown-up on each finger; don’t comment on whom they choose. In role-play, practise only refusing and asking for help; nobody plays a “bad person”. If a pupil discloses something worrying in class, follow it up privately afterwards under the school’s safeguarding procedure. All situations are fictional.
        `,
      },
      sources: {
        zh: md`
          - 110为全国统一的报警电话，120为全国统一的医疗急救电话。
          - 拒绝三步（说“不”、走开、告诉大人）和“信任之手”活动是学校禁毒和儿童安全教育中常用的方法。
          - 本模块不包含统计数据，所有情境均为虚构。
        `,
        en: md`
          - 110 is China’s nationwide police emergency number; 120 is the nationwide medical emergency (ambulance) number.
          - The three refusal steps (say no, walk away, tell a grown-up) and the “trusted hand” activity are methods commonly used in school drug-prevention and children’s safety education.
          - This module contains no statistics; all situations are fictional.
        `,
      },
    },
  },
};
