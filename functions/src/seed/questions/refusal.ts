import type { SeedQuestion } from './index.js';
import { trueFalse } from './true-false.js';

/** Refusal skills: say no, walk away, tell an adult; and, for older students, refusing under peer pressure. */
export const refusalQuestions: SeedQuestion[] = [
  {
    key: 'refusal-001',
    content: {
      type: 'single',
      stem: { zh: '“拒绝三步走”的正确顺序是什么？', en: 'What is the right order of the “three steps to say no”?' },
      options: [
        { id: 'a', text: { zh: '说“不”—走开—告诉大人', en: 'Say no, walk away, tell an adult' }, correct: true },
        { id: 'b', text: { zh: '收下—尝一尝—告诉同学', en: 'Take it, taste it, tell a classmate' }, correct: false },
        { id: 'c', text: { zh: '说“谢谢”—收下—藏起来', en: 'Say thank you, take it, hide it' }, correct: false },
        { id: 'd', text: { zh: '走开—回来—再收下', en: 'Walk away, come back, then take it' }, correct: false },
      ],
      explanation: {
        zh: '有人给你不认识的东西，或者叫你做让你不安的事，可以用三步保护自己：先说“不”，再走开，然后把发生的事告诉信任的大人。',
        en: 'If someone offers you something you don’t know, or asks you to do something that makes you uneasy, use three steps to stay safe: say no, walk away, then tell a trusted adult what happened.',
      },
      topics: ['refusal_skills'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
    },
  },
  {
    key: 'refusal-002',
    content: {
      type: 'true_false',
      stem: { zh: '对别人说“不”，是没礼貌的表现。', en: 'Saying no to someone is rude.' },
      options: trueFalse(false),
      explanation: {
        zh: '说“不”不是没礼貌。保护自己的身体，是每个人的权利。',
        en: 'Saying no is not rude. Everyone has the right to protect their own body.',
      },
      topics: ['refusal_skills'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
      group: 'saying-no-polite',
    },
  },
  {
    key: 'refusal-003',
    content: {
      type: 'true_false',
      stem: {
        zh: '拒绝别人给的东西时，不用解释太多，看着对方、坚定地说“不要，谢谢！”就可以了。',
        en: 'When you turn something down, you don’t need to explain much: just look at the person and say firmly, “No, thank you!”',
      },
      options: trueFalse(true),
      explanation: {
        zh: '说“不”的时候，看着对方，声音坚定，不用解释太多。然后走开，并告诉信任的大人。',
        en: 'When you say no, look at the person and speak firmly; you don’t need to explain much. Then walk away and tell a trusted adult.',
      },
      topics: ['refusal_skills'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
    },
  },
  {
    key: 'refusal-004',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：在小区里，一个不认识的大哥哥拿出一瓶没有标签的饮料，说：“喝一口，可好喝了。”你可以怎么做？',
        en: 'Imagine: near your home, an older boy you don’t know holds out a bottle of drink with no label and says, “Have a sip, it’s really nice.” What could you do?',
      },
      options: [
        { id: 'a', text: { zh: '说“不用了”，走到有大人的地方', en: 'Say “No, thanks” and go to where there are adults' }, correct: true },
        { id: 'b', text: { zh: '只喝一小口尝尝味道', en: 'Have just a small sip to taste it' }, correct: false },
        { id: 'c', text: { zh: '收下来，带回家给家人喝', en: 'Take it home for your family to drink' }, correct: false },
        { id: 'd', text: { zh: '留下来听他介绍这是什么饮料，再决定喝不喝', en: 'Stay and listen while he tells you what the drink is' }, correct: false },
      ],
      explanation: {
        zh: '不认识的人给的、来历不明的饮料，不接、不尝。说“不”，走到有大人的地方，回家后告诉家长。',
        en: 'Don’t take or taste a drink of unknown origin from someone you don’t know. Say no, go to where there are adults, and tell your parents when you get home.',
      },
      topics: ['refusal_skills', 'disguised_drugs'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
    },
  },
  {
    key: 'refusal-005',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：网上有人对你说：“你帮我收一个快递，我就送你游戏皮肤。”你应该怎么做？',
        en: 'Imagine: someone online says, “Collect a parcel for me and I’ll give you a game skin.” What should you do?',
      },
      options: [
        { id: 'a', text: { zh: '说“不行”，然后告诉爸爸妈妈', en: 'Say “No”, then tell your parents' }, correct: true },
        { id: 'b', text: { zh: '答应他，游戏皮肤很难得', en: 'Agree, because game skins are hard to get' }, correct: false },
        { id: 'c', text: { zh: '帮他收快递，但是谁也不告诉', en: 'Collect the parcel, but don’t tell anyone' }, correct: false },
        { id: 'd', text: { zh: '让同学去帮他收', en: 'Ask a classmate to collect it for him' }, correct: false },
      ],
      explanation: {
        zh: '不替不熟悉的人收东西，尤其是对方拿好处来换的时候。说“不”，然后把这件事告诉爸爸妈妈。',
        en: 'Don’t collect things for people you don’t know well, especially when they offer you something in return. Say no, then tell your parents about it.',
      },
      topics: ['refusal_skills', 'help_support'],
      gradeBands: ['primary'],
      difficulty: 2,
    },
  },
  {
    key: 'refusal-006',
    content: {
      type: 'true_false',
      stem: {
        zh: '如果递东西给你的是认识的人，比如高年级的哥哥姐姐，那么来历不明的东西也可以放心收下。',
        en: 'If the person offering is someone you know, such as an older pupil, it’s fine to accept something even if you don’t know where it came from.',
      },
      options: trueFalse(false),
      explanation: {
        zh: '递东西给你的也可能是认识的人，比如年纪大一些的哥哥姐姐，或者网上认识的“朋友”。只要你不清楚那是什么，都可以说：“不用了，谢谢！”',
        en: 'The person offering might be someone you know, such as an older boy or girl, or a “friend” you met online. If you don’t know what it is, you can always say: “No, thank you!”',
      },
      topics: ['refusal_skills', 'disguised_drugs'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 2,
      group: 'whoever-offers',
    },
  },
  {
    key: 'refusal-007',
    content: {
      type: 'single',
      stem: {
        zh: '一时想不出怎么拒绝时，说下面哪句话可以帮你马上离开？',
        en: 'If you can’t think how to say no, which of these lets you leave straight away?',
      },
      options: [
        { id: 'a', text: { zh: '“我妈妈在等我。”', en: '“My mum is waiting for me.”' }, correct: true },
        { id: 'b', text: { zh: '“那我就尝一点点吧。”', en: '“OK, I’ll just try a tiny bit.”' }, correct: false },
        { id: 'c', text: { zh: '“你明天再给我吧。”', en: '“Give it to me tomorrow instead.”' }, correct: false },
        { id: 'd', text: { zh: '“我先帮你保管着。”', en: '“I’ll look after it for you for now.”' }, correct: false },
      ],
      explanation: {
        zh: '小窍门：一时不知道说什么，可以说“我妈妈在等我”，然后马上离开，再把事情告诉大人。',
        en: 'Tip: if you can’t think what to say, you can say “My mum is waiting for me”, leave straight away, and then tell an adult.',
      },
      topics: ['refusal_skills'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
    },
  },
  {
    key: 'refusal-008',
    content: {
      type: 'multiple',
      stem: {
        zh: '想象一下：同学神秘地说：“我有一种‘神奇糖’，吃了就不困，你要不要？”下面哪些做法是对的？',
        en: 'Imagine: a classmate whispers, “I’ve got some ‘magic sweets’ that stop you feeling sleepy. Want some?” Which of these are right?',
      },
      options: [
        { id: 'a', text: { zh: '说“我不要”', en: 'Say “No, I don’t”' }, correct: true },
        {
          id: 'b',
          text: { zh: '说“我们去问问老师吧”，把这件事告诉老师', en: 'Say “Let’s go and ask the teacher”, and tell the teacher about it' },
          correct: true,
        },
        { id: 'c', text: { zh: '拿一颗留着，考试前再吃', en: 'Take one and save it for before an exam' }, correct: false },
        { id: 'd', text: { zh: '答应同学帮他保密', en: 'Promise your classmate to keep it secret' }, correct: false },
      ],
      explanation: {
        zh: '被说成能“不困”“提神”的来历不明的糖，可能藏着毒品。说“我不要”，并告诉老师，让大人来处理。',
        en: 'Unknown sweets that supposedly stop you feeling sleepy could contain drugs. Say “No” and tell a teacher, so an adult can deal with it.',
      },
      topics: ['refusal_skills', 'disguised_drugs'],
      gradeBands: ['primary'],
      difficulty: 2,
    },
  },
  {
    key: 'refusal-009',
    content: {
      type: 'true_false',
      stem: {
        zh: '拒绝以后走开时，最好去人多的地方，或者回到老师、家长身边。',
        en: 'After saying no, it’s best to walk away to somewhere with more people, or back to a teacher or your family.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '走开时，离开那个地方，去人多的地方，或者回到老师、家长身边，然后把发生的事告诉信任的大人。',
        en: 'When you walk away, leave the place and go somewhere with more people or back to a teacher or your family, then tell a trusted adult what happened.',
      },
      topics: ['refusal_skills'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
    },
  },
  {
    key: 'refusal-010',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：同学在课间拿出一支“解压电子烟”，说：“就一口，大家都试过了。”下面哪种回应最好？',
        en: 'Imagine: at break time, a classmate takes out a “stress-relief vape” and says, “Just one puff, everyone’s tried it.” Which response is best?',
      },
      options: [
        {
          id: 'a',
          text: { zh: '说“我不碰这个”，走开，必要时告诉老师', en: 'Say “I don’t touch that”, walk away, and tell a teacher if needed' },
          correct: true,
        },
        {
          id: 'b',
          text: { zh: '为了不被大家说不合群，就只吸一小口试试看', en: 'Take just one small puff so that nobody can say you don’t fit in' },
          correct: false,
        },
        { id: 'c', text: { zh: '偷偷拿走，放学后自己研究', en: 'Secretly take it and look into it after school' }, correct: false },
        { id: 'd', text: { zh: '问他在哪里买的，自己也买一支', en: 'Ask where he bought it and buy one yourself' }, correct: false },
      ],
      explanation: {
        zh: '来历不明、宣传“解压”的电子烟可能含有合成大麻素类物质、依托咪酯等管制物质，一口也可能有危险。简短、坚定地拒绝，走开，并告诉信任的大人。',
        en: 'An unknown vape promoted for “stress relief” may contain controlled substances such as synthetic cannabinoids or etomidate, and even one puff could be dangerous. Refuse briefly and firmly, walk away, and tell a trusted adult.',
      },
      topics: ['refusal_skills', 'disguised_drugs'],
      gradeBands: ['junior'],
      difficulty: 1,
    },
  },
  {
    key: 'refusal-011',
    content: {
      type: 'true_false',
      stem: { zh: '只要是好朋友递过来的电子烟，就不会有问题。', en: 'A vape is fine as long as it comes from a good friend.' },
      options: trueFalse(false),
      explanation: {
        zh: '谁递过来的都一样：“上头电子烟”和普通电子烟外表几乎一样，里面可能含有管制物质。最简单的做法是不碰任何电子烟，尤其是别人递过来的。',
        en: 'It doesn’t matter who hands it to you: spiked vapes look almost exactly like ordinary ones and may contain controlled substances. The simplest rule is not to touch any e-cigarette, especially one someone else hands you.',
      },
      topics: ['refusal_skills', 'disguised_drugs'],
      gradeBands: ['junior', 'senior'],
      difficulty: 1,
    },
  },
  {
    key: 'refusal-012',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：有人不停地激你：“你是不是不敢？”下面哪种回应用的是“转移话题或反问”的技巧？',
        en: 'Imagine: someone keeps needling you: “What, are you scared?” Which response uses the technique of changing the subject or turning the question around?',
      },
      options: [
        {
          id: 'a',
          text: { zh: '“这和敢不敢没关系。我们去吃点东西吧？”', en: '“Being scared has nothing to do with it. Shall we get something to eat?”' },
          correct: true,
        },
        { id: 'b', text: { zh: '“那我就试一口，证明我敢。”', en: '“Fine, I’ll have one go to prove I’m not.”' }, correct: false },
        { id: 'c', text: { zh: '一句话不说，接过对方递来的东西', en: 'Say nothing and take what they are offering' }, correct: false },
        {
          id: 'd',
          text: { zh: '当着大家的面大声指责对方吸毒，让他下不来台', en: 'Loudly accuse them of taking drugs in front of everyone so that they lose face' },
          correct: false,
        },
      ],
      explanation: {
        zh: '“这和敢不敢没关系”把对方的激将顶了回去，再提议去吃东西转移话题。拒绝和勇敢无关；当众指责则容易激化冲突。',
        en: '“Being scared has nothing to do with it” turns the taunt around, and suggesting food changes the subject. Refusing has nothing to do with courage, and a public accusation can escalate things.',
      },
      topics: ['refusal_skills'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'refusal-013',
    content: {
      type: 'true_false',
      stem: { zh: '拒绝毒品时，语气要平静、坚定，不需要向对方道歉。', en: 'When turning down drugs, stay calm and firm; you don’t need to apologise.' },
      options: trueFalse(true),
      explanation: {
        zh: '直接拒绝时，语气平静、坚定，比如“不了，我不碰这个”，不需要道歉，也不需要长篇解释。',
        en: 'When you refuse directly, for example “No, I don’t touch that”, stay calm and firm; there is no need to apologise or to explain at length.',
      },
      topics: ['refusal_skills'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'refusal-014',
    content: {
      type: 'multiple',
      stem: { zh: '下面哪些是拒绝毒品时可以用的技巧？', en: 'Which of these are techniques you can use to turn down drugs?' },
      options: [
        { id: 'a', text: { zh: '直接拒绝', en: 'Refusing directly' }, correct: true },
        { id: 'b', text: { zh: '借故离开', en: 'Making an excuse to leave' }, correct: true },
        { id: 'c', text: { zh: '转移话题或反问', en: 'Changing the subject or turning the question around' }, correct: true },
        { id: 'd', text: { zh: '重复拒绝，然后离开', en: 'Repeating your refusal, then leaving' }, correct: true },
        { id: 'e', text: { zh: '先用一点应付一下，让对方别再纠缠', en: 'Using a little just to make them stop pestering you' }, correct: false },
      ],
      explanation: {
        zh: '直接拒绝、借故离开、转移话题或反问、重复拒绝然后离开，都是保护自己的办法。“应付一下”就是在冒险，风险要你自己承担。',
        en: 'Refusing directly, making an excuse to leave, changing the subject or turning the question around, and repeating your refusal and leaving all protect you. “Going along a little” is still taking the risk, and you are the one who carries it.',
      },
      topics: ['refusal_skills'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'refusal-015',
    content: {
      type: 'true_false',
      stem: {
        zh: '你拒绝的是毒品，不是朋友。真正在乎你的人，会尊重你的选择。',
        en: 'You are turning down drugs, not your friends. People who really care about you will respect your choice.',
      },
      options: trueFalse(true),
      explanation: {
        zh: '很多时候压力来自朋友和现场的气氛。记住：你拒绝的是毒品，不是朋友；真正在乎你的人，会尊重你的选择。',
        en: 'Pressure often comes from friends and the atmosphere. Remember: you are turning down drugs, not your friends, and people who really care about you will respect your choice.',
      },
      topics: ['refusal_skills'],
      gradeBands: ['junior', 'senior', 'vocational'],
      difficulty: 1,
    },
  },
  {
    key: 'refusal-016',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：朋友的表哥要带大家去一个“更好玩”的地方，说那里有人提供“助兴的东西”。下面哪种做法最好？',
        en: 'Imagine: a friend’s older cousin offers to take everyone somewhere “more fun”, where someone will provide “stuff to liven things up”. What is the best thing to do?',
      },
      options: [
        { id: 'a', text: { zh: '借口“我爸在楼下等”，和同伴一起离开', en: 'Say “My dad’s waiting downstairs” and leave with your buddy' }, correct: true },
        { id: 'b', text: { zh: '跟去看看，只要自己什么都不碰就行', en: 'Go along to see, as long as you don’t touch anything yourself' }, correct: false },
        { id: 'c', text: { zh: '先答应下来，到了那里再找机会溜走', en: 'Agree for now, then find a chance to slip away once you are there' }, correct: false },
        { id: 'd', text: { zh: '让表哥保证“没有毒品”，然后再跟着去', en: 'Go with him once the cousin promises there will be “no drugs”' }, correct: false },
      ],
      explanation: {
        zh: '“助兴的东西”是危险信号。借故离开是一种有效的拒绝技巧，而且要在去之前就离开：到了陌生的地方再想走就难了，对方的保证也不可信。结伴同行意味着一起离开，不把任何人单独留下。',
        en: '“Stuff to liven things up” is a warning sign. Making an excuse to leave is an effective refusal technique, and it works best before you go: leaving an unfamiliar place is harder, and a promise from them means nothing. The buddy system means leaving together and never leaving anyone on their own.',
      },
      topics: ['refusal_skills', 'spiked_drinks'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'refusal-017',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：你已经拒绝了两次，对方还是一直纠缠，非要你试试他带来的电子烟。接下来最合适的做法是什么？',
        en: 'Imagine: you have already said no twice, but the person keeps pestering you to try the vape they brought. What is the best thing to do next?',
      },
      options: [
        {
          id: 'a',
          text: {
            zh: '重复拒绝，然后离开；必要时向在场的大人、工作人员求助，或者拨打110',
            en: 'Repeat your refusal and leave; if needed, ask an adult or staff member for help, or call 110',
          },
          correct: true,
        },
        { id: 'b', text: { zh: '为了让他别再纠缠，吸一口', en: 'Take one puff so they stop pestering you' }, correct: false },
        { id: 'c', text: { zh: '和他吵起来，甚至动手', en: 'Start a row with them, or even a fight' }, correct: false },
        { id: 'd', text: { zh: '留下来，听他把“好处”说完', en: 'Stay and listen to them describe all the “benefits”' }, correct: false },
      ],
      explanation: {
        zh: '对方一直纠缠时，要重复拒绝，然后离开；必要时向在场的大人、工作人员求助，或者拨打110。不需要证明什么，也不要让冲突升级。',
        en: 'If someone won’t let it go, repeat your refusal and leave; if needed, ask an adult or staff member for help, or call 110. You have nothing to prove, and there’s no need to let things escalate.',
      },
      topics: ['refusal_skills', 'help_support'],
      gradeBands: ['senior', 'vocational'],
      difficulty: 2,
    },
  },
  {
    key: 'refusal-018',
    content: {
      type: 'single',
      stem: {
        zh: '想象一下：课间，一个高年级同学塞给你一张像贴纸一样的小纸片，说：“这个很好玩，试试吧。”你应该怎么做？',
        en: 'Imagine: at break time, an older pupil pushes a small sticker-like piece of paper into your hand and says, “This is fun, try it.” What should you do?',
      },
      options: [
        { id: 'a', text: { zh: '说“不要”，放下纸片走开，再告诉老师', en: 'Say “No”, put it down, walk away and tell a teacher' }, correct: true },
        { id: 'b', text: { zh: '为了不得罪高年级同学，先试一下再说', en: 'Try it first, so that you don’t upset the older pupil' }, correct: false },
        { id: 'c', text: { zh: '先收进书包，放学后再研究', en: 'Put it in your bag and look at it after school' }, correct: false },
        { id: 'd', text: { zh: '转送给其他同学', en: 'Give it to another classmate' }, correct: false },
      ],
      explanation: {
        zh: '来历不明的小纸片也可能藏着毒品。拒绝、走开、告诉大人，老师会妥善处理。你不需要为了让别人高兴而伤害自己。',
        en: 'A piece of paper you don’t know could contain drugs. Say no, walk away and tell an adult, and the teacher will deal with it properly. You never need to hurt yourself to please someone else.',
      },
      topics: ['refusal_skills', 'disguised_drugs'],
      gradeBands: ['primary_lower', 'primary'],
      difficulty: 1,
      group: 'sticker-offer',
    },
  },
  {
    key: 'refusal-019',
    content: {
      type: 'multiple',
      stem: {
        zh: '想象一下：周末在小区里，一个不认识的大哥哥说：“这是很流行的‘神奇贴纸’，贴一下就很开心。送你一张，别告诉你爸妈。”下面哪些做法是对的？',
        en: 'Imagine: at the weekend near your home, an older boy you don’t know says, “These ‘magic stickers’ are really popular. Put one on and you feel great. Have one, and don’t tell your parents.” Which of these are right?',
      },
      options: [
        { id: 'a', text: { zh: '说“不用了，谢谢！”', en: 'Say “No, thank you!”' }, correct: true },
        {
          id: 'b',
          text: { zh: '马上走开，回到家人身边或者去人多的地方', en: 'Walk away at once, back to your family or somewhere with more people' },
          correct: true,
        },
        { id: 'c', text: { zh: '回家把这件事告诉爸爸妈妈', en: 'Tell your parents about it when you get home' }, correct: true },
        { id: 'd', text: { zh: '收下贴纸，但是先不贴', en: 'Take the sticker but don’t put it on yet' }, correct: false },
        { id: 'e', text: { zh: '答应他不告诉爸妈', en: 'Promise him you won’t tell your parents' }, correct: false },
      ],
      explanation: {
        zh: '像贴纸一样的小纸片也可能藏着毒品，“别告诉你爸妈”更是危险信号。用拒绝三步保护自己：说“不”，走开，告诉大人。',
        en: 'Sticker-like pieces of paper can contain drugs, and “don’t tell your parents” is a warning sign. Use the three steps: say no, walk away, tell an adult.',
      },
      topics: ['refusal_skills', 'disguised_drugs', 'help_support'],
      gradeBands: ['primary'],
      difficulty: 3,
    },
  },
];
