import type { SeedModule } from './index.js';
import { md } from './md.js';

export const unknownFoodNoThanks: SeedModule = {
  slug: 'unknown-food-no-thanks',
  content: {
    title: { zh: '不认识的东西，我不吃', en: 'If I don’t know it, I don’t eat it' },
    summary: {
      zh: '危险的东西有时看起来像糖、像饮料、像贴纸。不认识的吃的、喝的、贴的，不管是谁给的，都说“不用了，谢谢”。再告诉家里的大人。',
      en: 'Dangerous things can look like sweets, drinks or stickers. Whoever offers them, if you don’t know what they are, say “No, thank you”, and tell a grown-up at home.',
    },
    gradeBands: ['primary_lower'],
    topics: ['disguised_drugs', 'refusal_skills', 'drug_basics'],
    estimatedMinutes: 10,
    sections: [
      {
        id: 'cannot-tell',
        kind: 'text',
        title: { zh: '只看，看不出来', en: 'You can’t tell by looking' },
        body: {
          zh: md`
            **毒品**是很危险的东西，会伤害大脑和身体。

            毒品有时会**装扮**成好看、好玩的样子：

            - 像彩色的**糖果**、饼干；
            - 像好喝的**饮料**、奶茶；
            - 像小小的**贴纸**。

            只用眼睛看，**谁也看不出来**。闻一闻、尝一尝，也分不出来。
          `,
          en: md`
            **Drugs** are very dangerous. They hurt the brain and the body.

            Sometimes drugs are **dressed up** to look nice or fun:

            - like colourful **sweets** or biscuits;
            - like tasty **drinks** or milk tea;
            - like little **stickers**.

            Just by looking, **nobody can tell**. Smelling or tasting won’t tell you either.
          `,
        },
      },
      {
        id: 'our-rule',
        kind: 'text',
        title: { zh: '我们的约定', en: 'Our rule' },
        body: {
          zh: md`
            记住这个约定：

            **不认识的吃的、喝的、贴的：不接，不尝，不碰。**

            **不管是谁给的**，都一样。给你东西的，可能是不认识的人。也可能是认识的人：大哥哥、大姐姐、同学，或者网上聊天的人。

            你可以说：“**不用了，谢谢！**”

            家里的大人给你准备的饭菜、老师在班上发的水果，是可以放心吃的。**不确定的时候，先问家里的大人。**
          `,
          en: md`
            Remember this rule:

            **Food, drinks or stickers I don’t know: I don’t take them, don’t taste them, don’t touch them.**

            **It doesn’t matter who offers them.** It might be someone you don’t know, or an older boy or girl you know, a classmate, or someone you chat with online.

            You can say: “**No, thank you!**”

            Meals your family makes for you, and fruit your teacher hands out in class, are fine to eat. **When you aren’t sure, ask a grown-up at home first.**
          `,
        },
      },
      {
        id: 'check-free-sweets',
        kind: 'check',
        title: { zh: '想一想', en: 'Think about it' },
        question: {
          zh: '在小区里，一个大哥哥拿着一包没见过的糖说：“送给你，很好吃。”你怎么做？',
          en: 'Near your home, an older boy holds out a bag of sweets you’ve never seen and says, “These are for you. They’re yummy.” What do you do?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '说“不用了，谢谢”，回家告诉大人。', en: 'Say “No, thank you”, and tell a grown-up at home.' },
            correct: true,
            feedback: {
              zh: '对！不认识的糖，不接、不尝。回家告诉大人，大人会帮你。',
              en: 'Yes! Sweets you don’t know: don’t take them, don’t taste them. Tell a grown-up at home, and they will help.',
            },
          },
          {
            id: 'b',
            text: { zh: '拿一颗，回家再吃。', en: 'Take one and eat it at home.' },
            correct: false,
            feedback: {
              zh: '拿回家，还是不知道它是什么。不认识的东西，不接。',
              en: 'At home you still won’t know what it is. Things you don’t know: don’t take them.',
            },
          },
          {
            id: 'c',
            text: { zh: '看一看，好看就吃。', en: 'Look at it, and eat it if it looks nice.' },
            correct: false,
            feedback: {
              zh: '只看外表看不出来。好看的东西，也可能不安全。',
              en: 'You can’t tell by looking. Something that looks nice may still not be safe.',
            },
          },
        ],
      },
      {
        id: 'secrets',
        kind: 'text',
        title: { zh: '“别告诉大人”？要告诉！', en: '“Don’t tell a grown-up”? Tell!' },
        body: {
          zh: md`
            有人给你东西，还说：“**别告诉你爸爸妈妈**”。这句话是在**提醒你：要小心！**

            好的惊喜，比如给妈妈的生日礼物，过几天就会让大家知道。大家都开心。

            让你**害怕、不舒服**，还要你一直不说的事，**一定要告诉大人**。告诉大人不是“告状”，是保护自己。
          `,
          en: md`
            Someone gives you something and says, “**Don’t tell your mum and dad.**” Those words are telling you: **be careful!**

            A good surprise, like a birthday present for Mum, is shared in a few days, and everyone is happy.

            If something makes you **scared or uncomfortable** and you are told to keep it quiet for ever, **always tell a grown-up**. Telling is not “telling tales”. It keeps you safe.
          `,
        },
      },
      {
        id: 'check-secret-drink',
        kind: 'check',
        title: { zh: '练一练', en: 'Try it' },
        question: {
          zh: '课间，一个高年级同学给你一瓶没有字的饮料，说：“别告诉老师哦。”你怎么做？',
          en: 'At break, an older pupil gives you a drink with no writing on it and says, “Don’t tell the teacher.” What do you do?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '喝一口，不告诉别人。', en: 'Have a sip and keep it quiet.' },
            correct: false,
            feedback: {
              zh: '不认识的饮料，一口也不喝。“别告诉老师”是要小心的信号。',
              en: 'Don’t drink even a sip of a drink you don’t know. “Don’t tell the teacher” is a sign to be careful.',
            },
          },
          {
            id: 'b',
            text: { zh: '不喝，走开，告诉老师。', en: 'Don’t drink it, walk away, tell the teacher.' },
            correct: true,
            feedback: {
              zh: '做得好！不喝、走开、告诉老师，你保护了自己。',
              en: 'Well done! Don’t drink, walk away, tell the teacher: you kept yourself safe.',
            },
          },
          {
            id: 'c',
            text: { zh: '拿去分给好朋友。', en: 'Take it and share it with a friend.' },
            correct: false,
            feedback: {
              zh: '这样好朋友也可能受到伤害。不认识的东西，不接，也不传给别人。',
              en: 'Then your friend could get hurt too. Don’t take things you don’t know, and don’t pass them on.',
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
            - 毒品可能像糖、像饮料、像贴纸，**看不出来**。
            - 不认识的东西：**不接，不尝，不碰**。
            - **不管是谁给的**，都说“不用了，谢谢”。
            - 有人说“别告诉大人”，**更要告诉大人**。
          `,
          en: md`
            - Drugs can look like sweets, drinks or stickers, and **you can’t tell by looking**.
            - Things you don’t know: **don’t take, don’t taste, don’t touch**.
            - **Whoever offers them**, say “No, thank you”.
            - If someone says “Don’t tell a grown-up”, **tell a grown-up**.
          `,
        },
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 知道毒品很危险，可能装扮成糖果、饮料、贴纸，只看、只闻、只尝都分辨不出来。
          2. 记住“不认识的吃的、喝的、贴的：不接，不尝，不碰”，不管是谁给的；会说“不用了，谢谢”。
          3. 能分辨“惊喜”和“让你害怕、不舒服的秘密”；有人说“别告诉大人”时，要告诉信任的大人。

          教学建议：面向一至三年级。用“我们的约定”代替恐吓，不说“坏人”“陌生人都很危险”：给东西的可能是熟人，规则针对的是“不认识的东西”。同时说明家人准备的饭菜、老师分的水果可以放心吃，避免孩子对所有食物产生恐惧。不展示毒品图片，不描述吸食方法和感受。可以让学生两人一组练习说“不用了，谢谢！”。情境均为虚构。
        `,
        en: md`
          1. Pupils know that drugs are dangerous and may be dressed up as sweets, drinks or stickers, and that looking, smelling or tasting can’t tell them apart.
          2. Pupils remember the rule “food, drinks or stickers I don’t know: don’t take, don’t taste, don’t touch”, whoever offers them, and can say “No, thank you”.
          3. Pupils can tell a surprise from a secret that makes them scared or uncomfortable, and tell a trusted adult when someone says “don’t tell a grown-up”.

          Teaching tips: for grades 1–3. Present the rule as “our rule”, not as a threat, and don’t say “bad people” or “all strangers are dangerous”: the person offering may be someone the child knows, and the rule is about unknown things. Also say that meals from the family and fruit from the teacher are fine, so children don’t become afraid of all food. Don’t show pictures of drugs or describe how they are used or how they feel. Pupils can practise saying “No, thank you!” in pairs. All situations are fictional.
        `,
      },
      sources: {
        zh: md`
          - 毒品伪装成糖果、饮料、“邮票”贴纸等形态的提示，参考公安机关和禁毒部门面向公众发布的禁毒宣传提示。
          - 区分“惊喜”和“不安全的秘密”、教孩子告诉信任的大人，是儿童安全教育中常用的做法。
          - 本模块不包含统计数据，所有情境均为虚构。
        `,
        en: md`
          - The warning that drugs are disguised as sweets, drinks or stamp-like stickers follows public drug-prevention advice issued by the police and drug-control authorities.
          - Telling surprises from unsafe secrets, and teaching children to tell a trusted adult, are common practice in children’s safety education.
          - This module contains no statistics; all situations are fictional.
        `,
      },
    },
  },
};
