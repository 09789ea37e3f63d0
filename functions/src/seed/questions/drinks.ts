import type { SeedQuestion } from './index.js';
import { trueFalse } from './true-false.js';

/** Spiked drinks: protecting your drink, the buddy system, warning signs and what to do in an emergency. */
export const drinksQuestions: SeedQuestion[] = [
  {
    key: 'drinks-001',
    content: {
      type: 'true_false',
      stem: { zh: '只有酒才可能被人偷偷下药，奶茶、果汁和白开水不会。', en: 'Only alcoholic drinks can be spiked; milk tea, juice and plain water can’t.' },
      options: trueFalse(false),
      explanation: {
        zh: '任何饮料都可能被下药，奶茶、果汁、汽水、白开水都一样，不只是酒。',
        en: 'Any drink can be spiked: milk tea, juice, fizzy drinks and even plain water, not just alcohol.',
      },
      topics: ['spiked_drinks'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'drinks-002',
    content: {
      type: 'true_false',
      stem: {
        zh: '被偷偷加进饮料的物质往往无色、无味，看、闻、尝都很难发现。',
        en: 'Substances secretly added to drinks are often colourless and tasteless, so they are hard to spot by sight, smell or taste.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '被加入的东西往往无色、无味，所以不能靠闻一闻、尝一口来判断饮料是否安全。',
        en: 'What is added is often colourless and tasteless, so you can’t judge whether a drink is safe by sniffing or sipping it.',
      },
      topics: ['spiked_drinks'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'drinks-003',
    content: {
      type: 'true_false',
      stem: { zh: '被人下药，是因为受害者自己不够小心，所以责任在受害者。', en: 'People who get spiked weren’t careful enough, so it is their own fault.' },
      options: trueFalse(false),
      explanation: {
        zh: '被下药永远不是受害者的错，责任在下药的人。偷偷给别人下药是严重的违法犯罪行为。',
        en: 'Being spiked is never the victim’s fault; the responsibility lies with the person who did it. Secretly drugging someone is a serious offence.',
      },
      topics: ['spiked_drinks', 'law'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'drinks-004',
    content: {
      type: 'true_false',
      stem: { zh: '给别人饮料下药的，一定是陌生人。', en: 'The person who spikes a drink is always a stranger.' },
      options: trueFalse(false),
      explanation: {
        zh: '下药的人不一定是陌生人，也可能是刚认识的、“看起来很友好”的人。',
        en: 'The person spiking isn’t always a stranger; it might be someone you’ve just met who “seems really friendly”.',
      },
      topics: ['spiked_drinks'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'drinks-005',
    content: {
      type: 'multiple',
      stem: { zh: '下面哪些是保护好自己饮料的做法？', en: 'Which of these are good ways to protect your drink?' },
      options: [
        { id: 'a', text: { zh: '亲眼看着饮料被打开或制作', en: 'Watching your drink being opened or made' }, correct: true },
        { id: 'b', text: { zh: '尽量选择自己打开的密封瓶装饮料', en: 'Choosing sealed bottles you open yourself where possible' }, correct: true },
        { id: 'c', text: { zh: '饮料不离手、不离视线', en: 'Keeping your drink in your hand and in sight' }, correct: true },
        {
          id: 'd',
          text: { zh: '去洗手间时，把饮料交给刚认识的人看管', en: 'Leaving your drink with someone you’ve just met while you go to the toilet' },
          correct: false,
        },
        { id: 'e', text: { zh: '从大家一起分的大杯或壶里倒来喝', en: 'Pouring from a shared jug or bowl' }, correct: false },
      ],
      explanation: {
        zh: '亲眼看着饮料被打开或制作，选择自己打开的密封瓶装饮料，饮料不离手、不离视线。不要把饮料交给不熟悉的人看管，也不从大家一起分的大杯或壶里倒来喝。',
        en: 'Watch your drink being opened or made, choose sealed bottles you open yourself, and keep your drink in your hand and in sight. Don’t leave it with someone you don’t know well, and don’t pour from a shared jug or bowl.',
      },
      topics: ['spiked_drinks'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'drinks-006',
    content: {
      type: 'single',
      stem: {
        zh: '自己的饮料离开过视线一段时间，最稳妥的做法是什么？',
        en: 'Your drink has been out of your sight for a while. What is the safest thing to do?',
      },
      options: [
        { id: 'a', text: { zh: '不再喝这杯，重新买一杯', en: 'Don’t drink it; get a new one' }, correct: true },
        { id: 'b', text: { zh: '闻一闻，没有异味就继续喝', en: 'Smell it, and carry on if it smells normal' }, correct: false },
        { id: 'c', text: { zh: '先尝一小口，没问题再喝', en: 'Take a small sip first, and drink the rest if it seems fine' }, correct: false },
        { id: 'd', text: { zh: '加点冰块再喝', en: 'Add some ice and then drink it' }, correct: false },
      ],
      explanation: {
        zh: '饮料一旦离开过视线，就别再喝了，重新买一杯。被加入的物质往往无色无味，闻和尝都发现不了，尝一口就可能受到影响。',
        en: 'If your drink has been out of sight, don’t drink it; get a new one. Added substances are often colourless and tasteless, so smelling or sipping won’t reveal them, and even a sip could affect you.',
      },
      topics: ['spiked_drinks'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 1,
      group: 'drink-out-of-sight',
    },
  },
  {
    key: 'drinks-007',
    content: {
      type: 'multiple',
      stem: {
        zh: '下面哪些情况可能是被下药的信号，尤其是和喝下的东西明显不相符的时候？',
        en: 'Which of these could be signs of spiking, especially if they are out of proportion to what was drunk?',
      },
      options: [
        { id: 'a', text: { zh: '突然头晕、站不稳、说话含糊', en: 'Sudden dizziness, unsteadiness or slurred speech' }, correct: true },
        { id: 'b', text: { zh: '非常困倦、意识模糊', en: 'Extreme drowsiness or confusion' }, correct: true },
        { id: 'c', text: { zh: '对刚刚发生的事情记不清', en: 'Difficulty remembering what just happened' }, correct: true },
        { id: 'd', text: { zh: '呼吸变慢、变浅，或者叫不醒', en: 'Slow or shallow breathing, or being impossible to wake' }, correct: true },
        { id: 'e', text: { zh: '喝完觉得解渴，精神和平时一样', en: 'Feeling refreshed and as alert as usual after drinking' }, correct: false },
      ],
      explanation: {
        zh: '突然头晕、站不稳、说话含糊，非常困倦、意识模糊，恶心、呕吐，记不清刚发生的事，呼吸变慢、变浅或者叫不醒，都是需要警惕的信号。',
        en: 'Sudden dizziness, unsteadiness or slurred speech, extreme drowsiness or confusion, nausea or vomiting, memory gaps, and slow or shallow breathing or being impossible to wake are all signs to take seriously.',
      },
      topics: ['spiked_drinks', 'health_harm'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'drinks-008',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：聚会上，你的一位朋友怎么叫都叫不醒，呼吸也变得很慢。你首先应该怎么做？',
        en: 'Imagine: at a party, one of your friends can’t be woken and her breathing has become very slow. What should you do first?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '立即拨打120，说清楚地点、症状和怀疑被下药，同时告诉在场的大人',
            en: 'Call 120 at once, saying where you are, the symptoms and that you suspect spiking, and tell an adult who is there',
          },
          correct: true,
        },
        { id: 'b', text: { zh: '让她睡一觉，明天早上就好了', en: 'Let her sleep it off; she’ll be fine in the morning' }, correct: false },
        { id: 'c', text: { zh: '给她灌咖啡，让她清醒过来', en: 'Make her drink coffee to wake her up' }, correct: false },
        { id: 'd', text: { zh: '把她一个人留在房间，自己先回家', en: 'Leave her alone in the room and go home' }, correct: false },
      ],
      explanation: {
        zh: '叫不醒、呼吸困难、抽搐时，要立即拨打120，说清楚地点、症状，以及怀疑被下药，并一直陪着她，直到医护人员到达。咖啡不能消除药物的作用。',
        en: 'If someone can’t be woken, is struggling to breathe or is having a seizure, call 120 immediately. Say where you are, what the symptoms are and that you suspect spiking, and stay with her until medical help arrives. Coffee doesn’t reverse the effects of drugs.',
      },
      topics: ['spiked_drinks', 'help_support'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 1,
      group: 'unconscious-friend',
    },
  },
  {
    key: 'drinks-009',
    content: {
      type: 'single',
      stem: {
        zh: '有人失去了意识，但还有呼吸。在等待医护人员到达时，应该怎么做？',
        en: 'Someone is unconscious but still breathing. What should you do while waiting for medical help?',
      },
      options: [
        {
          id: 'a',
          text: { zh: '让他侧躺，防止呕吐物堵住气道，并一直陪着他', en: 'Lay them on their side so vomit can’t block the airway, and stay with them' },
          correct: true,
        },
        { id: 'b', text: { zh: '让他仰面平躺，然后去别处找人', en: 'Lay them flat on their back, then go off to find someone' }, correct: false },
        { id: 'c', text: { zh: '扶他坐起来，给他喝水', en: 'Sit them up and give them water' }, correct: false },
        { id: 'd', text: { zh: '扶他站起来走一走', en: 'Help them stand up and walk around' }, correct: false },
      ],
      explanation: {
        zh: '让失去意识但有呼吸的人侧躺，可以防止呕吐物堵住气道。要一直陪着他，直到医护人员到达。',
        en: 'Laying an unconscious person who is breathing on their side stops vomit from blocking the airway. Stay with them until medical help arrives.',
      },
      topics: ['spiked_drinks', 'help_support'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'drinks-010',
    content: {
      type: 'true_false',
      stem: {
        zh: '喝咖啡可以消除药物的作用，所以被下药的人喝点咖啡就没事了。',
        en: 'Coffee reverses the effects of drugs, so someone who has been spiked will be fine after some coffee.',
      },
      options: trueFalse(false),
      explanation: {
        zh: '咖啡不能消除药物的作用。怀疑被下药的人需要有人陪着，必要时需要医疗帮助。',
        en: 'Coffee doesn’t reverse the effects of drugs. Someone who may have been spiked needs a person with them and, if needed, medical help.',
      },
      topics: ['spiked_drinks'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'drinks-011',
    content: {
      type: 'true_false',
      stem: {
        zh: '怀疑被下药时，应当尽快就医，并告诉医生自己怀疑被下药，因为有些物质在体内停留的时间很短。',
        en: 'If you suspect you were spiked, see a doctor as soon as possible and say so, because some substances leave the body quickly.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '有些物质在体内停留的时间很短，所以要尽快就医检查，并主动告诉医生自己怀疑被下药。',
        en: 'Some substances leave the body quickly, so get checked by a doctor as soon as possible and tell them you suspect spiking.',
      },
      topics: ['spiked_drinks', 'help_support'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'drinks-012',
    content: {
      type: 'multiple',
      stem: { zh: '和朋友约好“结伴同行”，下面哪些做法是正确的？', en: 'Which of these are part of a good buddy system with your friends?' },
      options: [
        {
          id: 'a',
          text: { zh: '一起去、一起回，不把任何一个人单独留下', en: 'Arriving together and leaving together, never leaving anyone on their own' },
          correct: true,
        },
        {
          id: 'b',
          text: {
            zh: '约好一个“暗号”，谁觉得不对劲，大家就马上一起离开',
            en: 'Agreeing a “code word” so that if anyone feels something is wrong, you all leave straight away',
          },
          correct: true,
        },
        {
          id: 'c',
          text: { zh: '把去哪里、和谁在一起、几点回家告诉家长', en: 'Telling your parents where you’re going, who you’re with and when you’ll be home' },
          correct: true,
        },
        {
          id: 'd',
          text: {
            zh: '有人提议换到陌生的地方“续场”，不用商量，直接去',
            en: 'Going straight on to an unfamiliar place when someone suggests it, without discussing it',
          },
          correct: false,
        },
        {
          id: 'e',
          text: { zh: '玩得正开心时，让想走的同伴自己先回家', en: 'Letting a buddy who wants to leave go home alone while you stay and have fun' },
          correct: false,
        },
      ],
      explanation: {
        zh: '结伴制度就是一起去、一起回，互相留意饮料和状态，约好暗号；出门前告诉家长去哪里、和谁在一起、几点回家，手机保持有电。有人提议去陌生的地方，先和同伴商量，拿不准就不去。',
        en: 'A buddy system means arriving and leaving together, keeping an eye on each other’s drinks and wellbeing, and agreeing a code word; telling your parents where, with whom and until when, and keeping your phone charged. If someone suggests an unfamiliar place, talk it over first, and if in doubt, don’t go.',
      },
      topics: ['spiked_drinks', 'refusal_skills'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'drinks-013',
    content: {
      type: 'true_false',
      stem: {
        zh: '《中华人民共和国未成年人保护法》禁止向未成年人销售酒。',
        en: 'The Law of the PRC on the Protection of Minors prohibits selling alcohol to minors.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '未成年人不饮酒，法律也禁止向未成年人销售酒。酒精还会削弱判断力，让人更难察觉危险。',
        en: 'Minors don’t drink alcohol, and the law prohibits selling alcohol to them. Alcohol also weakens judgement, making danger harder to notice.',
      },
      topics: ['spiked_drinks', 'law'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'drinks-014',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：聚会上，一个刚认识、看起来很友好的人主动给你倒了一杯果汁递过来。最稳妥的做法是什么？',
        en: 'Imagine: at a party, someone you have just met, who seems very friendly, pours you a glass of juice and hands it to you. What is the safest thing to do?',
      },
      options: [
        { id: 'a', text: { zh: '礼貌拒绝，只喝自己看着打开的密封饮料', en: 'Politely refuse; only drink sealed drinks you saw opened' }, correct: true },
        { id: 'b', text: { zh: '对方很友好，喝了也没关系', en: 'They are friendly, so it’s fine to drink it' }, correct: false },
        {
          id: 'c',
          text: { zh: '先闻一闻、尝一小口，没有怪味就放心喝', en: 'Smell it and take a small sip first, and drink it if nothing seems odd' },
          correct: false,
        },
        { id: 'd', text: { zh: '接过来放在桌上，过一会儿再喝', en: 'Take it, put it on the table and drink it later' }, correct: false },
      ],
      explanation: {
        zh: '不喝陌生人或刚认识的人递来的饮料。下药的人不一定是陌生人，也可能是“看起来很友好”的人；被加入的物质往往无色无味，闻不出来。',
        en: 'Don’t accept drinks from strangers or people you’ve only just met. The person spiking isn’t always a stranger and may “seem really friendly”, and added substances are often colourless and tasteless, so you can’t smell them.',
      },
      topics: ['spiked_drinks', 'refusal_skills'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'drinks-015',
    content: {
      type: 'single',
      stem: {
        zh: '在聚会上，你怀疑有人偷偷往别人的饮料里下药，想要报警。应该拨打哪个电话？',
        en: 'At a party, you suspect someone has secretly spiked another person’s drink, and you want to call the police. Which number should you call?',
      },
      options: [
        { id: 'a', text: { zh: '110', en: '110' }, correct: true },
        { id: 'b', text: { zh: '120', en: '120' }, correct: false },
        { id: 'c', text: { zh: '不用报警，当面质问那个人就行', en: 'No need to call; just confront the person yourself' }, correct: false },
        { id: 'd', text: { zh: '不打电话，先在网上发帖问问', en: 'Don’t call; post about it online first' }, correct: false },
      ],
      explanation: {
        zh: '怀疑有人下药或者遇到危险，拨打110报警。如果有人叫不醒、呼吸困难或抽搐，要拨打120急救电话。',
        en: 'If you suspect spiking or you are in danger, call 110 for the police. If someone can’t be woken, is struggling to breathe or is having a seizure, call 120 for an ambulance.',
      },
      topics: ['spiked_drinks', 'help_support'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'drinks-016',
    content: {
      type: 'single',
      stem: { zh: '发现自己饮料的颜色、气味或味道有一点不对，应该怎么做？', en: 'Your drink looks, smells or tastes slightly off. What should you do?' },
      options: [
        { id: 'a', text: { zh: '停下来，不要再喝', en: 'Stop and don’t drink any more' }, correct: true },
        { id: 'b', text: { zh: '一口气喝完，免得浪费', en: 'Finish it quickly so it isn’t wasted' }, correct: false },
        { id: 'c', text: { zh: '加点糖盖住味道再喝', en: 'Add sugar to cover the taste and keep drinking' }, correct: false },
        { id: 'd', text: { zh: '递给朋友尝尝是不是真的有问题', en: 'Pass it to a friend to taste whether something is wrong' }, correct: false },
      ],
      explanation: {
        zh: '饮料的颜色、气味、味道有一点不对，就停下来，不要再喝，也不要让别人尝。告诉同伴，必要时告诉在场的大人或工作人员。',
        en: 'If your drink looks, smells or tastes even slightly off, stop and don’t drink any more, and don’t let anyone else taste it. Tell your buddy and, if needed, an adult or staff member who is there.',
      },
      topics: ['spiked_drinks'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'drinks-017',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：聚会快结束时，一位只喝了一杯汽水的朋友突然站不稳、说话含糊。一个刚认识的人主动说要单独送他回家。你应该怎么做？',
        en: 'Imagine: as a party is ending, a friend who has only had one fizzy drink suddenly can’t stand steadily and is slurring his words. Someone you’ve just met offers to take him home alone. What should you do?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '不让他和刚认识的人单独离开，陪着他，告诉在场的大人或工作人员，必要时拨打120',
            en: 'Don’t let him leave alone with the new acquaintance; stay with him, tell an adult or staff member, and call 120 if needed',
          },
          correct: true,
        },
        { id: 'b', text: { zh: '让刚认识的人送他，自己可以早点回家', en: 'Let the new acquaintance take him, so you can get home earlier' }, correct: false },
        { id: 'c', text: { zh: '让他自己打车回家休息', en: 'Let him take a taxi home alone to rest' }, correct: false },
        { id: 'd', text: { zh: '让他再喝一杯饮料提提神', en: 'Give him another drink to perk him up' }, correct: false },
      ],
      explanation: {
        zh: '只喝了一杯汽水却出现这些症状，要考虑被下药的可能。不要让状态异常的朋友和陌生人或刚认识的人一起走，也不要让他独自离开；陪着他，寻求帮助，叫不醒或呼吸困难时拨打120，怀疑有人下药可以拨打110。',
        en: 'These symptoms after a single fizzy drink suggest possible spiking. Don’t let a friend who is unwell leave with a stranger or someone he has only just met, or on his own; stay with him, get help, call 120 if he can’t be woken or is struggling to breathe, and call 110 if you suspect spiking.',
      },
      topics: ['spiked_drinks', 'help_support'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 3,
      group: 'unconscious-friend',
    },
  },
  {
    key: 'drinks-018',
    content: {
      type: 'multiple',
      stem: {
        zh: '想象一下：你从洗手间回来，发现自己的奶茶被挪了位置，盖子也像被打开过。下面哪些做法是恰当的？',
        en: 'Imagine: you come back from the toilet and find your milk tea has been moved and the lid looks as if it has been opened. Which of these are sensible things to do?',
      },
      options: [
        { id: 'a', text: { zh: '不再喝这杯奶茶', en: 'Don’t drink any more of it' }, correct: true },
        { id: 'b', text: { zh: '告诉同伴，让大家一起提高警惕', en: 'Tell your buddy so everyone is on alert' }, correct: true },
        {
          id: 'c',
          text: {
            zh: '必要时告诉在场的大人或工作人员，怀疑有人下药可以报警',
            en: 'If needed, tell an adult or staff member who is there; if you suspect spiking, you can call the police',
          },
          correct: true,
        },
        { id: 'd', text: { zh: '尝一小口，没有异味就继续喝', en: 'Take a small sip and carry on if it tastes normal' }, correct: false },
        { id: 'e', text: { zh: '什么都不说，免得扫大家的兴', en: 'Say nothing so you don’t spoil the fun' }, correct: false },
      ],
      explanation: {
        zh: '离开过视线的饮料就不要再喝。告诉同伴能让大家一起提高警惕；如果怀疑有人下药，可以报警。你的安全比气氛重要，说出来还可能保护其他人。',
        en: 'Don’t drink anything that has been out of your sight. Telling your buddy puts everyone on alert, and if you suspect spiking you can call the police. Your safety matters more than the mood, and speaking up may protect others too.',
      },
      topics: ['spiked_drinks', 'help_support'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
      group: 'drink-out-of-sight',
    },
  },
];
