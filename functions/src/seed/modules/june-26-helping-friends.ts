import type { SeedModule } from './index.js';
import { md } from './md.js';

export const june26HelpingFriends: SeedModule = {
  slug: 'june-26-helping-friends',
  featured: true,
  content: {
    title: { zh: '6·26国际禁毒日：铭记历史，守护同伴', en: '26 June, International Day against Drug Abuse: remember history, look out for friends' },
    summary: {
      zh: '了解国际禁毒日的由来和林则徐虎门销烟的历史；学会在朋友可能接触毒品时如何关心和帮助他；知道可以向哪些人求助。',
      en: 'Learn how the International Day against Drug Abuse and Illicit Trafficking began and about Lin Zexu’s destruction of opium at Humen; learn how to care for and help a friend who may be using drugs; and know who you can turn to for help.',
    },
    gradeBands: ['junior', 'senior'],
    topics: ['help_support', 'drug_basics'],
    estimatedMinutes: 15,
    sections: [
      {
        id: 'june-26-origin',
        kind: 'text',
        title: { zh: '国际禁毒日的由来', en: 'How International Anti-Drug Day began' },
        body: {
          zh: md`
            每年的**6月26日**是“**禁止药物滥用和非法贩运国际日**”，也就是我们常说的**国际禁毒日**。

            - **1987年**6月，联合国在维也纳召开了关于药物滥用和非法贩运问题的国际会议。
            - 同年12月，**联合国大会**决定把每年的6月26日定为这个国际日，表达国际社会加强行动与合作、建设一个没有药物滥用的国际社会的决心。
            - 从**1988年**起，世界各地每年都在这一天开展禁毒宣传活动。

            在我国，每年国际禁毒日前后，各地学校和社区都会开展形式多样的禁毒宣传教育活动。
          `,
          en: md`
            Every year, **26 June** is the **International Day against Drug Abuse and Illicit Trafficking**, often called International Anti-Drug Day.

            - In June **1987**, the United Nations held an international conference on drug abuse and illicit trafficking in Vienna.
            - In December that year, the **UN General Assembly** decided to observe 26 June each year as this international day, to express its determination to strengthen action and cooperation towards an international society free of drug abuse.
            - Since **1988**, events have been held around the world on this day every year.

            In China, schools and communities hold all kinds of drug-prevention activities around International Anti-Drug Day every year.
          `,
        },
      },
      {
        id: 'image-poster',
        kind: 'image',
        title: { zh: '国际禁毒日海报', en: 'International Anti-Drug Day poster' },
        src: '/content/june26-poster.svg',
        alt: {
          zh: '国际禁毒日海报插图：深绿色背景，上方是地球和两侧的橄榄枝，中间是白色的大字“6·26”，下方一双手捧着一株嫩芽，象征守护健康、远离毒品。',
          en: 'International Anti-Drug Day poster illustration: a dark green background with a globe flanked by olive branches at the top, large white characters reading “6·26” in the middle, and two hands holding a young sprout at the bottom, symbolising protecting health and staying drug-free.',
        },
        caption: {
          zh: '每年6月26日：禁止药物滥用和非法贩运国际日。',
          en: 'Every 26 June: the International Day against Drug Abuse and Illicit Trafficking.',
        },
      },
      {
        id: 'humen-history',
        kind: 'text',
        title: { zh: '虎门销烟：一段不能忘记的历史', en: 'The destruction of opium at Humen: history we must not forget' },
        body: {
          zh: md`
            19世纪，英国等国的商人向中国大量走私**鸦片**。鸦片让许多人成瘾，白银大量外流，国家和百姓都深受其害。

            **1839年**，林则徐作为钦差大臣到广东查禁鸦片。他下令收缴鸦片，并于当年6月在广东**虎门**海滩当众销毁。销烟并不是用火烧，而是在海滩上挖池，把鸦片泡在盐水里，再加入石灰使其分解，最后随潮水冲入大海。

            虎门销烟表明了中国人民禁绝毒品的决心。此后不久，英国发动了**鸦片战争**（1840年）。这段历史提醒我们：**毒品不仅伤害个人，也会危害一个国家和民族**。
          `,
          en: md`
            In the 19th century, merchants from Britain and other countries smuggled large amounts of **opium** into China. Many people became addicted, vast amounts of silver flowed out of the country, and both the nation and ordinary people suffered greatly.

            In **1839**, Lin Zexu went to Guangdong as imperial commissioner to suppress the opium trade. He had the opium confiscated and, in June that year, publicly destroyed it on the beach at **Humen** in Guangdong. It was not burned: pits were dug on the beach, the opium was soaked in salt water, lime was added to break it down, and it was then flushed out to sea with the tide.

            The destruction of opium at Humen showed the Chinese people’s determination to end the drug trade. Soon afterwards, Britain launched the **Opium War** (1840). This history reminds us that **drugs harm not only individuals but whole nations and peoples**.
          `,
        },
      },
      {
        id: 'check-history',
        kind: 'check',
        title: { zh: '历史小测', en: 'History quiz' },
        question: {
          zh: '下面关于国际禁毒日和虎门销烟的说法，哪一项是正确的？',
          en: 'Which statement about International Anti-Drug Day and the destruction of opium at Humen is correct?',
        },
        options: [
          {
            id: 'a',
            text: {
              zh: '国际禁毒日是联合国大会在1987年确定的，在每年的6月26日。',
              en: 'International Anti-Drug Day was established by the UN General Assembly in 1987 and falls on 26 June each year.',
            },
            correct: true,
            feedback: {
              zh: '正确。联合国大会于1987年12月作出决定，从1988年起，每年6月26日开展纪念活动。',
              en: 'Correct. The UN General Assembly decided this in December 1987, and the day has been observed every 26 June since 1988.',
            },
          },
          {
            id: 'b',
            text: { zh: '虎门销烟是把鸦片堆起来用火烧掉。', en: 'At Humen, the opium was piled up and burned.' },
            correct: false,
            feedback: {
              zh: '不对。当时是在海滩上挖池，用盐水和石灰浸泡、分解鸦片，再随潮水冲入大海。',
              en: 'No. Pits were dug on the beach and the opium was broken down with salt water and lime, then flushed out to sea with the tide.',
            },
          },
          {
            id: 'c',
            text: { zh: '虎门销烟发生在鸦片战争结束以后。', en: 'The destruction at Humen took place after the Opium War ended.' },
            correct: false,
            feedback: {
              zh: '不对。虎门销烟发生在1839年，鸦片战争在1840年爆发。',
              en: 'No. The destruction at Humen took place in 1839; the Opium War broke out in 1840.',
            },
          },
          {
            id: 'd',
            text: { zh: '国际禁毒日只在中国纪念。', en: 'International Anti-Drug Day is only marked in China.' },
            correct: false,
            feedback: {
              zh: '不对。这是联合国确定的国际日，世界各地都会开展活动。',
              en: 'No. It is an international day established by the United Nations and marked around the world.',
            },
          },
        ],
      },
      {
        id: 'help-a-friend',
        kind: 'text',
        title: { zh: '如果朋友可能在接触毒品', en: 'If a friend may be using drugs' },
        body: {
          zh: md`
            也许你注意到朋友最近变了：常常请假、成绩下滑、情绪起伏很大、躲着大家、总是借钱，或者身上带着来历不明的电子烟。这些变化**不一定**说明他在用毒品，也可能是别的压力或困难。但无论是哪种情况，他都可能需要帮助。

            **你可以这样做：**

            1. **找个安静的时间单独聊**，用关心的语气开口，比如：“我最近有点担心你，你还好吗？”
            2. **认真倾听**，不打断、不嘲笑、不急着下结论。
            3. **说出你的担心**，但不指责、不说教。
            4. **不帮忙隐瞒**：不替他撒谎，不借钱给他买毒品，不帮他保管可疑物品。
            5. **请信任的大人参与**：鼓励他告诉家长、老师或学校心理老师，可以提出陪他一起去。如果他不愿意，你也**应该自己告诉一位信任的大人**。这不是背叛，而是在保护他。

            **不要一个人扛**。帮助一个可能在用毒品的人，需要大人和专业人员一起努力。你能做的，是关心他，并把情况告诉能帮忙的人，而不是独自解决。
          `,
          en: md`
            Perhaps you’ve noticed a friend has changed lately: often absent, grades slipping, big mood swings, avoiding people, always borrowing money, or carrying a vape of unknown origin. These changes **don’t necessarily** mean they are using drugs; there could be other pressures or problems. Either way, they may need help.

            **What you can do:**

            1. **Find a quiet moment to talk one-to-one**, and start with care: “I’ve been a bit worried about you lately. Are you OK?”
            2. **Listen properly**: don’t interrupt, mock or jump to conclusions.
            3. **Say what worries you**, without blaming or lecturing.
            4. **Don’t cover up**: don’t lie for them, don’t lend them money for drugs, and don’t look after suspicious items for them.
            5. **Involve a trusted adult**: encourage them to tell their parents, a teacher or the school counsellor, and offer to go with them. If they won’t, **you should still tell a trusted adult yourself**. That isn’t betrayal; it’s protecting them.

            **Don’t carry this alone.** Helping someone who may be using drugs takes adults and professionals working together. Your part is to care and to tell people who can help, not to fix it by yourself.
          `,
        },
      },
      {
        id: 'image-help-circle',
        kind: 'image',
        title: { zh: '你的求助网', en: 'Your support network' },
        src: '/content/help-circle.svg',
        alt: {
          zh: '求助网插图：中间是一名学生，用虚线连着四位可以求助的人：带着孩子的家长、站在黑板前的老师、带对话框的心理老师、旁边有红十字的医生；上方有一颗红色爱心。',
          en: 'Support-network illustration: a student in the centre, linked by dotted lines to four people who can help: a parent with a child, a teacher at a blackboard, a school counsellor with a speech bubble, and a doctor beside a red cross; a red heart sits above.',
        },
        caption: {
          zh: '家长、老师、心理老师、医生，都是你可以求助的人。',
          en: 'Parents, teachers, the school counsellor and doctors are all people you can turn to.',
        },
      },
      {
        id: 'check-help-friend',
        kind: 'check',
        title: { zh: '你会怎么做？', en: 'What would you do?' },
        question: {
          zh: '想象一下：好朋友悄悄告诉你，他最近在用别人给的“上头电子烟”，并求你“千万别告诉任何人”。你怎么做最好？',
          en: 'Imagine: your close friend quietly tells you he has been using a spiked vape someone gave him, and begs you “never to tell anyone”. What is the best thing to do?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '答应保密，这才是好朋友。', en: 'Promise to keep it secret. That’s what a good friend does.' },
            correct: false,
            feedback: {
              zh: '保守这样的秘密，可能让朋友继续受到伤害。真正的朋友会关心他的安全，而不是帮他隐瞒。',
              en: 'Keeping this kind of secret could let your friend keep getting hurt. A real friend cares about his safety rather than helping him hide it.',
            },
          },
          {
            id: 'b',
            text: {
              zh: '认真听他说，表达关心，鼓励并陪他告诉家长、老师或心理老师；如果他不愿意，你也要告诉一位信任的大人。',
              en: 'Listen and show you care; encourage him to tell his parents, a teacher or the school counsellor and offer to go with him; if he won’t, tell a trusted adult yourself.',
            },
            correct: true,
            feedback: {
              zh: '正确。倾听和关心能让他不觉得孤单，而让信任的大人参与，他才能得到真正的帮助。',
              en: 'Correct. Listening and caring help him feel less alone, and involving a trusted adult is how he gets real help.',
            },
          },
          {
            id: 'c',
            text: { zh: '在班级群里提醒大家离他远点。', en: 'Warn everyone in the class group chat to stay away from him.' },
            correct: false,
            feedback: {
              zh: '这会伤害他，也会让他更不愿意求助。关心要私下进行，并把情况告诉能帮忙的大人。',
              en: 'That would hurt him and make him less willing to seek help. Show care privately, and tell an adult who can help.',
            },
          },
          {
            id: 'd',
            text: { zh: '自己想办法帮他戒掉，不用告诉大人。', en: 'Try to help him quit by yourself, without telling any adult.' },
            correct: false,
            feedback: {
              zh: '你的心意很好，但成瘾需要专业帮助，一个人扛不住。请信任的大人和专业人员一起来帮助他。',
              en: 'Your intentions are good, but addiction needs professional help, and you can’t carry it alone. Bring in a trusted adult and professionals.',
            },
          },
        ],
      },
      {
        id: 'where-to-get-help',
        kind: 'text',
        title: { zh: '到哪里求助', en: 'Where to get help' },
        body: {
          zh: md`
            - **家长或其他家人**：通常是最了解你、最愿意帮你的人。
            - **班主任和其他老师**：可以帮你判断情况，联系家长和学校。
            - **学校心理老师**：可以倾听你的烦恼，提供心理支持。
            - **医生**：医院可以提供身体检查和专业的治疗建议，包括戒毒治疗。
            - **紧急情况**：有人正处于危险中，或者发现违法犯罪，拨打**110**；有人昏迷、呼吸困难等医疗急症，拨打**120**。

            求助不是软弱，而是勇敢、负责任的表现。
          `,
          en: md`
            - **Parents or other family members**: usually the people who know you best and most want to help.
            - **Your class teacher and other teachers**: they can help you judge the situation and contact parents and the school.
            - **The school counsellor**: someone who will listen to your worries and offer emotional support.
            - **Doctors**: hospitals can offer check-ups and professional advice on treatment, including treatment for addiction.
            - **Emergencies**: if someone is in danger or you discover a crime, call **110**; for a medical emergency such as unconsciousness or difficulty breathing, call **120**.

            Asking for help isn’t weakness. It is brave and responsible.
          `,
        },
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 了解国际禁毒日的由来：联合国大会1987年确定，1988年起每年6月26日纪念。
          2. 了解1839年林则徐虎门销烟的历史及其意义。
          3. 学会在朋友可能接触毒品时倾听、表达关心、不帮忙隐瞒，并请信任的大人参与。
          4. 知道可以向家长、老师、学校心理老师、医生求助，紧急情况拨打110或120。

          教学建议：可作为国际禁毒日主题班会使用。讨论朋友的情况时强调关心和保密的边界，避免在班级中点名或猜测具体同学。情境均为虚构。
        `,
        en: md`
          1. Students know how International Anti-Drug Day began: established by the UN General Assembly in 1987 and observed every 26 June since 1988.
          2. Students know the history and significance of Lin Zexu’s destruction of opium at Humen in 1839.
          3. Students learn to listen, show care and not cover up when a friend may be using drugs, and to involve a trusted adult.
          4. Students know they can turn to parents, teachers, the school counsellor and doctors, and to call 110 or 120 in an emergency.

          Teaching tips: suitable for a class meeting around International Anti-Drug Day. When discussing friends, stress the limits of keeping secrets, and avoid naming or speculating about particular students. All scenarios are fictional.
        `,
      },
      sources: {
        zh: md`
          - 联合国大会第42/112号决议（1987年12月7日），决定每年6月26日为禁止药物滥用和非法贩运国际日；1987年6月在维也纳召开的药物滥用和非法贩运问题国际会议。
          - 林则徐虎门销烟（1839年6月）和鸦片战争（1840年）的史实，依据中国近代史通行教材的表述。
          - 《中华人民共和国禁毒法》第三十一条（国家帮助吸毒人员戒除毒瘾）。
          - 110为全国统一的报警电话，120为全国统一的医疗急救电话。
        `,
        en: md`
          - UN General Assembly resolution 42/112 (7 December 1987), establishing 26 June as the International Day against Drug Abuse and Illicit Trafficking; the International Conference on Drug Abuse and Illicit Trafficking held in Vienna in June 1987.
          - The destruction of opium at Humen by Lin Zexu (June 1839) and the Opium War (1840), as presented in standard textbooks of modern Chinese history.
          - Anti-Drug Law of the People’s Republic of China, Article 31 (the state helps drug users overcome addiction).
          - 110 is China’s nationwide police emergency number; 120 is the nationwide medical emergency number.
        `,
      },
    },
  },
};
