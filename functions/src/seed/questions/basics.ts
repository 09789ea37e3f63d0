import type { SeedQuestion } from './index.js';
import { trueFalse } from './true-false.js';

/** Drug basics: medicines and drugs, the legal definition, and the history behind 26 June. */
export const basicsQuestions: SeedQuestion[] = [
  {
    key: 'basics-001',
    content: {
      type: 'single',
      stem: { zh: '生病的时候，吃什么药应该由谁来决定？', en: 'When you are ill, who should decide which medicine you take?' },
      options: [
        { id: 'a', text: { zh: '医生', en: 'A doctor' }, correct: true },
        { id: 'b', text: { zh: '同班同学', en: 'A classmate' }, correct: false },
        { id: 'c', text: { zh: '网上认识的朋友', en: 'A friend you met online' }, correct: false },
        { id: 'd', text: { zh: '自己想吃什么就吃什么', en: 'You decide for yourself' }, correct: false },
      ],
      explanation: {
        zh: '吃什么药由医生决定，再由爸爸妈妈或其他照顾你的大人按照说明给你。不吃别人给的药，也不自己乱吃药。',
        en: 'A doctor decides which medicine you need, and your parents or another adult who looks after you give it to you as instructed. Never take medicine from anyone else, and never take it on your own.',
      },
      topics: ['drug_basics'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
    },
  },
  {
    key: 'basics-002',
    content: {
      type: 'true_false',
      stem: { zh: '药品吃多了或者吃错了，也会伤害身体。', en: 'Taking too much medicine, or the wrong medicine, can also hurt your body.' },
      options: trueFalse(true),
      explanation: {
        zh: '药品能帮助身体恢复健康，但一定要用对。吃多了、吃错了，药品也会伤害身体。',
        en: 'Medicine helps the body get better, but only when it is used the right way. Too much medicine, or the wrong medicine, can hurt your body too.',
      },
      topics: ['drug_basics', 'health_harm'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
    },
  },
  {
    key: 'basics-003',
    content: {
      type: 'true_false',
      stem: { zh: '药品和毒品是一回事。', en: 'Medicines and illegal drugs are the same thing.' },
      options: trueFalse(false),
      explanation: {
        zh: '药品在医生的决定下使用，能帮助身体恢复健康；毒品会伤害人的大脑和身体，还会让人上瘾，在我国受到法律的严格禁止。',
        en: 'Medicine, used as a doctor decides, helps the body recover. Illegal drugs harm the brain and body and can make people addicted, and in China they are strictly forbidden by law.',
      },
      topics: ['drug_basics'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
    },
  },
  {
    key: 'basics-004',
    content: {
      type: 'single',
      stem: { zh: '毒品会让人“上瘾”。“上瘾”是什么意思？', en: 'Drugs can make people “addicted”. What does “addicted” mean?' },
      options: [
        { id: 'a', text: { zh: '明明知道对自己不好，却很难停下来', en: 'Finding it very hard to stop, even when you know it is bad for you' }, correct: true },
        { id: 'b', text: { zh: '试过一次以后，就再也不想去碰它了', en: 'Never wanting to touch something again after trying it just once' }, correct: false },
        { id: 'c', text: { zh: '身体变得更强壮、更有力气', en: 'Your body becoming stronger' }, correct: false },
        {
          id: 'd',
          text: { zh: '只是有一点点困，睡上一觉就好了', en: 'Just feeling a little sleepy for a while, which goes away after a nap' },
          correct: false,
        },
      ],
      explanation: {
        zh: '上瘾就是明明知道不好，却很难停下来。这是毒品特别危险的地方。',
        en: 'Being addicted means finding it very hard to stop even when you know something is bad for you. That is one of the things that makes drugs so dangerous.',
      },
      topics: ['drug_basics', 'health_harm'],
      gradeBands: ['primary'],
      difficulty: 1,
    },
  },
  {
    key: 'basics-005',
    content: {
      type: 'true_false',
      stem: { zh: '在我国，毒品受到法律的严格禁止。', en: 'In China, drugs are strictly forbidden by law.' },
      options: trueFalse(true),
      explanation: {
        zh: '毒品会伤害大脑和身体，还会让人上瘾。在我国，毒品受到法律的严格禁止。',
        en: 'Drugs harm the brain and body and can make people addicted. In China, they are strictly forbidden by law.',
      },
      topics: ['drug_basics', 'law'],
      gradeBands: ['primary'],
      difficulty: 1,
    },
  },
  {
    key: 'basics-006',
    content: {
      type: 'multiple',
      stem: { zh: '下面哪些是正确使用药品的做法？', en: 'Which of these are the right ways to use medicine?' },
      options: [
        { id: 'a', text: { zh: '吃什么药，由医生决定', en: 'A doctor decides which medicine you take' }, correct: true },
        {
          id: 'b',
          text: { zh: '由爸爸妈妈或其他照顾你的大人按照说明给你', en: 'Your parents or another adult who looks after you give it to you as instructed' },
          correct: true,
        },
        { id: 'c', text: { zh: '同学说吃了就好，就吃同学给的药', en: 'Take a pill from a classmate who says it will make you better' }, correct: false },
        { id: 'd', text: { zh: '觉得不舒服时，自己在家里找药吃', en: 'Find some medicine at home and take it yourself when you feel unwell' }, correct: false },
      ],
      explanation: {
        zh: '药品要在医生决定、大人帮助下使用。别人给的药，你不知道是什么、适不适合你，不能吃；也不要自己乱吃药。',
        en: 'Medicine is used when a doctor decides and an adult helps. You don’t know what someone else’s pill is or whether it is right for you, so don’t take it, and never take medicine on your own.',
      },
      topics: ['drug_basics'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 2,
    },
  },
  {
    key: 'basics-007',
    content: {
      type: 'true_false',
      stem: { zh: '毒品只会伤害身体，不会伤害大脑。', en: 'Drugs only harm the body, not the brain.' },
      options: trueFalse(false),
      explanation: {
        zh: '毒品既会伤害人的大脑，也会伤害身体，还会让人上瘾。',
        en: 'Drugs harm both the brain and the body, and they can make people addicted.',
      },
      topics: ['drug_basics', 'health_harm'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
    },
  },
  {
    key: 'basics-008',
    content: {
      type: 'multiple',
      stem: {
        zh: '《禁毒法》第二条和《刑法》第三百五十七条给毒品下了定义。下面哪些是定义中明确列出的毒品？',
        en: 'Article 2 of the Anti-Drug Law and Article 357 of the Criminal Law define drugs. Which of these are named in that definition?',
      },
      options: [
        { id: 'a', text: { zh: '鸦片', en: 'Opium' }, correct: true },
        { id: 'b', text: { zh: '海洛因', en: 'Heroin' }, correct: true },
        { id: 'c', text: { zh: '吗啡', en: 'Morphine' }, correct: true },
        { id: 'd', text: { zh: '大麻', en: 'Cannabis' }, correct: true },
        { id: 'e', text: { zh: '酒精', en: 'Alcohol' }, correct: false },
        { id: 'f', text: { zh: '尼古丁', en: 'Nicotine' }, correct: false },
      ],
      explanation: {
        zh: '定义中列出的是鸦片、海洛因、甲基苯丙胺（冰毒）、吗啡、大麻、可卡因，以及国家规定管制的其他能够使人形成瘾癖的麻醉药品和精神药品。酒精和尼古丁不在其中，但同样危害青少年健康：未成年人不饮酒，电子烟里的尼古丁也伤害身体。',
        en: 'The definition names opium, heroin, methamphetamine (“ice”), morphine, cannabis and cocaine, plus other addictive narcotic and psychotropic substances controlled by the state. Alcohol and nicotine are not among them, but they still harm young people: minors don’t drink alcohol, and the nicotine in e-cigarettes harms health too.',
      },
      topics: ['drug_basics', 'law'],
      gradeBands: ['junior', 'senior'],
      difficulty: 2,
      group: 'drug-definition',
    },
  },
  {
    key: 'basics-009',
    content: {
      type: 'true_false',
      stem: {
        zh: '除了法律中点名列出的几种，国家规定管制的其他能够使人形成瘾癖的麻醉药品和精神药品，也属于毒品。',
        en: 'Besides the drugs named in the law, other addictive narcotic and psychotropic substances controlled by the state are also drugs.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '法律定义的后半句就是“国家规定管制的其他能够使人形成瘾癖的麻醉药品和精神药品”。后来列入管制的芬太尼类物质、合成大麻素类物质、依托咪酯等，都属于毒品。',
        en: 'The second half of the legal definition covers “other narcotic drugs and psychotropic substances that are controlled under state regulations and can cause addiction”. Substances brought under control later, such as fentanyl-class substances, synthetic cannabinoids and etomidate, are therefore drugs too.',
      },
      topics: ['drug_basics', 'law'],
      gradeBands: ['junior', 'senior'],
      difficulty: 2,
    },
  },
  {
    key: 'basics-010',
    content: {
      type: 'true_false',
      stem: {
        zh: '麻醉药品和精神药品在任何情况下都不允许生产和使用。',
        en: 'Narcotic and psychotropic substances may never be produced or used under any circumstances.',
      },
      options: trueFalse(false),
      explanation: {
        zh: '有些麻醉药品和精神药品在医院里是治病用的药。《禁毒法》规定，根据医疗、教学、科研的需要，可以依法生产、使用。离开合法用途、被非法使用，才成了毒品问题。',
        en: 'Some narcotic and psychotropic substances are medicines used in hospitals. The Anti-Drug Law allows them to be produced and used lawfully for medical treatment, teaching and research. It is illegal use, outside those lawful purposes, that makes them a drug problem.',
      },
      topics: ['drug_basics', 'law'],
      gradeBands: ['junior', 'senior'],
      difficulty: 2,
    },
  },
  {
    key: 'basics-011',
    content: {
      type: 'single',
      stem: { zh: '甲基苯丙胺的常见俗称是什么？', en: 'What is methamphetamine commonly called?' },
      options: [
        { id: 'a', text: { zh: '冰毒', en: '“Ice”' }, correct: true },
        { id: 'b', text: { zh: '鸦片', en: 'Opium' }, correct: false },
        { id: 'c', text: { zh: '可卡因', en: 'Cocaine' }, correct: false },
        { id: 'd', text: { zh: '吗啡', en: 'Morphine' }, correct: false },
      ],
      explanation: {
        zh: '甲基苯丙胺俗称冰毒，是法律定义中明确列出的毒品之一，属于兴奋类毒品。鸦片、可卡因、吗啡是另外几种被列出的毒品。',
        en: 'Methamphetamine is commonly called “ice”. It is one of the drugs named in the legal definition, and it is a stimulant. Opium, cocaine and morphine are other drugs named there.',
      },
      topics: ['drug_basics'],
      gradeBands: ['junior', 'senior'],
      difficulty: 1,
    },
  },
  {
    key: 'basics-012',
    content: {
      type: 'single',
      stem: {
        zh: '有人说：“天然的、来自植物的毒品就没有危害。”这种说法为什么不对？',
        en: 'Someone says: “Natural, plant-based drugs are harmless.” Why is that wrong?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '鸦片来自罂粟，大麻本身就是植物，它们都是法律规定的毒品，同样会让人成瘾、伤害身体',
            en: 'Opium comes from the opium poppy and cannabis is a plant; both are drugs in law, and both cause addiction and harm',
          },
          correct: true,
        },
        { id: 'b', text: { zh: '因为来自植物的毒品其实都是人工合成的', en: 'Because plant-based drugs are actually all man-made' }, correct: false },
        { id: 'c', text: { zh: '因为所有植物都有毒，都不能吃', en: 'Because all plants are poisonous and can’t be eaten' }, correct: false },
        { id: 'd', text: { zh: '因为只有来自植物的毒品才会让人上瘾', en: 'Because only plant-based drugs are addictive' }, correct: false },
      ],
      explanation: {
        zh: '“天然”不等于安全。鸦片来自罂粟，大麻本身就是植物，它们都是法律规定的毒品，同样会让人成瘾、伤害身体。',
        en: '“Natural” doesn’t mean safe. Opium comes from the opium poppy and cannabis is itself a plant; both are drugs under the law, and both can cause addiction and harm.',
      },
      topics: ['drug_basics', 'health_harm', 'precursors_plants'],
      gradeBands: ['junior'],
      difficulty: 2,
    },
  },
  {
    key: 'basics-013',
    content: {
      type: 'single',
      stem: {
        zh: '“禁止药物滥用和非法贩运国际日”（国际禁毒日）是每年的哪一天？',
        en: 'On which day each year is the International Day against Drug Abuse and Illicit Trafficking (International Anti-Drug Day)?',
      },
      options: [
        { id: 'a', text: { zh: '6月26日', en: '26 June' }, correct: true },
        { id: 'b', text: { zh: '6月1日', en: '1 June' }, correct: false },
        { id: 'c', text: { zh: '10月1日', en: '1 October' }, correct: false },
        { id: 'd', text: { zh: '12月1日', en: '1 December' }, correct: false },
      ],
      explanation: {
        zh: '每年的6月26日是禁止药物滥用和非法贩运国际日，也就是国际禁毒日。每年这一天前后，各地学校和社区都会开展禁毒宣传教育活动。',
        en: '26 June each year is the International Day against Drug Abuse and Illicit Trafficking, often called International Anti-Drug Day. Schools and communities hold drug-prevention activities around this day every year.',
      },
      topics: ['drug_basics'],
      gradeBands: ['junior', 'senior'],
      difficulty: 1,
    },
  },
  {
    key: 'basics-014',
    content: {
      type: 'single',
      stem: { zh: '国际禁毒日是由哪个机构决定设立的？', en: 'Which body decided to establish International Anti-Drug Day?' },
      options: [
        { id: 'a', text: { zh: '联合国大会', en: 'The UN General Assembly' }, correct: true },
        { id: 'b', text: { zh: '世界卫生组织', en: 'The World Health Organization' }, correct: false },
        { id: 'c', text: { zh: '联合国安全理事会', en: 'The UN Security Council' }, correct: false },
        { id: 'd', text: { zh: '联合国毒品和犯罪问题办公室', en: 'The UN Office on Drugs and Crime' }, correct: false },
      ],
      explanation: {
        zh: '1987年12月，联合国大会决定把每年的6月26日定为禁止药物滥用和非法贩运国际日。联合国毒品和犯罪问题办公室如今负责联合国在禁毒方面的很多工作，但决定设立这个国际日的是联合国大会。',
        en: 'In December 1987, the UN General Assembly decided to observe 26 June each year as the International Day against Drug Abuse and Illicit Trafficking. The UN Office on Drugs and Crime now carries out much of the UN’s drug-control work, but it was the General Assembly that decided to establish the day.',
      },
      topics: ['drug_basics'],
      gradeBands: ['junior', 'senior'],
      difficulty: 2,
      group: 'anti-drug-day-origin',
    },
  },
  {
    key: 'basics-015',
    content: {
      type: 'single',
      stem: {
        zh: '联合国大会是在哪一年决定设立国际禁毒日的？',
        en: 'In which year did the UN General Assembly decide to establish International Anti-Drug Day?',
      },
      options: [
        { id: 'a', text: { zh: '1987年', en: '1987' }, correct: true },
        { id: 'b', text: { zh: '1988年', en: '1988' }, correct: false },
        { id: 'c', text: { zh: '1839年', en: '1839' }, correct: false },
        { id: 'd', text: { zh: '1840年', en: '1840' }, correct: false },
      ],
      explanation: {
        zh: '1987年6月，联合国在维也纳召开了关于药物滥用和非法贩运问题的国际会议；同年12月，联合国大会作出决定。从1988年起，世界各地每年6月26日开展纪念活动。1839年是虎门销烟，1840年鸦片战争爆发。',
        en: 'In June 1987 the UN held an international conference on drug abuse and illicit trafficking in Vienna, and in December that year the General Assembly made its decision. The day has been marked every 26 June since 1988. 1839 is the year of the destruction of opium at Humen, and the Opium War broke out in 1840.',
      },
      topics: ['drug_basics'],
      gradeBands: ['junior', 'senior'],
      difficulty: 3,
      group: 'anti-drug-day-origin',
    },
  },
  {
    key: 'basics-016',
    content: {
      type: 'true_false',
      stem: { zh: '虎门销烟时，林则徐下令把收缴的鸦片堆起来用火烧掉。', en: 'At Humen, Lin Zexu had the confiscated opium piled up and burned.' },
      options: trueFalse(false),
      explanation: {
        zh: '虎门销烟并不是用火烧。当时在海滩上挖池，把鸦片泡在盐水里，再加入石灰使其分解，最后随潮水冲入大海。',
        en: 'The opium at Humen was not burned. Pits were dug on the beach, the opium was soaked in salt water, lime was added to break it down, and it was then flushed out to sea with the tide.',
      },
      topics: ['drug_basics'],
      gradeBands: ['junior', 'senior'],
      difficulty: 2,
      group: 'humen',
    },
  },
  {
    key: 'basics-017',
    content: {
      type: 'single',
      stem: { zh: '林则徐在广东虎门当众销毁鸦片，是在哪一年？', en: 'In which year did Lin Zexu publicly destroy opium at Humen in Guangdong?' },
      options: [
        { id: 'a', text: { zh: '1839年', en: '1839' }, correct: true },
        { id: 'b', text: { zh: '1840年', en: '1840' }, correct: false },
        { id: 'c', text: { zh: '1842年', en: '1842' }, correct: false },
        { id: 'd', text: { zh: '1987年', en: '1987' }, correct: false },
      ],
      explanation: {
        zh: '1839年，林则徐作为钦差大臣到广东查禁鸦片，并于当年6月在虎门海滩当众销毁。此后不久，英国在1840年发动了鸦片战争。',
        en: 'In 1839 Lin Zexu went to Guangdong as imperial commissioner to suppress the opium trade, and in June that year he publicly destroyed opium on the beach at Humen. Soon afterwards, in 1840, Britain launched the Opium War.',
      },
      topics: ['drug_basics'],
      gradeBands: ['junior', 'senior'],
      difficulty: 2,
      group: 'humen',
    },
  },
  {
    key: 'basics-018',
    content: {
      type: 'true_false',
      stem: { zh: '虎门销烟发生在鸦片战争爆发之前。', en: 'The destruction of opium at Humen took place before the Opium War broke out.' },
      options: trueFalse(true),
      explanation: {
        zh: '虎门销烟发生在1839年，鸦片战争在1840年爆发。',
        en: 'The destruction of opium at Humen took place in 1839; the Opium War broke out in 1840.',
      },
      topics: ['drug_basics'],
      gradeBands: ['junior', 'senior'],
      difficulty: 2,
      group: 'humen',
    },
  },
  {
    key: 'basics-019',
    content: {
      type: 'multiple',
      stem: { zh: '关于虎门销烟，下面哪些说法是正确的？', en: 'Which of these statements about the destruction of opium at Humen are correct?' },
      options: [
        {
          id: 'a',
          text: { zh: '鸦片是在广东虎门的海滩上当众销毁的', en: 'The opium was destroyed in public on the beach at Humen in Guangdong' },
          correct: true,
        },
        {
          id: 'b',
          text: {
            zh: '鸦片被泡在盐水里，加入石灰分解，再随潮水冲入大海',
            en: 'The opium was soaked in salt water, broken down with lime and flushed out to sea with the tide',
          },
          correct: true,
        },
        { id: 'c', text: { zh: '它表明了中国人民禁绝毒品的决心', en: 'It showed the Chinese people’s determination to end the drug trade' }, correct: true },
        { id: 'd', text: { zh: '它发生在鸦片战争结束以后', en: 'It happened after the Opium War had ended' }, correct: false },
        { id: 'e', text: { zh: '收缴的鸦片被装船运回了英国', en: 'The confiscated opium was shipped back to Britain' }, correct: false },
      ],
      explanation: {
        zh: '1839年6月，林则徐在虎门海滩挖池，用盐水和石灰分解鸦片，再随潮水冲入大海，表明了中国人民禁绝毒品的决心。鸦片战争在此后的1840年才爆发。',
        en: 'In June 1839, Lin Zexu had pits dug on the beach at Humen, where the opium was broken down with salt water and lime and flushed out to sea, showing the Chinese people’s determination to end the drug trade. The Opium War only broke out afterwards, in 1840.',
      },
      topics: ['drug_basics'],
      gradeBands: ['junior', 'senior'],
      difficulty: 2,
      group: 'humen',
    },
  },
  {
    key: 'basics-020',
    content: {
      type: 'true_false',
      stem: {
        zh: '国际禁毒日是联合国确定的国际日，世界各地每年都会在这一天开展禁毒宣传活动。',
        en: 'International Anti-Drug Day was established by the United Nations, and events are held around the world on this day every year.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '国际禁毒日由联合国大会于1987年确定。从1988年起，世界各地每年都在6月26日开展禁毒宣传活动，并不只在某一个国家纪念。',
        en: 'The day was established by the UN General Assembly in 1987. Since 1988, events have been held around the world every 26 June; it is not marked in just one country.',
      },
      topics: ['drug_basics'],
      gradeBands: ['junior', 'senior'],
      difficulty: 1,
      group: 'anti-drug-day-origin',
    },
  },
  {
    key: 'basics-021',
    content: {
      type: 'multiple',
      stem: {
        zh: '19世纪大量鸦片被走私进入中国，带来了哪些后果？',
        en: 'In the 19th century, large amounts of opium were smuggled into China. What were the consequences?',
      },
      options: [
        { id: 'a', text: { zh: '许多人吸食鸦片成瘾', en: 'Many people became addicted' }, correct: true },
        { id: 'b', text: { zh: '白银大量外流', en: 'Vast amounts of silver flowed out of the country' }, correct: true },
        { id: 'c', text: { zh: '国家和百姓都深受其害', en: 'Both the nation and ordinary people suffered greatly' }, correct: true },
        { id: 'd', text: { zh: '中国从鸦片贸易中赚进了大量白银', en: 'China earned large amounts of silver from the opium trade' }, correct: false },
        {
          id: 'e',
          text: { zh: '只有吸食的人受害，国家和社会没有受到影响', en: 'Only the users suffered; the nation and society were unaffected' },
          correct: false,
        },
      ],
      explanation: {
        zh: '鸦片让许多人成瘾，白银大量外流，国家和百姓都深受其害。这段历史提醒我们：毒品不仅伤害个人，也会危害一个国家和民族。',
        en: 'Opium made many people addicted, vast amounts of silver flowed out of the country, and both the nation and ordinary people suffered greatly. This history reminds us that drugs harm not only individuals but whole nations and peoples.',
      },
      topics: ['drug_basics', 'health_harm'],
      gradeBands: ['junior', 'senior'],
      difficulty: 2,
    },
  },
];
