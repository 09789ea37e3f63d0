import type { SeedModule } from './index.js';
import { md } from './md.js';

export const drugLawSenior: SeedModule = {
  slug: 'drug-law-senior',
  content: {
    title: { zh: '毒品与法律：责任、后果与出路', en: 'Drugs and the law: responsibility, consequences and a way back' },
    summary: {
      zh: '系统了解《刑法》中与毒品有关的主要罪名、《禁毒法》规定的戒毒措施，以及涉毒行为对健康、学业和未来的影响；认识到吸毒成瘾的人也是需要治疗的病人和毒品的受害者。',
      en: 'A structured look at the main drug offences in the Criminal Law, the treatment measures in the Anti-Drug Law, and how involvement with drugs affects health, study and the future, recognising that people addicted to drugs are also patients who need treatment and victims of drugs.',
    },
    gradeBands: ['senior'],
    topics: ['law', 'help_support'],
    estimatedMinutes: 18,
    sections: [
      {
        id: 'criminal-law-overview',
        kind: 'text',
        title: { zh: '《刑法》中的主要毒品犯罪', en: 'Main drug offences in the Criminal Law' },
        body: {
          zh: md`
            《中华人民共和国刑法》第三百五十七条规定的毒品含义，与《禁毒法》第二条一致：鸦片、海洛因、甲基苯丙胺（冰毒）、吗啡、大麻、可卡因，以及国家规定管制的其他能够使人形成瘾癖的麻醉药品和精神药品。该条还规定，毒品的数量**不以纯度折算**。

            主要罪名包括：

            - **第三百四十七条 走私、贩卖、运输、制造毒品罪**：无论数量多少，都应当追究刑事责任；利用、教唆未成年人参与，或者向未成年人出售毒品的，从重处罚。
            - **第三百四十八条 非法持有毒品罪**：非法持有毒品数量较大的，构成犯罪。
            - **第三百五十一条 非法种植毒品原植物罪**：非法种植罂粟、大麻等毒品原植物的，**一律强制铲除**；种植数量较大、经公安机关处理后又种植，或者抗拒铲除的，构成犯罪。
            - **第三百五十三条 引诱、教唆、欺骗他人吸毒罪；强迫他人吸毒罪**：引诱、教唆、欺骗或者强迫未成年人吸食、注射毒品的，从重处罚。
            - **第三百五十四条 容留他人吸毒罪**：为他人吸食、注射毒品提供场所，比如让别人在自己家里、租住的房间里吸毒，也是犯罪。

            此外，根据《刑法》第十七条，已满十六周岁的人犯罪应当负刑事责任；已满十四周岁不满十六周岁的人犯贩卖毒品罪，也应当负刑事责任。
          `,
          en: md`
            Article 357 of the **Criminal Law of the People’s Republic of China** defines drugs in the same way as Article 2 of the Anti-Drug Law: opium, heroin, methamphetamine (“ice”), morphine, cannabis, cocaine, and other addictive narcotic drugs and psychotropic substances controlled under state regulations. It also provides that drug quantities are **not converted according to purity**.

            The main offences include:

            - **Article 347, smuggling, selling, transporting or manufacturing drugs**: a crime regardless of quantity; using or instigating minors to take part, or selling drugs to minors, is punished more severely.
            - **Article 348, illegal possession of drugs**: illegally possessing a relatively large quantity of drugs is a crime.
            - **Article 351, illegal cultivation of drug plants**: opium poppy, cannabis and other drug plants grown illegally are **all compulsorily eradicated**; growing a relatively large number, growing them again after being dealt with by the police, or resisting eradication is a crime.
            - **Article 353, luring, instigating or deceiving others into taking drugs; forcing others to take drugs**: when the victim is a minor, the punishment is more severe.
            - **Article 354, harbouring others to take drugs**: providing a place for others to take or inject drugs, for example letting people use drugs in your home or rented room, is also a crime.

            In addition, under Article 17 of the Criminal Law, people aged 16 and over are criminally responsible for crimes, and people aged 14 or 15 are criminally responsible for selling drugs.
          `,
        },
      },
      {
        id: 'check-harbouring',
        kind: 'check',
        title: { zh: '用法律分析', en: 'Apply the law' },
        question: {
          zh: '想象一下：父母出差期间，一名高三学生让几个在校外认识的朋友到家里“聚一聚”，他们在他家里吸毒，他自己没有吸。根据《刑法》，他的行为可能涉及哪一条？',
          en: 'Imagine: while his parents are away, a Grade 12 student lets some friends he knows from outside school come to his home to “hang out”, and they use drugs there. He doesn’t use any himself. Under the Criminal Law, which article might his conduct involve?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '不涉及，因为他自己没有吸毒。', en: 'None, because he didn’t use drugs himself.' },
            correct: false,
            feedback: {
              zh: '不对。为他人吸毒提供场所，本身就可能构成容留他人吸毒罪，和自己吸没吸无关。',
              en: 'No. Providing a place for others to use drugs can itself be the crime of harbouring others to take drugs, whether or not he used any.',
            },
          },
          {
            id: 'b',
            text: { zh: '第三百五十四条，容留他人吸毒罪。', en: 'Article 354, harbouring others to take drugs.' },
            correct: true,
            feedback: {
              zh: '正确。第三百五十四条规定，容留他人吸食、注射毒品的，处三年以下有期徒刑、拘役或者管制，并处罚金。遇到这种情况，应当拒绝，并告诉家长。',
              en: 'Correct. Article 354 provides for up to three years’ fixed-term imprisonment, criminal detention or public surveillance, plus a fine, for harbouring others to take or inject drugs. In this situation, refuse and tell your parents.',
            },
          },
          {
            id: 'c',
            text: { zh: '第三百五十一条，非法种植毒品原植物罪。', en: 'Article 351, illegal cultivation of drug plants.' },
            correct: false,
            feedback: {
              zh: '第三百五十一条针对的是非法种植罂粟、大麻等毒品原植物，和这个情境不符。',
              en: 'Article 351 covers illegally growing opium poppy, cannabis and other drug plants, which doesn’t fit this situation.',
            },
          },
        ],
      },
      {
        id: 'treatment-measures',
        kind: 'text',
        title: { zh: '《禁毒法》：帮助戒毒的多种措施', en: 'The Anti-Drug Law: measures to help people recover' },
        body: {
          zh: md`
            《禁毒法》第三十一条规定，国家采取各种措施帮助吸毒人员戒除毒瘾，教育和挽救吸毒人员；**吸毒成瘾人员应当进行戒毒治疗**。法律规定的戒毒措施包括：

            - **自愿戒毒**：吸毒人员可以自行到具有戒毒治疗资质的医疗机构接受戒毒治疗。《禁毒法》还规定，吸毒人员**主动到公安机关登记**，或者**到有资质的医疗机构接受戒毒治疗**的，不予处罚。
            - **社区戒毒**：对吸毒成瘾人员，公安机关可以责令其接受社区戒毒，期限为**三年**（第三十三条）。戒毒人员在户籍所在地或者现居住地的社区，在家人、社区工作人员等的帮助下戒毒，可以继续正常生活。
            - **强制隔离戒毒**：拒绝接受社区戒毒、在社区戒毒期间吸毒、严重违反社区戒毒协议，或者经社区戒毒、强制隔离戒毒后再次吸毒的，由公安机关决定强制隔离戒毒（第三十八条）。
            - **社区康复**：解除强制隔离戒毒后，可能被责令接受社区康复，帮助逐步回归社会。
          `,
          en: md`
            Article 31 of the Anti-Drug Law says the state takes various measures to help drug users overcome addiction and to educate and rescue them, and that **people addicted to drugs shall undergo treatment**. The measures in law include:

            - **Voluntary treatment**: drug users may go on their own to a medical institution qualified to provide addiction treatment. The Anti-Drug Law also provides that drug users who **register with the police of their own accord**, or who **receive treatment at a qualified medical institution**, are not punished.
            - **Community-based treatment (社区戒毒)**: the police may order a person addicted to drugs to undergo community-based treatment for **three years** (Article 33). The person is treated in the community where they are registered or live, with help from family and community workers, and can carry on with normal life.
            - **Compulsory isolated treatment**: if a person refuses community-based treatment, uses drugs during it, seriously breaches the community treatment agreement, or relapses after community-based or compulsory treatment, the police will decide on compulsory isolated treatment (Article 38).
            - **Community rehabilitation**: after release from compulsory isolated treatment, a person may be ordered to take part in community rehabilitation to help them return to society step by step.
          `,
        },
      },
      {
        id: 'patients-and-victims',
        kind: 'text',
        title: { zh: '既是违法者，也是病人和受害者', en: 'Lawbreakers, but also patients and victims' },
        body: {
          zh: md`
            我国禁毒工作中常说：吸毒成瘾的人**既是违法者，也是病人，还是受害者**。

            - **违法者**：吸毒违反法律，要承担相应的法律责任。
            - **病人**：成瘾是一种影响大脑的慢性、容易复发的疾病，需要科学的治疗和长期的支持。
            - **受害者**：他们的健康、学业、工作和家庭都受到毒品的伤害；有些人最初是在被引诱、欺骗的情况下接触毒品的。

            所以，对待正在戒毒或已经戒毒的人，我们应当**不歧视、不嘲笑、不贴标签**。《禁毒法》规定，戒毒人员在入学、就业、享受社会保障等方面不受歧视。《戒毒条例》也确立了“以人为本、科学戒毒、综合矫治、关怀救助”的原则。
          `,
          en: md`
            A phrase often used in China’s drug-control work is that people addicted to drugs are **lawbreakers, but also patients and victims**.

            - **Lawbreakers**: using drugs breaks the law and carries legal consequences.
            - **Patients**: addiction is a chronic, relapsing condition affecting the brain that needs proper treatment and long-term support.
            - **Victims**: drugs have damaged their health, studies, work and families, and some first came into contact with drugs after being lured or deceived.

            So we should treat people who are in treatment, or have completed it, **without discrimination, mockery or labels**. The Anti-Drug Law provides that people who have undergone drug treatment shall not be discriminated against in school enrolment, employment or social security. The **Regulations on Drug Rehabilitation** (戒毒条例) set out the principles of “people first, scientific treatment, comprehensive correction, and care and assistance”.
          `,
        },
      },
      {
        id: 'check-support',
        kind: 'check',
        title: { zh: '怎么做更好？', en: 'What is the better response?' },
        question: {
          zh: '想象一下：班上转来一位新同学，有人私下传言说他的哥哥正在接受社区戒毒。下面哪种做法最恰当？',
          en: 'Imagine: a new student joins your class, and there is a rumour that his older brother is in community-based drug treatment. Which response is most appropriate?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '提醒大家离他远一点。', en: 'Warn everyone to keep away from him.' },
            correct: false,
            feedback: {
              zh: '这是歧视和贴标签。家人在戒毒，不代表他本人有任何问题，而且接受戒毒治疗本身是积极的改变。',
              en: 'That is discrimination and labelling. A family member being in treatment says nothing bad about him, and getting treatment is itself a positive step.',
            },
          },
          {
            id: 'b',
            text: { zh: '不传播谣言，像对待其他同学一样对待他。', en: 'Don’t spread the rumour, and treat him like any other classmate.' },
            correct: true,
            feedback: {
              zh: '正确。尊重隐私、不歧视，就是对他和他家人的支持。如果他看起来需要帮助，可以鼓励他找老师或心理老师聊聊。',
              en: 'Correct. Respecting privacy and not discriminating supports him and his family. If he seems to need help, you could encourage him to talk to a teacher or the school counsellor.',
            },
          },
          {
            id: 'c',
            text: { zh: '当面问他哥哥的情况，满足好奇心。', en: 'Ask him about his brother to satisfy your curiosity.' },
            correct: false,
            feedback: {
              zh: '这会侵犯他和家人的隐私，也可能让他难堪。要不要谈起这件事，应该由他自己决定。',
              en: 'That intrudes on his and his family’s privacy and may embarrass him. Whether to talk about it is his choice.',
            },
          },
        ],
      },
      {
        id: 'consequences',
        kind: 'text',
        title: { zh: '对学业和未来的影响', en: 'Effects on study and the future' },
        body: {
          zh: md`
            涉毒带来的影响，往往比想象的更长远：

            - **健康**：成瘾、精神健康问题、过量的风险，以及注射吸毒时共用针具带来的艾滋病、丙肝等传染病风险。
            - **学业**：行政拘留、戒毒治疗会打断学习，注意力和记忆力下降也会影响成绩。
            - **刑事记录**：贩卖、运输、制造毒品等犯罪会被判处刑罚。依照《中华人民共和国公务员法》，因犯罪受过刑事处罚的人不得录用为公务员；不少职业对从业人员也有相应要求。
            - **家庭和人际关系**：家人的担忧和经济负担，朋友关系的改变。
            - **安全**：为了得到毒品，可能被人控制、利用，卷入更多违法犯罪。

            好消息是：**成瘾可以治疗，主动求助会得到法律和社会的支持**。越早停下、越早求助，伤害就越小。
          `,
          en: md`
            The effects of involvement with drugs often last longer than people expect:

            - **Health**: addiction, mental health problems, the risk of overdose, and, when injecting equipment is shared, the risk of infections such as HIV and hepatitis C.
            - **Study**: administrative detention and treatment interrupt schooling, and poorer concentration and memory affect results.
            - **Criminal record**: crimes such as selling, transporting or manufacturing drugs lead to criminal penalties. Under the **Civil Servant Law of the People’s Republic of China**, people who have received a criminal penalty for a crime may not be recruited as civil servants, and many other occupations have their own requirements.
            - **Family and relationships**: worry and financial strain for the family, and changes in friendships.
            - **Safety**: to get drugs, people may be controlled or exploited by others and drawn into further crimes.

            The good news: **addiction can be treated, and people who ask for help are supported by the law and by society**. The sooner someone stops and asks for help, the less harm is done.
          `,
        },
      },
      {
        id: 'check-seek-help',
        kind: 'check',
        title: { zh: '帮朋友走出来', en: 'Helping a friend find a way back' },
        question: {
          zh: '想象一下：一个朋友私下告诉你，他用过几次“上头电子烟”，现在很后悔，但害怕“一说出来就会被抓”。下面哪种说法最准确？',
          en: 'Imagine: a friend tells you privately that he has used a spiked vape a few times. He regrets it but is afraid he’ll “get arrested the moment he tells anyone”. Which statement is most accurate?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '他应该一直瞒着，谁都别告诉。', en: 'He should keep it secret and tell nobody.' },
            correct: false,
            feedback: {
              zh: '隐瞒会让问题拖下去，风险越来越大。求助才是走出来的第一步。',
              en: 'Hiding it lets the problem drag on and the risks grow. Asking for help is the first step out.',
            },
          },
          {
            id: 'b',
            text: { zh: '法律只有惩罚，没有帮助。', en: 'The law only punishes; it doesn’t help.' },
            correct: false,
            feedback: {
              zh: '不准确。《禁毒法》规定国家采取各种措施帮助吸毒人员戒除毒瘾；吸毒人员主动到公安机关登记，或者到有资质的医疗机构接受戒毒治疗的，不予处罚。',
              en: 'Not accurate. The Anti-Drug Law says the state takes measures to help drug users overcome addiction, and drug users who register with the police of their own accord or receive treatment at a qualified medical institution are not punished.',
            },
          },
          {
            id: 'c',
            text: {
              zh: '鼓励他告诉家长、老师或学校心理老师，在大人的陪同下寻求医生等专业帮助。',
              en: 'Encourage him to tell his parents, a teacher or the school counsellor, and to seek professional help, such as from a doctor, with an adult’s support.',
            },
            correct: true,
            feedback: {
              zh: '正确。你可以陪他一起去找信任的大人。法律鼓励主动求助，越早越好；如果出现昏迷、呼吸困难等紧急情况，立即拨打120。',
              en: 'Correct. You could go with him to a trusted adult. The law encourages people to come forward, and the earlier the better; in an emergency such as unconsciousness or difficulty breathing, call 120 at once.',
            },
          },
        ],
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 能说出《刑法》第三百四十七、三百四十八、三百五十一、三百五十三、三百五十四、三百五十七条的主要内容，并用于分析情境。
          2. 了解《禁毒法》规定的自愿戒毒、社区戒毒、强制隔离戒毒和社区康复，以及主动求助不予处罚的规定。
          3. 理解“违法者、病人、受害者”的多重身份，不歧视戒毒人员及其家人。
          4. 认识涉毒行为对健康、学业和未来的长期影响，知道如何帮助朋友求助。

          教学建议：《治安管理处罚法》已于2025年修订、2026年1月1日起施行，条文序号有变化，课堂上请按法律名称讲解，勿引用旧版条文序号。讨论时避免使用“瘾君子”等带有歧视色彩的称呼。情境均为虚构。
        `,
        en: md`
          1. Students can state the main content of Criminal Law Articles 347, 348, 351, 353, 354 and 357 and use them to analyse scenarios.
          2. Students know about voluntary treatment, community-based treatment, compulsory isolated treatment and community rehabilitation under the Anti-Drug Law, and that coming forward voluntarily is not punished.
          3. Students understand the idea of “lawbreaker, patient and victim”, and do not discriminate against people in treatment or their families.
          4. Students recognise the long-term effects of drug involvement on health, study and the future, and know how to help a friend seek help.

          Teaching note: the Public Security Administration Punishments Law was revised in 2025 and the revised version applies from 1 January 2026, with renumbered articles; refer to it by name and do not quote article numbers from the old version. Avoid stigmatising labels such as “junkie”. All scenarios are fictional.
        `,
      },
      sources: {
        zh: md`
          - 《中华人民共和国刑法》第十七条、第三百四十七条、第三百四十八条、第三百五十一条、第三百五十三条、第三百五十四条、第三百五十七条。
          - 《中华人民共和国禁毒法》第二条、第三十一条（帮助戒毒；吸毒成瘾人员应当进行戒毒治疗）、第三十三条（社区戒毒三年）、第三十八条（强制隔离戒毒的适用情形），以及关于自愿戒毒、主动登记或接受戒毒治疗不予处罚、戒毒人员不受歧视、社区康复的规定。
          - 《戒毒条例》（国务院令第597号，2011年）：以人为本、科学戒毒、综合矫治、关怀救助的原则。
          - 《中华人民共和国治安管理处罚法》（2025年修订，2026年1月1日起施行）。
          - 《中华人民共和国公务员法》（因犯罪受过刑事处罚的不得录用为公务员）。
        `,
        en: md`
          - Criminal Law of the People’s Republic of China, Articles 17, 347, 348, 351, 353, 354 and 357.
          - Anti-Drug Law of the People’s Republic of China, Article 2, Article 31 (helping people overcome addiction; people addicted to drugs shall undergo treatment), Article 33 (three years of community-based treatment), Article 38 (when compulsory isolated treatment applies), and its provisions on voluntary treatment, no punishment for voluntary registration or treatment, non-discrimination against people in treatment, and community rehabilitation.
          - Regulations on Drug Rehabilitation (State Council Decree No. 597, 2011): principles of people first, scientific treatment, comprehensive correction, and care and assistance.
          - Public Security Administration Punishments Law of the People’s Republic of China (revised 2025, in force from 1 January 2026).
          - Civil Servant Law of the People’s Republic of China (people who have received a criminal penalty for a crime may not be recruited as civil servants).
        `,
      },
    },
  },
};
