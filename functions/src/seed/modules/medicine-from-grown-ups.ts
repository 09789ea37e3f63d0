import type { SeedModule } from './index.js';
import { md } from './md.js';

export const medicineFromGrownUps: SeedModule = {
  slug: 'medicine-from-grown-ups',
  content: {
    title: { zh: '药，要大人给', en: 'Medicine comes from a grown-up' },
    summary: {
      zh: '药能帮我们治病，可是吃错了也会伤身体。生病了告诉大人；药由医生定，由家里的大人给；不认识的药片不碰。',
      en: 'Medicine helps us get better, but the wrong medicine can hurt us. When you feel ill, tell a grown-up; a doctor chooses the medicine and a grown-up at home gives it to you; don’t touch pills you don’t know.',
    },
    gradeBands: ['primary_lower'],
    topics: ['drug_basics', 'help_support'],
    estimatedMinutes: 10,
    sections: [
      {
        id: 'medicine-helps',
        kind: 'text',
        title: { zh: '药是帮我们治病的', en: 'Medicine helps us get better' },
        body: {
          zh: md`
            生病了，我们会去看**医生**。医生会想一想：你要不要吃药？吃哪种药？吃多少？

            回到家，**爸爸妈妈**或者照顾你的大人，会按医生说的给你药。

            药能帮我们好起来。可是，**吃错了药，或者吃得太多，药也会伤害身体**。

            所以，吃药这件事，小朋友**不自己做主**。
          `,
          en: md`
            When we are ill, we go to see a **doctor**. The doctor thinks about it: do you need medicine? Which one? How much?

            At home, **your mum or dad**, or the grown-up who looks after you, gives you the medicine the way the doctor said.

            Medicine helps us get better. But **the wrong medicine, or too much of it, can hurt your body**.

            So children **don’t decide about medicine on their own**.
          `,
        },
      },
      {
        id: 'check-tummy-ache',
        kind: 'check',
        title: { zh: '想一想', en: 'Think about it' },
        question: {
          zh: '在学校，你肚子疼。同学说：“我有药，给你一片。”你怎么做？',
          en: 'At school your tummy hurts. A classmate says, “I’ve got medicine. Have a tablet.” What do you do?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '吃一片，同学是好心。', en: 'Take one. My classmate is being kind.' },
            correct: false,
            feedback: {
              zh: '同学是好心，可是这个药不一定适合你。吃什么药，要由医生和大人来定。',
              en: 'Your classmate is being kind, but that medicine may not be right for you. A doctor and a grown-up decide about medicine.',
            },
          },
          {
            id: 'b',
            text: { zh: '说“谢谢，不用了”，告诉老师肚子疼。', en: 'Say “Thanks, but no”, and tell the teacher my tummy hurts.' },
            correct: true,
            feedback: {
              zh: '对！不吃别人给的药。告诉老师，老师会帮你，还会告诉你的家人。',
              en: 'Yes! Don’t take medicine from other people. Tell the teacher: they will help you and let your family know.',
            },
          },
          {
            id: 'c',
            text: { zh: '先咬一小口试试。', en: 'Bite off a tiny bit to try.' },
            correct: false,
            feedback: {
              zh: '一小口也是吃药。不知道是什么药，一点也不吃。',
              en: 'A tiny bit is still taking medicine. If you don’t know what it is, don’t take any at all.',
            },
          },
        ],
      },
      {
        id: 'looks-like-sweets',
        kind: 'text',
        title: { zh: '药片不是糖', en: 'Pills are not sweets' },
        body: {
          zh: md`
            有的药片圆圆的、彩色的，看起来**很像糖**。有的药水甜甜的。可是，**药不是糖**。

            看到不认识的药片、药瓶，比如在抽屉里、桌子上、地上：

            - **不拿、不尝、不玩**；
            - **告诉家里的大人**，让大人把药收好。

            还有一种东西，比药更危险，叫**毒品**。毒品会伤害大脑和身体，还会让人离不开它，想停也很难停下来。国家不允许任何人吸毒。毒品**不是药**，不能用来治病。
          `,
          en: md`
            Some pills are round and colourful and **look a lot like sweets**. Some liquid medicines taste sweet. But **medicine is not sweets**.

            If you see pills or medicine bottles you don’t know, in a drawer, on a table or on the floor:

            - **don’t pick them up, don’t taste them, don’t play with them**;
            - **tell a grown-up at home**, so they can put the medicine away.

            There is something even more dangerous than medicine, called **drugs**. Drugs hurt the brain and the body, and people find it very hard to stop once they start. In China nobody is allowed to take drugs. Drugs **are not medicine**, and they don’t make anyone better.
          `,
        },
      },
      {
        id: 'check-pills-in-drawer',
        kind: 'check',
        title: { zh: '练一练', en: 'Try it' },
        question: {
          zh: '你在奶奶家的桌子上看到几颗彩色的小药片，很像糖。你怎么做？',
          en: 'At Grandma’s house you see a few small coloured pills on the table. They look like sweets. What do you do?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '尝一颗，看看甜不甜。', en: 'Taste one to see if it is sweet.' },
            correct: false,
            feedback: {
              zh: '药片不是糖，尝一颗也可能伤身体。不知道是什么，就不尝。',
              en: 'Pills are not sweets, and even one could hurt you. If you don’t know what it is, don’t taste it.',
            },
          },
          {
            id: 'b',
            text: { zh: '拿给弟弟妹妹一起玩。', en: 'Give them to your little brother or sister to play with.' },
            correct: false,
            feedback: {
              zh: '弟弟妹妹更小，更容易把药片放进嘴里。药片不是玩具。',
              en: 'Younger children are even more likely to put pills in their mouths. Pills are not toys.',
            },
          },
          {
            id: 'c',
            text: { zh: '不碰它，告诉奶奶或爸爸妈妈。', en: 'Leave them alone and tell Grandma or your parents.' },
            correct: true,
            feedback: {
              zh: '做得好！告诉大人，大人会把药收好，大家都安全。',
              en: 'Well done! Tell a grown-up. They will put the medicine away, and everyone stays safe.',
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
            - 生病了，**告诉大人**。
            - 吃什么药，**医生**定；药由**家里的大人**给。
            - 别人给的药，**不吃**。
            - 不认识的药片，**不拿、不尝、不玩**，告诉大人。
            - 毒品**不是药**，会伤害大脑和身体。
          `,
          en: md`
            - When you feel ill, **tell a grown-up**.
            - A **doctor** chooses the medicine; a **grown-up at home** gives it to you.
            - Medicine from anyone else: **don’t take it**.
            - Pills you don’t know: **don’t pick them up, taste them or play with them**; tell a grown-up.
            - Drugs **are not medicine**. They hurt the brain and the body.
          `,
        },
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 知道药能治病，但要由医生决定、由家里照顾自己的大人给；吃错药、吃多了也会伤身体。
          2. 不吃同学或其他人给的药；身体不舒服时告诉老师或家长。
          3. 看到不认识的药片、药瓶，不拿、不尝、不玩，告诉大人；知道毒品不是药，会伤害大脑和身体。

          教学建议：面向一至三年级，可由教师朗读，学生跟读“记一记”。可请学生说说“生病时谁照顾我”。不展示毒品图片，不讲毒品的种类和吸食方法；“毒品”只讲到“很危险、不是药、国家不允许”。家中药品应由家长收好，可借“药片像糖”这一点提醒家长。情境均为虚构。
        `,
        en: md`
          1. Pupils know that medicine helps when you are ill, but a doctor decides and a grown-up who looks after them gives it; the wrong medicine, or too much, hurts the body.
          2. Pupils don’t take medicine from classmates or anyone else, and tell a teacher or parent when they feel unwell.
          3. Pupils leave pills and medicine bottles they don’t know alone and tell a grown-up; they know that drugs are not medicine and hurt the brain and body.

          Teaching tips: written for grades 1–3; the teacher can read it aloud and pupils repeat the “Remember” lines. Ask pupils who looks after them when they are ill. Don’t show pictures of drugs or talk about kinds of drugs or how they are used; at this age “drugs” means only “very dangerous, not medicine, not allowed”. Use the “pills look like sweets” point to remind parents to keep medicine put away. All situations are fictional.
        `,
      },
      sources: {
        zh: md`
          - 《中华人民共和国禁毒法》第二条（毒品的定义；麻醉药品和精神药品可依法用于医疗、教学、科研）。
          - 吸食、注射毒品是违法行为，依照《中华人民共和国治安管理处罚法》（2025年修订，2026年1月1日起施行）处罚；本模块不引用其条文序号。
          - 儿童用药须遵医嘱、由监护人给药，药品应放在儿童接触不到的地方：卫生健康部门和药品监管部门面向公众的安全用药常识。
          - 本模块不包含统计数据，所有情境均为虚构。
        `,
        en: md`
          - Anti-Drug Law of the People’s Republic of China, Article 2 (definition of drugs; narcotic and psychotropic substances may be used lawfully for medical treatment, teaching and research).
          - Taking drugs is unlawful and is punished under the Public Security Administration Punishments Law of the People’s Republic of China (revised 2025, in force from 1 January 2026); this module does not cite its article numbers.
          - Children take medicine as a doctor advises, given by their guardian, and medicine is kept out of children’s reach: public safe-medication advice from the health and drug regulatory authorities.
          - This module contains no statistics; all situations are fictional.
        `,
      },
    },
  },
};
