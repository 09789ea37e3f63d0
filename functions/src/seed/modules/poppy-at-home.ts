import type { SeedModule } from './index.js';
import { md } from './md.js';

export const poppyAtHome: SeedModule = {
  slug: 'poppy-at-home',
  content: {
    title: { zh: '院子里的花：认识罂粟', en: 'Flowers in the yard: getting to know the opium poppy' },
    summary: {
      zh: '罂粟能“治咳嗽”“做调料”吗？学会分辨罂粟和可以种的观赏花虞美人，知道为什么家里不能种罂粟，发现了要告诉大人。',
      en: 'Can opium poppies “cure a cough” or “season food”? Learn to tell the opium poppy from the corn poppy, a legal garden flower; find out why families must not grow opium poppies, and know to tell an adult if you see one.',
    },
    gradeBands: ['primary', 'junior'],
    topics: ['precursors_plants', 'law', 'drug_basics'],
    estimatedMinutes: 12,
    sections: [
      {
        id: 'what-is-poppy',
        kind: 'text',
        title: { zh: '罂粟是什么？', en: 'What is the opium poppy?' },
        body: {
          zh: md`
            **罂粟**是一种开着大花的植物，花有红色、粉色、紫色、白色等。它好看，但是很危险：

            - 罂粟的果实里有白色的汁液，可以用来做成**鸦片**，再进一步做成**吗啡**、**海洛因**这些毒品。
            - 所以，国家**禁止私自种植罂粟**，也不允许私自买卖、携带、保存没有处理过的罂粟种子和幼苗。

            医院里有一些止痛的药也来自罂粟，但那是国家指定的单位在严格管理下种植、生产的，和自己家里种完全不是一回事。
          `,
          en: md`
            The **opium poppy** is a plant with large flowers in red, pink, purple, white and other colours. It is pretty, but it is dangerous:

            - The seed heads of the opium poppy contain a milky juice that can be made into **opium**, and from that into drugs such as **morphine** and **heroin**.
            - That is why the state **forbids growing opium poppies privately**, and also forbids buying, selling, carrying or keeping untreated poppy seeds and seedlings without permission.

            Some painkillers used in hospitals also come from poppies, but those are grown and made by state-designated producers under strict control. That is completely different from growing them at home.
          `,
        },
      },
      {
        id: 'myths',
        kind: 'text',
        title: { zh: '两个老说法，都不对', en: 'Two old sayings, both wrong' },
        body: {
          zh: md`
            有些地方流传着这样的老说法：

            **老说法一：“种几棵罂粟，可以治咳嗽、止肚子疼。”**

            罂粟壳里有吗啡等成分，会让人**上瘾**，吃多了还可能中毒，对小孩子尤其危险。罂粟壳作为药材，只能在国家严格管理下、凭医生处方用来治病。家里自己种、自己熬，**既违法，又伤身体**。咳嗽、肚子疼，应该去看医生。

            **老说法二：“罂粟壳放进火锅、卤肉里，味道更香。”**

            往食物里加罂粟壳，是**法律禁止的**。吃的人可能在不知不觉中接触到成瘾物质。

            如果家里的大人还相信这些说法，你可以把今天学到的告诉他们。
          `,
          en: md`
            In some places, people still repeat these old sayings:

            **Old saying 1: “Grow a few poppies and you can treat coughs and tummy aches.”**

            Poppy seed heads contain morphine and other substances that cause **addiction**, and too much can poison you; they are especially dangerous for children. As a medicinal material, poppy husk may only be used to treat illness under strict state control and with a doctor’s prescription. Growing and boiling it up at home is **both illegal and harmful**. For a cough or a tummy ache, see a doctor.

            **Old saying 2: “Put poppy husks in hot pot or braised meat to make it tastier.”**

            Adding poppy husks to food is **forbidden by law**. People who eat it may take in an addictive substance without knowing.

            If adults at home still believe these sayings, you can tell them what you have learned today.
          `,
        },
      },
      {
        id: 'tell-them-apart',
        kind: 'text',
        title: { zh: '罂粟和虞美人：怎么分？', en: 'Opium poppy or corn poppy: how to tell?' },
        body: {
          zh: md`
            **虞美人**是常见的观赏花，和罂粟是“亲戚”，花也很像，但它**可以合法种植**。分辨它们，主要看**茎、叶和果实**：

            - **罂粟**：茎和叶**光滑，没有毛**，表面像蒙着一层白霜，颜色灰绿；叶子宽大，边缘是不规则的锯齿，叶子底部**抱着茎**长；果实较大，像一个圆圆的小罐子。
            - **虞美人**：茎和叶上**长满细毛**，摸起来毛茸茸的；叶子细长，分成像羽毛一样的裂片，不抱茎；茎比较细；花和果实都比较小。

            **最重要的一条**：分不清的时候，**不要摘、不要尝**，告诉家长或老师，请村委会、社区或派出所的工作人员来辨认。
          `,
          en: md`
            The **corn poppy** (虞美人) is a common garden flower. It is a “relative” of the opium poppy and the flowers look alike, but it is **legal to grow**. To tell them apart, look at the **stems, leaves and seed heads**:

            - **Opium poppy**: stems and leaves are **smooth and hairless**, with a whitish bloom that makes them look grey-green; the leaves are broad with irregular toothed edges, and their bases **wrap around the stem**; the seed head is large, like a small round pot.
            - **Corn poppy**: stems and leaves are **covered in fine hairs** and feel fuzzy; the leaves are narrow and divided into feather-like parts, and do not wrap around the stem; the stems are thinner; flowers and seed heads are smaller.

            **Most important of all**: if you can’t tell, **don’t pick it and don’t taste it**. Tell a parent or teacher, and ask staff from the village committee, the community or the police station to identify it.
          `,
        },
      },
      {
        id: 'check-identify',
        kind: 'check',
        title: { zh: '认一认', en: 'Which is it?' },
        question: {
          zh: '奶奶院子里开着大红花。这株花的茎和叶光溜溜的，没有毛，叶子灰绿色、抱着茎长，果实像个小圆罐。它更可能是什么？该怎么做？',
          en: 'Big red flowers are blooming in Grandma’s yard. The plant’s stems and leaves are smooth with no hairs, the leaves are grey-green and wrap around the stem, and the seed head looks like a small round pot. What is it more likely to be, and what should you do?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '更可能是虞美人，摘几朵带到学校。', en: 'More likely a corn poppy; pick a few and take them to school.' },
            correct: false,
            feedback: {
              zh: '虞美人的茎叶上长满细毛，叶子像羽毛一样分裂。这株花的特征更像罂粟，不要摘。',
              en: 'Corn poppies have hairy stems and feather-like divided leaves. This plant looks more like an opium poppy, so don’t pick it.',
            },
          },
          {
            id: 'b',
            text: { zh: '更可能是罂粟；不摘不碰，告诉家长或老师。', en: 'More likely an opium poppy; don’t pick or touch it, and tell a parent or teacher.' },
            correct: true,
            feedback: {
              zh: '对。光滑无毛、叶子抱茎、果实像小罐，都是罂粟的特征。请大人联系村委会或派出所来确认和处理。',
              en: 'Right. Smooth, hairless stems, leaves that wrap the stem and a pot-shaped seed head are all signs of the opium poppy. Ask an adult to contact the village committee or police station to confirm and deal with it.',
            },
          },
          {
            id: 'c',
            text: { zh: '掰开果实尝一尝，就知道是什么了。', en: 'Break open the seed head and taste it to find out.' },
            correct: false,
            feedback: {
              zh: '千万不要尝！罂粟果实的汁液含有成瘾物质，小孩子吃了可能中毒。',
              en: 'Never taste it! The juice of the opium poppy seed head contains addictive substances and could poison a child.',
            },
          },
        ],
      },
      {
        id: 'the-law',
        kind: 'text',
        title: { zh: '法律怎么说', en: 'What the law says' },
        body: {
          zh: md`
            用简单的话说：

            - 《中华人民共和国禁毒法》第十九条：**禁止非法种植罂粟**、大麻等毒品原植物，也禁止非法买卖、携带、持有没有灭活的种子和幼苗。
            - 《中华人民共和国刑法》第三百五十一条：非法种植罂粟**数量较大**的（比如五百株以上），或者被公安机关处理过又种的，或者不肯铲除的，就**构成犯罪**，要受到刑罚。在收获前自己主动铲除的，可以免除处罚。
            - 种得少、还不构成犯罪的，也要依照《中华人民共和国治安管理处罚法》受到处罚，罂粟也要被铲除。

            “就种几棵，自己家用”，**同样是违法的**。
          `,
          en: md`
            In plain words:

            - Article 19 of the **Anti-Drug Law of the People’s Republic of China**: **illegally growing opium poppies**, cannabis and other drug plants is forbidden, and so is illegally buying, selling, carrying or possessing seeds and seedlings that have not been inactivated.
            - Article 351 of the **Criminal Law of the People’s Republic of China**: illegally growing opium poppies in **large numbers** (for example, 500 plants or more), growing them again after being dealt with by the police, or refusing to uproot them, is a **crime** and is punished under criminal law. Someone who uproots them of their own accord before the harvest may be exempted from punishment.
            - Growing a few, when it is not yet a crime, is still punished under the **Public Security Administration Punishments Law of the People’s Republic of China**, and the poppies are uprooted.

            “Just a few plants for the family” **is still against the law**.
          `,
        },
      },
      {
        id: 'check-neighbour',
        kind: 'check',
        title: { zh: '想一想', en: 'Think about it' },
        question: {
          zh: '邻居爷爷说：“我只种了几棵罂粟，留着给孙子治咳嗽，不犯法。”哪种说法是对的？',
          en: 'An elderly neighbour says: “I’ve only grown a few poppies to treat my grandson’s cough. That’s not against the law.” Which statement is right?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '只要是用来治病，种多少都可以。', en: 'If it’s to treat illness, you can grow as many as you like.' },
            correct: false,
            feedback: {
              zh: '不对。私自种植罂粟，不管说是用来干什么，都是法律禁止的。',
              en: 'No. Growing opium poppies privately is forbidden by law, whatever it is supposedly for.',
            },
          },
          {
            id: 'b',
            text: { zh: '种在自己家院子里，别人管不着。', en: 'It’s in his own yard, so it’s nobody else’s business.' },
            correct: false,
            feedback: {
              zh: '不对。种在哪里都一样违法。村委会、居委会发现了，要制止、铲除，并报告公安机关。',
              en: 'No. It is illegal wherever it is grown. Village and residents’ committees that find it must stop it, uproot it and report it to the police.',
            },
          },
          {
            id: 'c',
            text: {
              zh: '种几棵也是违法的；罂粟会让人上瘾，孩子咳嗽要去看医生。',
              en: 'Even a few plants are against the law; poppies are addictive, and a child with a cough should see a doctor.',
            },
            correct: true,
            feedback: {
              zh: '对。数量少也违法，也要铲除。可以请家长去劝一劝，或者告诉村委会。',
              en: 'Right. A few plants are still illegal and must be uprooted. You could ask your parents to talk to him, or tell the village committee.',
            },
          },
        ],
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 知道罂粟是毒品原植物，可以被加工成鸦片、吗啡、海洛因。
          2. 能识别“罂粟治咳嗽”“罂粟壳做调料”等错误说法，知道生病要看医生。
          3. 能从茎、叶、果实区分罂粟和可以合法种植的观赏花虞美人；分不清时不摘、不尝、告诉大人。
          4. 用简单的话理解《禁毒法》第十九条和《刑法》第三百五十一条：非法种植罂粟是违法的，种得多是犯罪。

          教学建议：适合宁夏等农村地区的小学高年级和初中，可结合春季禁种铲毒宣传使用；低年级可只讲“漂亮的花也可能是罂粟，不摘、不尝、告诉大人”。不要点名或影射任何家庭、村子；不提供任何统计数据。建议由教师在课堂上展示公安、禁毒部门发布的官方辨认图片。
        `,
        en: md`
          1. Know that the opium poppy is a drug plant that can be processed into opium, morphine and heroin.
          2. Recognise false beliefs such as “poppies cure coughs” and “poppy husks season food”, and know to see a doctor when ill.
          3. Tell the opium poppy from the legal ornamental corn poppy by stem, leaf and seed head; when unsure, don’t pick, don’t taste, tell an adult.
          4. Understand Article 19 of the Anti-Drug Law and Article 351 of the Criminal Law in plain words: illegally growing opium poppies is against the law, and growing many is a crime.

          Teaching tips: suited to upper primary and junior secondary classes in rural areas such as Ningxia, for example alongside spring campaigns against illegal drug-plant growing; with younger pupils, keep to “a pretty flower may be an opium poppy: don’t pick it, don’t taste it, tell an adult”. Do not name or hint at any family or village, and give no statistics. Show official identification pictures published by the police or drug-control authorities in class.
        `,
      },
      sources: {
        zh: md`
          - 《中华人民共和国禁毒法》第十九条（禁止非法种植罂粟、古柯植物、大麻植物等毒品原植物；禁止非法买卖、运输、携带、持有未经灭活的毒品原植物种子或者幼苗；村民委员会、居民委员会发现非法种植的，应当及时制止、铲除，并向当地公安机关报告）。
          - 《中华人民共和国刑法》第三百五十一条（非法种植罂粟五百株以上不满三千株或者其他毒品原植物数量较大的，经公安机关处理后又种植的，抗拒铲除的，构成犯罪；在收获前自动铲除的，可以免除处罚）。
          - 《中华人民共和国治安管理处罚法》（2025年修订，2026年1月1日起施行；非法种植毒品原植物不构成犯罪的给予治安管理处罚；本模块不引用其条文序号）。
          - 《麻醉药品和精神药品管理条例》与《麻醉药品品种目录》（罂粟壳按麻醉药品管理）；原卫生部等部门公布的《食品中可能违法添加的非食用物质名单》（罂粟壳）。
          - 罂粟与虞美人的形态区别（茎叶有无毛、叶是否抱茎、叶形、果实大小）为植物学常识，也是公安禁毒部门辨认宣传中常用的要点。本模块不包含统计数据。
        `,
        en: md`
          - Anti-Drug Law of the People’s Republic of China, Article 19 (illegal cultivation of opium poppy, coca, cannabis and other drug plants is prohibited; so is illegally trading, transporting, carrying or possessing seeds or seedlings that have not been inactivated; village and residents’ committees that find illegal cultivation must stop it, uproot the plants and report to the local police).
          - Criminal Law of the People’s Republic of China, Article 351 (illegally growing 500 to under 3,000 opium poppy plants, or a relatively large number of other drug plants, growing again after police action, or resisting eradication, is a crime; uprooting the plants voluntarily before harvest may be exempted from punishment).
          - Public Security Administration Punishments Law of the People’s Republic of China (revised 2025, in force from 1 January 2026; illegal cultivation of drug plants that is not a crime is punished under it; this module does not cite its article numbers).
          - Regulations on the Administration of Narcotic Drugs and Psychotropic Substances and the Catalogue of Narcotic Drugs (poppy husk is controlled as a narcotic drug); the List of Non-Food Substances That May Be Illegally Added to Food published by the former Ministry of Health and other departments (poppy husk).
          - The differences between opium poppy and corn poppy (hairy or hairless stems and leaves, whether the leaf clasps the stem, leaf shape, size of the seed head) are basic botany and are standard points in police drug-control identification material. This module contains no statistics.
        `,
      },
    },
  },
};
