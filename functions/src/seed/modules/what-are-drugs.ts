import type { SeedModule } from './index.js';
import { md } from './md.js';

export const whatAreDrugs: SeedModule = {
  slug: 'what-are-drugs',
  featured: true,
  content: {
    title: { zh: '认识毒品，远离毒品', en: 'What are drugs, and how do we stay away?' },
    summary: {
      zh: '用孩子听得懂的话，认识药品和毒品的区别；知道毒品可能伪装成糖果、饮料或贴纸；学会不接受来历不明的东西，遇到奇怪的事及时告诉信任的大人。',
      en: 'A child-friendly introduction: the difference between medicines and drugs, how drugs can be disguised as sweets, drinks or stickers, why we never accept things we don’t know, and why we tell a trusted adult when something feels strange.',
    },
    gradeBands: ['primary'],
    topics: ['drug_basics', 'disguised_drugs', 'help_support'],
    estimatedMinutes: 12,
    sections: [
      {
        id: 'medicine-or-drug',
        kind: 'text',
        title: { zh: '药品和毒品不一样', en: 'Medicines and drugs are different' },
        body: {
          zh: md`
            生病的时候，医生会给我们开**药品**。药品能帮助身体恢复健康，但一定要用对：

            - 吃什么药，由**医生**决定；
            - 由**爸爸妈妈或其他照顾你的大人**按照说明给你；
            - 不吃别人给的药，也不自己乱吃药；
            - 吃多了、吃错了，药品也会伤害身体。

            **毒品**是另一回事。毒品会伤害人的大脑和身体，还会让人**上瘾**：明明知道不好，却很难停下来。

            在我国，毒品受到法律的严格禁止。
          `,
          en: md`
            When we are ill, a doctor may give us **medicine**. Medicine helps our bodies get better, but only when it is used the right way:

            - a **doctor** decides which medicine you need;
            - **your parents or another adult who looks after you** give it to you as instructed;
            - never take medicine from anyone else, and never take it on your own;
            - too much medicine, or the wrong medicine, can hurt your body too.

            **Drugs** are something different. They harm the brain and body, and they can make people **addicted**: even when they know it is bad for them, they find it very hard to stop.

            In China, drugs are strictly forbidden by law.
          `,
        },
      },
      {
        id: 'check-medicine',
        kind: 'check',
        title: { zh: '想一想', en: 'Think about it' },
        question: {
          zh: '你有点头疼。同学从书包里拿出一粒药说：“吃了这个就好了。”你应该怎么做？',
          en: 'You have a slight headache. A classmate takes a pill out of their bag and says, “Take this, it will make you feel better.” What should you do?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '吃下去，同学是好心。', en: 'Take it. Your classmate means well.' },
            correct: false,
            feedback: {
              zh: '同学可能是好心，但你不知道这是什么药、适不适合你。吃什么药应该由医生决定，由照顾你的大人给你。',
              en: 'Your classmate may mean well, but you don’t know what the pill is or whether it is right for you. A doctor should decide on medicine, and an adult who looks after you should give it to you.',
            },
          },
          {
            id: 'b',
            text: {
              zh: '谢谢同学，但不吃；告诉老师或家长自己头疼。',
              en: 'Say thank you but don’t take it; tell a teacher or your parents about your headache.',
            },
            correct: true,
            feedback: {
              zh: '对！不吃别人给的药。把不舒服告诉老师或家长，让大人来帮你。',
              en: 'Right! Don’t take medicine from other people. Tell a teacher or parent you feel unwell so an adult can help.',
            },
          },
          {
            id: 'c',
            text: { zh: '先吃半粒试试看。', en: 'Take half of it to see what happens.' },
            correct: false,
            feedback: {
              zh: '吃半粒也是在吃来历不明的药。不知道是什么的东西，一点都不要尝。',
              en: 'Half a pill is still an unknown pill. If you don’t know what something is, don’t try even a little.',
            },
          },
        ],
      },
      {
        id: 'drugs-in-disguise',
        kind: 'text',
        title: { zh: '毒品会“化妆”', en: 'Drugs can wear a disguise' },
        body: {
          zh: md`
            有些毒品看起来一点也不可怕。毒品可能被**伪装**成看上去很普通、很好玩的东西，比如：

            - 五颜六色的**糖果**、跳跳糖、饼干；
            - 包装好看的**饮料**、奶茶、咖啡；
            - 像**邮票或贴纸**一样的小纸片。

            只看外表，**谁也分不出来**。所以我们要记住一个简单的规则：

            **来历不明的吃的、喝的、贴的，都不接、不尝、不碰。**
          `,
          en: md`
            Some drugs don’t look scary at all. Drugs can be **disguised** as ordinary things that look fun, such as:

            - colourful **sweets**, popping candy or biscuits;
            - nicely packaged **drinks**, milk tea or coffee;
            - small pieces of paper that look like **stamps or stickers**.

            **Nobody can tell just by looking.** So remember one simple rule:

            **If you don’t know where food, a drink or a sticker came from, don’t take it, don’t taste it, don’t touch it.**
          `,
        },
      },
      {
        id: 'image-disguises',
        kind: 'image',
        title: { zh: '看不出来的“伪装”', en: 'Disguises you can’t see through' },
        src: '/content/disguised-drugs.svg',
        alt: {
          zh: '插图：一颗糖果、一杯奶茶、一张像邮票的小贴纸和一支电子烟，下面的放大镜里有一个问号，表示只看外表无法分辨里面有没有毒品。',
          en: 'Illustration: a sweet, a cup of milk tea, a small stamp-like sticker and an e-cigarette, with a magnifying glass below showing a question mark: you can’t tell from the outside whether something contains drugs.',
        },
        caption: {
          zh: '不认识、不确定的东西：不接、不尝、不碰。',
          en: 'If you don’t know it or aren’t sure: don’t take it, taste it or touch it.',
        },
      },
      {
        id: 'strangers-and-adults',
        kind: 'text',
        title: { zh: '不管谁给，不认识的东西都不接', en: 'Whoever offers it, say no to things you don’t know' },
        body: {
          zh: md`
            **不管是谁给的，只要你不知道那是什么，就不接、不尝**，哪怕对方说“免费”“很好吃”“别人都试过”。

            递东西给你的，可能是不认识的人，也可能是**认识的人**，比如年纪大一些的哥哥姐姐、同学，或者在网上认识的“朋友”。你都可以大声说：“不用了，谢谢！”

            遇到让你觉得**奇怪、害怕或不舒服**的事情，要**马上告诉你信任的大人**：

            - 爸爸妈妈或其他家人；
            - 班主任或其他老师；
            - 学校的心理老师。

            告诉大人**不是“告状”**，而是保护自己，也保护朋友。
          `,
          en: md`
            **Whoever offers it, if you don’t know what it is, don’t take it and don’t taste it**, even if they say it’s “free”, “tasty” or “everyone has tried it”.

            The person offering might be someone you don’t know, or **someone you do know**, such as an older boy or girl, a classmate, or a “friend” you met online. Either way, you can say loudly: “No, thank you!”

            If something feels **strange, scary or uncomfortable**, **tell a trusted adult straight away**:

            - your parents or other family members;
            - your class teacher or another teacher;
            - the school counsellor.

            Telling an adult **is not “telling tales”**. It protects you, and it protects your friends.
          `,
        },
      },
      {
        id: 'check-strange-sweets',
        kind: 'check',
        title: { zh: '练一练', en: 'Try it' },
        question: {
          zh: '想象一下：放学路上，有人拿出一包你从没见过的彩色糖果，说：“送给你，别告诉你爸妈哦。”哪种做法最好？',
          en: 'Imagine: on the way home from school, someone holds out a packet of colourful sweets you’ve never seen before and says, “They’re for you. Don’t tell your parents.” What is the best thing to do?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '收下，但先不吃。', en: 'Take them, but don’t eat them yet.' },
            correct: false,
            feedback: {
              zh: '收下了，对方可能还会再来找你，而且你并不知道里面有什么。最好的办法是不接。',
              en: 'If you take them, the person may come looking for you again, and you don’t know what is inside. It is best not to take them at all.',
            },
          },
          {
            id: 'b',
            text: {
              zh: '说“不用了，谢谢”，马上走开，回家告诉爸爸妈妈。',
              en: 'Say “No, thank you”, walk away at once, and tell your parents when you get home.',
            },
            correct: true,
            feedback: {
              zh: '做得好！拒绝、走开、告诉大人，这三步能保护你。“别告诉爸妈”这句话本身就是一个危险信号。',
              en: 'Well done! Say no, walk away, tell an adult: these three steps keep you safe. “Don’t tell your parents” is itself a warning sign.',
            },
          },
          {
            id: 'c',
            text: { zh: '尝一颗，好吃再说。', en: 'Try one and see if it’s nice.' },
            correct: false,
            feedback: {
              zh: '看一看、尝一尝，都分辨不出里面有没有毒品，尝一次就可能受到伤害。',
              en: 'You can’t tell whether there are drugs inside by looking or tasting, and even one taste could harm you.',
            },
          },
          {
            id: 'd',
            text: { zh: '收下，分给同学一起吃。', en: 'Take them and share them with your classmates.' },
            correct: false,
            feedback: {
              zh: '这样可能让更多同学受到伤害。来历不明的东西不要接，也不要传给别人。',
              en: 'That could put even more classmates at risk. Don’t take things you don’t know, and don’t pass them on.',
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
            - 药品要在**医生**决定、**大人**帮助下使用。
            - 毒品会伤害大脑和身体，还会让人上瘾。
            - 毒品可能伪装成糖果、饮料、贴纸，**只看外表分不出来**。
            - 来历不明的东西：**不接、不尝、不碰**。
            - 遇到奇怪的事，**告诉信任的大人**。
          `,
          en: md`
            - Medicine is used when a **doctor** decides and an **adult** helps.
            - Drugs harm the brain and body and can make people addicted.
            - Drugs may be disguised as sweets, drinks or stickers, and **you can’t tell by looking**.
            - Things you don’t know: **don’t take, don’t taste, don’t touch**.
            - If something feels strange, **tell a trusted adult**.
          `,
        },
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 能区分药品和毒品，知道药品要由医生决定、在家长帮助下使用。
          2. 知道毒品可能伪装成糖果、饮料、贴纸等，只看外表无法分辨。
          3. 养成“不接、不尝、不碰”来历不明物品的习惯（不管是谁给的），遇事告诉信任的大人。

          教学建议：以讨论和情境练习为主；不展示毒品实物图片，不描述吸食方法和感受；避免渲染恐惧，也避免“坏人/陌生人”式的说法：递东西的人可能是熟人，重点是“不认识的东西不接”。情境均为虚构，可结合本校学生生活改编。
        `,
        en: md`
          1. Pupils can tell medicines from drugs, and know that a doctor decides on medicine and parents help them take it.
          2. Pupils know that drugs may be disguised as sweets, drinks or stickers and cannot be identified by appearance.
          3. Pupils build the habit of not taking, tasting or touching unknown items, whoever offers them, and of telling a trusted adult.

          Teaching tips: focus on discussion and role-play; do not show pictures of real drugs or describe how drugs are used or how they feel; avoid frightening pupils, and avoid “bad people” or “stranger danger” framing: the person offering may be someone the child knows, so the rule is about unknown things, not unknown people. All scenarios are fictional and can be adapted to pupils’ own lives.
        `,
      },
      sources: {
        zh: md`
          - 《中华人民共和国禁毒法》第二条（毒品的定义；麻醉药品和精神药品可依法用于医疗、教学、科研）。
          - 《麻醉药品和精神药品管理条例》（部分药品因可能成瘾而受到特殊管理）。
          - 毒品伪装成糖果、饮料、“邮票”等形态的提示，参考公安机关和禁毒部门面向公众发布的禁毒宣传提示；本模块不包含统计数据。
        `,
        en: md`
          - Anti-Drug Law of the People’s Republic of China, Article 2 (definition of drugs; narcotic and psychotropic substances may be used lawfully for medical treatment, teaching and research).
          - Regulations on the Administration of Narcotic Drugs and Psychotropic Substances (some medicines are specially controlled because they can cause addiction).
          - The warning that drugs are disguised as sweets, drinks or “stamps” follows public drug-prevention advice issued by the police and drug-control authorities; this module contains no statistics.
        `,
      },
    },
  },
};
