import { judge, multiple, single } from './scenario-builders.js';
import type { SeedQuestion } from './index.js';

/**
 * Junior scenarios (grades 7–9): peer norms and pressure, decisions, stress-coping instead of “解压/提神” pitches,
 * online recruitment and courier requests, and the substances students actually meet (ketamine, 笑气, cannabis
 * edibles sold as “进口零食”, spiked vapes). No invented figures: the norm taught is only that most teenagers do not use drugs.
 */
export const juniorScenarioQuestions: SeedQuestion[] = [
  single({
    key: 'scene-101',
    group: 'peer-norms',
    bands: ['junior'],
    topics: ['refusal_skills', 'drug_basics'],
    difficulty: 2,
    stem: [
      '课间，有同学说：“现在初中生谁没试过点‘好玩的’？就你不合群。”下面哪句话最符合事实？',
      'At break, a classmate says, “Which middle-schooler hasn’t tried something ‘fun’ by now? You’re the odd one out.” Which reply best matches the facts?',
    ],
    options: [
      ['“可能是吧，大家都试过，只是不说。”', '“Maybe. Everyone has tried it, they just don’t say so.”'],
      ['“大多数青少年都不碰毒品。”', '“Most teenagers don’t use drugs.”', true],
      ['“只有学习不好的人才会去试。”', '“Only kids who do badly at school try it.”'],
      ['“试一次的人很多，试两次的才少。”', '“Lots try once; only a few try twice.”'],
    ],
    explanation: [
      '“大家都试过”是常见的错觉。事实上，大多数青少年不使用毒品。了解真实情况，能让你更有底气说“不”。也不要给别人贴“学习不好”之类的标签。',
      '“Everyone has tried it” is a common false impression. In fact, most teenagers do not use drugs. Knowing the real picture makes it easier to say no. And don’t label others as “bad students” either.',
    ],
  }),
  single({
    key: 'scene-102',
    group: 'courier-ad',
    bands: ['junior', 'senior'],
    topics: ['law', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '你在网上看到兼职广告：“帮忙代收快递，每单给两百元，不用问里面是什么。”最合理的判断是什么？',
      'You see a part-time job ad online: “Receive parcels for us, 200 yuan per parcel, no need to ask what’s inside.” What is the most reasonable judgement?',
    ],
    options: [
      ['收快递是正常工作，报酬高说明老板大方', 'Receiving parcels is a normal job; high pay just means a generous boss'],
      ['只要不打开包裹，出了事就与自己无关，不会有麻烦', 'As long as you never look inside the parcels, nothing that happens can be blamed on you'],
      ['报酬高得离谱又不让问，可能是在找人运毒，不接', 'Absurd pay and “don’t ask” may mean they want someone to move drugs; turn it down', true],
      ['先做一单试试，觉得不对再停下来', 'Do one parcel to try it, and stop if something feels wrong'],
    ],
    explanation: [
      '报酬和工作量不相称、要求不问内容、用别人的名字和地址收寄，这些都是毒贩利用学生“带货”的常见信号。不接，保存聊天记录，告诉家长或老师，必要时报警。',
      'Pay out of all proportion to the work, being told not to ask what’s inside, and using your name and address are common signs that drug dealers are using students as couriers. Turn it down, keep the chat, tell a parent or teacher, and call the police if needed.',
    ],
  }),
  single({
    key: 'scene-103',
    bands: ['junior'],
    topics: ['health_harm', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '期末前，有人向你推销一种“解压神器”，说“一吸就放松，学习更专注”。这最像什么？',
      'Before end-of-term exams, someone pitches you a “stress-buster”: “One puff and you relax and focus better.” What does this most look like?',
    ],
    options: [
      ['一种新的学习辅助产品，可以试一试', 'A new study aid worth trying'],
      ['毒品常用的推销话术，借你的压力来引诱你', 'A typical drug sales pitch, using your stress to tempt you', true],
      ['一种中药保健品，对身体没有伤害', 'A herbal health product that does no harm'],
      ['一种专门为考生设计、只在考试前使用的放松方法', 'A relaxation method designed for students, meant only for use before exams'],
    ],
    explanation: [
      '“解压”“提神”“更专注”是推销毒品时常见的说法，专门针对压力大的学生。真正能减压的是睡眠、运动、和人聊一聊、合理安排复习。',
      '“Stress relief”, “a boost” and “better focus” are common lines in drug sales pitches aimed at stressed students. What really helps with stress is sleep, exercise, talking to someone and planning your revision.',
    ],
  }),
  multiple({
    key: 'scene-104',
    bands: ['junior', 'senior'],
    topics: ['health_harm', 'help_support'],
    difficulty: 1,
    stem: [
      '复习压力很大，晚上总睡不好。下面哪些是更好的减压办法？（多选）',
      'Revision stress is piling up and you keep sleeping badly. Which of these are better ways to cope? (Choose all that apply)',
    ],
    options: [
      ['每天安排一点运动，比如跑步、打球', 'Fit in some exercise each day, such as running or ball games', true],
      ['把复习任务拆小，列出计划', 'Break revision into small tasks and make a plan', true],
      ['试试同学推荐的“提神”电子烟', 'Try the “energy” vape a classmate recommends'],
      ['和家长、老师或心理老师聊一聊', 'Talk to a parent, a teacher or the school counsellor', true],
    ],
    explanation: [
      '运动、做计划、找人倾诉都能缓解压力。所谓“提神”电子烟来历不明，可能含有毒品，不能用。',
      'Exercise, planning and talking to someone all ease stress. A so-called “energy” vape is of unknown origin and may contain drugs; don’t use it.',
    ],
  }),
  single({
    key: 'scene-105',
    group: 'ketamine-harm',
    bands: ['junior', 'senior'],
    topics: ['health_harm', 'drug_basics'],
    difficulty: 2,
    stem: [
      '有人说：“K粉不是海洛因，玩玩不会上瘾，也不伤身体。”哪一种回应最准确？',
      'Someone says, “Ketamine isn’t heroin. Playing with it won’t get you hooked or hurt your body.” Which response is most accurate?',
    ],
    options: [
      ['“没错，只有海洛因才算真正的毒品。”', '“Right, only heroin counts as a real drug.”'],
      ['“只要不天天用，身体就不会有问题。”', '“As long as you don’t use it every day, your body will be fine.”'],
      ['“它是医院用的麻醉药，所以不管怎么用都安全。”', '“It’s an anaesthetic used in hospitals, so it’s safe however you use it.”'],
      ['“K粉是毒品，会让人依赖，还会伤害膀胱。”', '“Ketamine is a drug: it can cause dependence and damage the bladder.”', true],
    ],
    explanation: [
      '氯胺酮（K粉）在我国是管制的精神药品，滥用就是吸毒。它会让人产生依赖，长期使用可能造成膀胱损伤，出现尿频、尿痛、血尿，有的损伤很难恢复。',
      'Ketamine is a controlled psychotropic substance in China; using it recreationally is drug use. It can cause dependence, and long-term use can damage the bladder, causing frequent, painful urination and blood in the urine; some of the damage is hard to reverse.',
    ],
  }),
  single({
    key: 'scene-106',
    group: 'laughing-gas-harm',
    bands: ['junior', 'senior'],
    topics: ['health_harm'],
    difficulty: 2,
    stem: [
      '同学在聚会上吸气球里的“笑气”，说“就是让人笑一笑的气体，吸完就没事了”。哪种说法是正确的？',
      'At a get-together, classmates inhale “laughing gas” from balloons and say, “It’s just a gas that makes you laugh. It wears off straight away.” Which statement is correct?',
    ],
    options: [
      ['笑气装在气球里，所以是儿童也能玩的东西', 'Laughing gas comes in balloons, so it must be fine even for children'],
      ['只要吸完坐一会儿，就不会有任何伤害', 'Sit down for a while afterwards and there is no harm at all'],
      ['反复吸笑气可能损伤神经，让人手脚麻木', 'Repeated use can damage the nerves and leave hands and feet numb', true],
      ['笑气只影响心情，不会影响身体', 'Laughing gas only affects your mood, not your body'],
    ],
    explanation: [
      '笑气（一氧化二氮）会影响身体利用维生素B12，反复吸入可能损伤神经，出现手脚麻木、无力、走路不稳，严重的可能瘫痪；吸入时还可能因缺氧晕倒。',
      'Laughing gas (nitrous oxide) stops the body using vitamin B12 properly. Repeated use can damage the nerves, causing numbness, weakness and unsteady walking, and in severe cases paralysis; inhaling it can also make you faint from lack of oxygen.',
    ],
  }),
  judge({
    key: 'scene-107',
    group: 'cannabis-abroad',
    bands: ['junior', 'senior'],
    topics: ['disguised_drugs', 'law'],
    difficulty: 2,
    stem: [
      '表姐从国外代购了一种“大麻软糖”，说“在那个国家合法，带回来吃没事”。她的说法是对的。',
      'Your cousin bought “cannabis gummies” abroad and says, “They’re legal in that country, so it’s fine to bring them back and eat them.” She is right.',
    ],
    answer: false,
    explanation: [
      '大麻在我国是毒品。别的国家怎么规定，不改变在我国的法律责任；把含大麻成分的食品带进来、寄进来，都可能涉嫌毒品犯罪。这类“零食”起效慢，人容易一次吃太多。',
      'Cannabis is an illegal drug in China. What another country allows doesn’t change the law here; bringing or posting food containing cannabis into China can be a drug offence. These “snacks” act slowly, so people easily eat too much at once.',
    ],
  }),
  single({
    key: 'scene-108',
    bands: ['junior'],
    topics: ['disguised_drugs'],
    difficulty: 2,
    stem: [
      '同学分享一包“进口零食”：包装全是外文，上面印着一片叶子的图案，他说“吃了很放松”。你该怎么做？',
      'A classmate shares a bag of “imported snacks”: the packaging is all in a foreign language, has a leaf picture on it, and he says “they really relax you”. What should you do?',
    ],
    options: [
      ['不吃，提醒他这可能含有大麻，一起告诉老师', 'Don’t eat it, warn him it may contain cannabis, and tell a teacher together', true],
      ['先吃一小块，看看有没有什么感觉', 'Eat a small piece to see if you feel anything'],
      ['上网查一查这个牌子，查不到负面新闻就可以放心吃', 'Look the brand up online; if there is no bad news about it, it’s fine to eat'],
      ['拿回家给家人尝尝，他们懂得多', 'Take some home for your family to taste, since they know more'],
    ],
    explanation: [
      '外文包装、大麻叶图案、“吃了放松”，都是含大麻零食的危险信号。不吃，也别让朋友吃，把情况告诉老师或家长。',
      'Foreign-language packaging, a cannabis-leaf picture and “it relaxes you” are warning signs of a cannabis edible. Don’t eat it, don’t let your friend eat it, and tell a teacher or parent.',
    ],
  }),
  single({
    key: 'scene-109',
    bands: ['junior', 'senior'],
    topics: ['disguised_drugs', 'health_harm'],
    difficulty: 3,
    stem: [
      '朋友递给你一支“水果味电子烟”，说“吸一口就飘了，超好玩”。哪种判断最稳妥？',
      'A friend hands you a “fruit-flavoured vape” and says, “One puff and you float, it’s amazing.” Which judgement is safest?',
    ],
    options: [
      ['水果味说明里面是香精，不会有问题', 'Fruit flavour means it’s only flavouring, so it’s fine'],
      ['让人“飘”的电子烟可能被加了毒品，不碰', 'It may be a spiked vape with drugs added; don’t touch it', true],
      ['只要是在正规商店买的电子烟，里面就一定没有毒品', 'If a vape was bought in a proper shop, there can’t be any drugs in it'],
      ['吸一口没关系，吸多了才会有问题', 'One puff is fine; only lots of puffs cause problems'],
    ],
    explanation: [
      '有的电子烟被偷偷加入合成大麻素等毒品，外表和普通电子烟一样。“吸了会飘”“上头”正是危险信号。拒绝，并告诉信任的大人。',
      'Some vapes have drugs such as synthetic cannabinoids secretly added and look just like ordinary vapes. “It makes you float” or “gives you a buzz” is exactly the warning sign. Say no and tell a trusted adult.',
    ],
  }),
  single({
    key: 'scene-110',
    bands: ['junior'],
    topics: ['refusal_skills'],
    difficulty: 2,
    stem: [
      '做决定可以用“停—想—选”三步。朋友邀你去一个“有好东西玩”的聚会，“想”这一步最重要的是什么？',
      'You can make decisions in three steps: stop, think, choose. A friend invites you to a party “with fun stuff”. What matters most in the “Think” step?',
    ],
    options: [
      ['想想去了以后，会不会被别的同学觉得很酷、很合群', 'Think about whether going will make other students see you as cool and one of them'],
      ['想想怎样才能不让家长知道', 'Think about how to keep your parents from finding out'],
      ['想想有哪些选择，各自可能带来什么后果', 'Think about your options and what each could lead to', true],
      ['想想朋友会不会因为你不去而生气', 'Think about whether your friend will be angry if you don’t go'],
    ],
    explanation: [
      '“想”是把几个选择和它们的后果都想清楚：去了可能遇到什么？不去、换个活动会怎样？这样做出的决定才是你自己的。',
      '“Think” means working out your options and their consequences: what might happen if you go? What if you don’t, or suggest something else? Then the decision is really yours.',
    ],
  }),
  judge({
    key: 'scene-111',
    bands: ['junior'],
    topics: ['refusal_skills'],
    difficulty: 1,
    stem: [
      '拒绝朋友时，可以说“我不要”，同时提议一起做别的事，这样既保护了自己，也能保住友谊。',
      'When you turn a friend down, you can say “I don’t want it” and suggest doing something else together: that protects you and keeps the friendship.',
    ],
    answer: true,
    explanation: [
      '坚定地拒绝，再给一个替代的建议，比如“我们去打球吧”，是很实用的拒绝技巧。',
      'A firm no followed by an alternative, such as “Let’s go and play ball”, is a very practical refusal skill.',
    ],
  }),
  single({
    key: 'scene-112',
    bands: ['junior', 'senior'],
    topics: ['help_support'],
    difficulty: 2,
    stem: [
      '你发现好朋友最近总是躲着人，还在聊天里说在试“笑气”。你想帮他，第一步最好怎么做？',
      'You notice your best friend has been avoiding people lately and mentioned in a chat that he’s been trying “laughing gas”. You want to help. What is the best first step?',
    ],
    options: [
      ['在班级群里提醒大家都离他远一点，免得被带坏', 'Warn everyone in the class group chat to keep away from him so they aren’t led astray'],
      ['私下说出你的担心，陪他找信任的大人', 'Share your worry privately and go with him to a trusted adult', true],
      ['假装不知道，免得他不高兴', 'Pretend you don’t know so he isn’t upset'],
      ['陪他一起试一次，了解他的感受', 'Try it once with him so you understand how he feels'],
    ],
    explanation: [
      '帮助朋友，要私下、关心地说出担心，不指责、不公开议论，然后陪他去找家长、老师或心理老师。不要为了“理解”而一起尝试。',
      'To help a friend, share your worry privately and with care, without blaming them or talking about it publicly, then go with them to a parent, teacher or counsellor. Don’t try it yourself to “understand”.',
    ],
  }),
  multiple({
    key: 'scene-113',
    group: 'courier-ad',
    bands: ['junior', 'senior'],
    topics: ['law', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '网上有人招“学生兼职”：帮忙收寄包裹。哪些是危险信号？（多选）',
      'Someone online is hiring “student part-timers” to receive and send parcels. Which are warning signs? (Choose all that apply)',
    ],
    options: [
      ['报酬远远高于正常跑腿的价钱', 'The pay is far above the normal rate for errands', true],
      ['要你用自己的名字和地址收件', 'They want parcels sent in your name to your address', true],
      ['叮嘱你不要告诉家长，也不要打开包裹', 'They tell you not to tell your parents or open the parcels', true],
      ['对方是你学校的正式勤工助学岗位', 'It is an official work-study post at your school'],
    ],
    explanation: [
      '高报酬、用你的身份收件、要你保密和不看内容，都是被利用运毒的典型信号。学校正式的勤工助学岗位有老师管理，不属于这种情况。',
      'High pay, parcels in your name, secrecy and not looking inside are typical signs of being used to move drugs. An official school work-study post is supervised by teachers and is not like this.',
    ],
  }),
  single({
    key: 'scene-114',
    group: 'youth-line',
    bands: ['junior'],
    topics: ['help_support'],
    difficulty: 2,
    stem: [
      '你心里有烦恼，不想马上告诉家长，但想找专业的人聊一聊。哪个选择合适？',
      'Something is bothering you. You don’t want to tell your parents yet, but you’d like to talk to someone trained. Which choice fits?',
    ],
    options: [
      ['在网上找不认识的网友倾诉，他们不认识你更安全', 'Pour it out to strangers online, since people who don’t know you are safer'],
      ['一直憋着，等烦恼自己消失', 'Keep it to yourself until it goes away'],
      ['找别人推荐的“解压药”试试', 'Try the “stress pills” someone recommended'],
      ['找心理老师，或拨打12355青少年服务台', 'Talk to the counsellor or call the 12355 youth service line', true],
    ],
    explanation: [
      '学校心理老师和12355青少年服务台都能提供倾听和帮助。找信任的大人说出来，是照顾自己的好办法。',
      'The school counsellor and the 12355 youth service line can both listen and help. Talking to a trusted adult is a good way to look after yourself.',
    ],
  }),
  single({
    key: 'scene-115',
    bands: ['junior'],
    topics: ['refusal_skills'],
    difficulty: 3,
    stem: [
      '群聊里大家都在发“来试试”的表情，只有你没回应，有人@你：“怂了？”哪个回应最能帮你守住决定？',
      'In a group chat everyone is posting “come try it” stickers. You haven’t replied, and someone tags you: “Chickened out?” Which response best helps you stick to your decision?',
    ],
    options: [
      ['发一句“我不玩这个”，然后退出话题或群聊', 'Reply “I’m not into that”, then leave the thread or the group', true],
      ['先发个表情假装同意，等到时候再随便找个借口不去', 'Send a sticker pretending to agree, then make up some excuse not to go when the time comes'],
      ['和他们争论到底谁才是胆小鬼', 'Argue with them about who the real coward is'],
      ['删掉聊天记录，就当什么都没看到', 'Delete the chat and act as if you saw nothing'],
    ],
    explanation: [
      '简短明确地表态，然后离开让你有压力的对话，最能守住决定。保留聊天记录，如果涉及毒品，告诉家长或老师。',
      'A short, clear answer and then leaving the conversation that is pressuring you is the best way to hold your ground. Keep the chat, and if drugs are involved, tell a parent or teacher.',
    ],
  }),
  judge({
    key: 'scene-116',
    group: 'not-controlled-safe',
    bands: ['junior', 'senior'],
    topics: ['disguised_drugs', 'drug_basics'],
    difficulty: 2,
    stem: [
      '同学说：“这个东西还没被列入管制，所以是安全的。”这个推理是对的。',
      'A classmate says, “This stuff isn’t on the controlled list yet, so it’s safe.” This reasoning is correct.',
    ],
    answer: false,
    explanation: [
      '“还没被管制”不等于“安全”。新出现的物质往往没有人知道它对身体的影响，也可能很快被列入管制。',
      '“Not yet controlled” does not mean “safe”. Often nobody knows what a new substance does to the body, and it may soon be listed.',
    ],
  }),
  single({
    key: 'scene-117',
    bands: ['junior'],
    topics: ['health_harm', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '熬夜打游戏后很困，网友说有一种“提神片”，吃了整晚不困。你怎么看？',
      'You’re tired after gaming late, and an online friend says there’s an “energy pill” that keeps you awake all night. What do you make of it?',
    ],
    options: [
      ['网友推荐的一般都是靠谱的', 'Things online friends recommend are usually reliable'],
      ['吃半片就不会上瘾', 'Half a pill won’t get you hooked'],
      ['来历不明的“提神片”可能是毒品，不吃', 'An unknown “energy pill” may be a drug; don’t take it', true],
      ['只在周末吃，平时好好睡觉，就不会影响身体', 'Taking it only at weekends and sleeping well on weekdays won’t affect your body'],
    ],
    explanation: [
      '冰毒等兴奋剂类毒品常被包装成“提神”的东西。困了就该休息，调整作息，而不是靠来历不明的药片。',
      'Stimulant drugs such as methamphetamine are often sold as something to “keep you going”. When you’re tired, rest and fix your sleep routine; don’t rely on unknown pills.',
    ],
  }),
  single({
    key: 'scene-118',
    bands: ['junior', 'senior'],
    topics: ['spiked_drinks'],
    difficulty: 2,
    stem: [
      '周末和同学去奶茶店，你的奶茶离开过视线一会儿，喝了两口后觉得头很晕、站不稳。最好怎么做？',
      'At a milk-tea shop with classmates at the weekend, your drink was out of sight for a while. After two sips you feel very dizzy and unsteady. What is best?',
    ],
    options: [
      ['一个人先走回家躺一躺', 'Walk home alone and lie down'],
      ['跟刚认识的热心顾客一起出去透透气，会好一些', 'Go outside for some fresh air with a friendly customer you’ve just met'],
      ['再喝点奶茶压一压', 'Drink more milk tea to settle it'],
      ['马上告诉同伴和店员，严重时拨打120', 'Tell your friends and the staff at once; call 120 if it’s serious', true],
    ],
    explanation: [
      '饮料离开过视线后出现异常的头晕、站不稳，要警惕被下药。不要独自离开，马上告诉身边信任的人，情况严重就拨打120。被下药不是你的错。',
      'Unusual dizziness after a drink was out of sight may mean it was spiked. Don’t leave alone; tell trusted people nearby at once, and call 120 if it’s serious. Being spiked is never your fault.',
    ],
  }),
  multiple({
    key: 'scene-119',
    bands: ['junior'],
    topics: ['refusal_skills'],
    difficulty: 2,
    stem: [
      '朋友拿出一支电子烟说：“大家都吸，你也来一口。”哪些回答是有效的拒绝？（多选）',
      'A friend takes out a vape and says, “Everyone vapes. Have a puff.” Which replies are effective refusals? (Choose all that apply)',
    ],
    options: [
      ['“不了，我要踢球，肺要留着用。”', '“No, I play football, I need my lungs.”', true],
      ['“我不吸。走，去买点吃的吧。”', '“I don’t vape. Come on, let’s get something to eat.”', true],
      ['“现在不行，下次人少的时候再说。”', '“Not now, maybe next time when fewer people are around.”'],
      ['“不用了，谢谢。”然后换个话题', '“No, thanks,” and then change the subject', true],
    ],
    explanation: [
      '给个理由、提议别的事、说“不用了”后转移话题，都是有效的拒绝。“下次再说”留了口子，对方还会再来劝你。',
      'Giving a reason, suggesting something else, or saying “No, thanks” and changing the subject all work. “Maybe next time” leaves the door open, and they will keep asking.',
    ],
  }),
  judge({
    key: 'scene-120',
    group: 'ketamine-harm',
    bands: ['junior', 'senior'],
    topics: ['health_harm'],
    difficulty: 2,
    stem: [
      '有人说：“K粉只是让人晕一会儿，停了以后身体会完全恢复。”这种说法是对的。',
      'Someone says, “Ketamine just makes you woozy for a while, and your body recovers completely when you stop.” This is right.',
    ],
    answer: false,
    explanation: [
      '长期使用氯胺酮可能造成膀胱等器官的损伤，有的损伤停用后也难以恢复。它还会影响记忆和判断。',
      'Long-term ketamine use can damage the bladder and other organs, and some damage does not heal even after stopping. It also affects memory and judgement.',
    ],
  }),
  single({
    key: 'scene-121',
    bands: ['junior'],
    topics: ['refusal_skills', 'drug_basics'],
    difficulty: 3,
    stem: [
      '你在短视频里看到有人说“年轻人就该什么都试一次”。下面哪种想法最有助于你做出自己的判断？',
      'In a short video someone says, “Young people should try everything once.” Which thought best helps you judge for yourself?',
    ],
    options: [
      ['“点赞这么多，说明说得对。”', '“It has loads of likes, so it must be right.”'],
      ['“他是网红，肯定比我懂。”', '“He’s an influencer, he must know better than me.”'],
      ['“一次也可能受伤害，我不拿自己去试。”', '“Harm can happen the first time. I won’t test it on myself.”', true],
      ['“年轻时试一次没关系，只要别让家长和老师知道。”', '“Trying once while you’re young is fine, as long as parents and teachers don’t find out.”'],
    ],
    explanation: [
      '点赞多、名气大都不能证明说法正确。毒品一次也可能造成伤害甚至危及生命，也可能从此开始依赖。学会质疑网络上的说法。',
      'Likes and fame don’t make a claim true. Drugs can cause harm, even a life-threatening emergency, the first time, and can be the start of dependence. Learn to question what you see online.',
    ],
  }),
  single({
    key: 'scene-122',
    bands: ['junior'],
    topics: ['law', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '一个高年级学生让你帮忙把一个小包裹交给校外的人，说“给你五十块，别问是什么”。你最好怎么做？',
      'An older student asks you to hand a small package to someone outside school: “Fifty yuan for you, don’t ask what it is.” What should you do?',
    ],
    options: [
      ['拒绝，不收钱，告诉老师或家长', 'Refuse, don’t take the money, and tell a teacher or parent', true],
      ['收钱送过去，出了事就说不知道', 'Take the money and deliver it; if anything goes wrong, say you didn’t know'],
      ['先打开看看，确定没问题再送', 'Open it first and deliver it if it looks harmless'],
      ['答应下来，但让别的同学去送', 'Agree, but get another classmate to deliver it'],
    ],
    explanation: [
      '替别人传递来历不明、又不让问的东西，可能被卷入运送毒品。拒绝，并告诉信任的大人。不要转给别的同学，那样会把风险推给别人。',
      'Passing on something of unknown origin that you aren’t allowed to ask about could drag you into moving drugs. Refuse and tell a trusted adult. Don’t pass it to another classmate: that just shifts the risk onto them.',
    ],
  }),
  judge({
    key: 'scene-123',
    bands: ['junior', 'senior'],
    topics: ['disguised_drugs', 'health_harm'],
    difficulty: 2,
    stem: [
      '吃了含大麻的软糖后，如果半小时没感觉，说明量不够，可以再吃一块。',
      'If you feel nothing half an hour after eating a cannabis gummy, it means the dose was too small and you can have another.',
    ],
    answer: false,
    explanation: [
      '含大麻的食品起效慢，很多人以为“没感觉”又吃，结果一次摄入过量，出现心慌、恐惧、意识混乱等情况。何况大麻在我国是毒品，根本不该吃。',
      'Cannabis edibles act slowly. Many people think nothing is happening, eat more, and end up taking far too much, with a racing heart, panic or confusion. And cannabis is an illegal drug in China: it shouldn’t be eaten at all.',
    ],
  }),
  single({
    key: 'scene-124',
    bands: ['junior'],
    topics: ['help_support', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '朋友偷偷告诉你，他在试“上头电子烟”，求你“千万别告诉任何人”。你该怎么做？',
      'A friend secretly tells you he’s been using a spiked vape that gives a “buzz” and begs you, “Don’t tell anyone, ever.” What should you do?',
    ],
    options: [
      ['答应保密，朋友之间就要讲义气，不能出卖他', 'Promise to keep it secret, because real friends stick together and never tell'],
      ['告诉他你很担心，并陪他一起找信任的大人', 'Tell him you’re worried, and go with him to a trusted adult', true],
      ['在朋友圈里暗示这件事，让他难堪', 'Hint about it on social media to embarrass him'],
      ['从此不再理他，免得自己受影响', 'Stop speaking to him so you aren’t affected'],
    ],
    explanation: [
      '关系到健康和安全的事，不能替朋友保密。告诉他你关心他，陪他去找家长、老师或心理老师，这才是真正的讲义气。',
      'When health and safety are at stake, don’t keep a friend’s secret. Tell him you care and go with him to a parent, teacher or counsellor. That is real loyalty.',
    ],
  }),
  multiple({
    key: 'scene-125',
    group: 'laughing-gas-harm',
    bands: ['junior', 'senior'],
    topics: ['health_harm'],
    difficulty: 3,
    stem: ['下面哪些说法准确描述了“笑气”的危害？（多选）', 'Which of these accurately describe the harms of “laughing gas”? (Choose all that apply)'],
    options: [
      ['可能影响维生素B12的利用，损伤神经', 'It can interfere with vitamin B12 and damage the nerves', true],
      ['可能出现手脚麻木、无力、走路不稳', 'It can cause numb hands and feet, weakness and unsteady walking', true],
      ['只要用气球吸，就不会有任何风险', 'Inhaling it from a balloon removes all the risk'],
      ['吸入时可能因缺氧而头晕、晕倒', 'Inhaling it can cause dizziness or fainting from lack of oxygen', true],
    ],
    explanation: [
      '笑气会干扰维生素B12的作用，反复吸入可能损伤神经，导致麻木、无力、行走困难；吸入时缺氧还可能晕倒。用气球吸并不能消除风险。',
      'Laughing gas interferes with vitamin B12. Repeated use can damage the nerves, causing numbness, weakness and difficulty walking; lack of oxygen while inhaling can cause fainting. Using a balloon doesn’t remove the risk.',
    ],
  }),
  single({
    key: 'scene-126',
    bands: ['junior'],
    topics: ['refusal_skills', 'drug_basics'],
    difficulty: 2,
    stem: [
      '你想转学后快点交到朋友，新同学邀请你“一起去试点刺激的”。哪个选择最能帮你既交到朋友又保护自己？',
      'You’ve just changed schools and want to make friends fast. New classmates invite you to “go and try something exciting”. Which choice best helps you make friends and stay safe?',
    ],
    options: [
      ['先答应去一次，等和大家混熟了再慢慢学着拒绝', 'Go along once, then learn to say no gradually once you know everyone better'],
      ['为了合群，他们做什么你就做什么', 'Do whatever they do so you fit in'],
      ['谁都不理，一个人待着最安全', 'Talk to nobody; being alone is safest'],
      ['说“我不试那个”，再通过社团、球队认识朋友', 'Say “I won’t try that”, and make friends through clubs and teams', true],
    ],
    explanation: [
      '交朋友不需要拿健康去换。大多数同龄人并不碰毒品，通过兴趣活动认识的朋友更可靠。',
      'You don’t need to trade your health for friends. Most people your age don’t touch drugs, and friends you meet through shared interests are more reliable.',
    ],
  }),
  judge({
    key: 'scene-127',
    group: 'criminal-age',
    bands: ['junior', 'senior'],
    topics: ['law'],
    difficulty: 3,
    stem: [
      '15岁的小林在网上帮人卖毒品，他以为“未成年人不用负刑事责任”。他的想法是对的。',
      'Fifteen-year-old Xiao Lin sells drugs online for someone, believing “minors don’t bear criminal responsibility”. He is right.',
    ],
    answer: false,
    explanation: [
      '根据《刑法》第十七条，已满十四周岁不满十六周岁的人，犯贩卖毒品罪的，应当负刑事责任。未成年不是贩毒的“护身符”。',
      'Under Article 17 of the Criminal Law, people aged 14 to under 16 bear criminal responsibility for selling drugs. Being a minor is no shield for drug dealing.',
    ],
  }),
  single({
    key: 'scene-128',
    bands: ['junior'],
    topics: ['help_support'],
    difficulty: 2,
    stem: [
      '你在小区看到有人在偷偷交易一些小包，心里不安。最合适的做法是什么？',
      'In your neighbourhood you see people secretly handing over small packets, and you feel uneasy. What is the most sensible thing to do?',
    ],
    options: [
      ['走上前去问他们在做什么', 'Go up and ask them what they’re doing'],
      ['用手机近距离拍下来发到网上，提醒邻居们注意', 'Film them close up on your phone and post it online to warn the neighbours'],
      ['离开现场，告诉家长，由家长决定是否报警', 'Leave, tell your parents, and let them decide whether to call the police', true],
      ['偷偷跟着他们，看看去哪里', 'Follow them secretly to see where they go'],
    ],
    explanation: [
      '遇到可疑情况，先保证自己的安全，不要靠近、跟踪或拍摄。离开后告诉家长，需要时拨打110报警。',
      'If something looks suspicious, keep yourself safe first: don’t approach, follow or film. Leave, tell your parents, and call 110 if needed.',
    ],
  }),
  single({
    key: 'scene-129',
    group: 'unconscious-friend',
    bands: ['junior', 'senior'],
    topics: ['spiked_drinks', 'help_support'],
    difficulty: 3,
    stem: [
      '聚会上，一位同学突然叫不醒，呼吸很慢。你已经请人拨打了120，等救护车时你最该做什么？',
      'At a party a classmate suddenly can’t be woken and is breathing slowly. Someone has called 120. What should you do while you wait for the ambulance?',
    ],
    options: [
      ['让他平躺，在他脸上泼冷水把他叫醒', 'Lay them flat on their back and splash cold water on their face to wake them'],
      ['让他侧躺，一直陪着他，注意呼吸', 'Lay them on their side, stay with them and watch their breathing', true],
      ['给他喝点浓茶或咖啡让他清醒', 'Give them strong tea or coffee to wake them'],
      ['先把他送回家，等家长处理', 'Take them home first and leave it to their parents'],
    ],
    explanation: [
      '失去意识但还有呼吸时，要让他侧躺，防止呕吐物堵住气道，并一直陪着，直到医护人员到达。不要喂东西，也不要让他独处。',
      'If someone is unconscious but breathing, lay them on their side so vomit can’t block the airway, and stay with them until help arrives. Don’t give them anything to drink, and don’t leave them alone.',
    ],
  }),
  multiple({
    key: 'scene-130',
    group: 'youth-line',
    bands: ['junior'],
    topics: ['help_support'],
    difficulty: 1,
    stem: [
      '如果有人向你推销毒品，或者你担心朋友在接触毒品，可以向谁求助？（多选）',
      'If someone tries to sell you drugs, or you’re worried a friend is involved with drugs, who can you turn to? (Choose all that apply)',
    ],
    options: [
      ['家长或其他信任的家人', 'Your parents or another trusted relative', true],
      ['班主任、心理老师', 'Your class teacher or the school counsellor', true],
      ['推销东西的那个人', 'The person who tried to sell it'],
      ['12355青少年服务台', 'The 12355 youth service line', true],
    ],
    explanation: [
      '家人、老师、心理老师、12355青少年服务台都能帮助你；遇到危险或违法犯罪，拨打110。',
      'Family, teachers, the school counsellor and the 12355 youth service line can all help; if there is danger or a crime, call 110.',
    ],
  }),
  judge({
    key: 'scene-131',
    bands: ['junior'],
    topics: ['refusal_skills'],
    difficulty: 2,
    stem: [
      '如果你知道某个场合可能会有人拿出毒品，事先想好不去或者提前离开，也是一种拒绝。',
      'If you know drugs may come out at an event, deciding beforehand not to go, or to leave early, is also a way of saying no.',
    ],
    answer: true,
    explanation: [
      '避开高风险的场合、提前安排好回家的方式，是最简单有效的自我保护。',
      'Avoiding high-risk situations and planning how you’ll get home in advance are the simplest, most effective ways to protect yourself.',
    ],
  }),
  single({
    key: 'scene-132',
    bands: ['junior'],
    topics: ['disguised_drugs', 'refusal_skills'],
    difficulty: 3,
    stem: [
      '有人在游戏里私聊你：“我有能让你打游戏更嗨的‘跳跳糖’，发个红包就寄给你。”这条消息最可疑的地方是什么？',
      'Someone messages you in a game: “I’ve got ‘popping candy’ that makes gaming way more intense. Send me a red packet and I’ll post it.” What is most suspicious?',
    ],
    options: [
      ['跳跳糖在超市也能买到，不可疑', 'You can buy popping candy at the supermarket, so nothing'],
      ['对方要的钱不多，说明是真心分享', 'He asks for little money, so he is genuinely sharing'],
      ['游戏里加的好友大多是同龄的学生，所以不用担心', 'Friends you add in games are mostly students your own age, so there’s no need to worry'],
      ['普通零食不会让人“更嗨”，这是毒品的推销话术', 'Ordinary sweets don’t make you “more intense”: it’s a drug pitch', true],
    ],
    explanation: [
      '有些毒品会伪装成“跳跳糖”“奶茶粉”等零食。普通零食不会让人“更嗨”。不回复、不转钱，把聊天记录给家长看。',
      'Some drugs are disguised as snacks like “popping candy” or “milk-tea powder”. Ordinary snacks don’t make you “more intense”. Don’t reply or send money, and show the chat to your parents.',
    ],
  }),
  single({
    key: 'scene-133',
    group: 'no-discrimination',
    bands: ['junior'],
    topics: ['help_support', 'drug_basics'],
    difficulty: 2,
    stem: [
      '你听说邻居家的哥哥在戒毒，有同学说“吸过毒的人都是坏人，别理他”。哪种看法更合适？',
      'You hear that a neighbour’s older son is in drug treatment, and a classmate says, “People who have used drugs are bad, ignore him.” Which view is better?',
    ],
    options: [
      ['同学说得对，要和这样的人划清界限，保护好自己', 'The classmate is right: keep well away from people like that to protect yourself'],
      ['正在戒毒的人需要支持，尊重他，不议论、不排斥', 'People in treatment need support: respect him, don’t gossip or shut him out', true],
      ['戒毒的人都戒不掉，帮也没用', 'People in treatment never manage to quit, so helping is pointless'],
      ['可以在网上说说他的事，提醒别人', 'Post about him online to warn others'],
    ],
    explanation: [
      '吸毒是违法行为，但正在戒毒的人也是需要帮助的人。尊重、不歧视、不传播他人隐私，能帮助他们回归正常生活。',
      'Using drugs is against the law, but people in treatment also need help. Respect, no discrimination and not spreading their private business help them get back to normal life.',
    ],
  }),
  judge({
    key: 'scene-134',
    bands: ['junior', 'senior'],
    topics: ['disguised_drugs'],
    difficulty: 1,
    stem: ['一支电子烟有没有被加入毒品，闻一闻、看一看外观就能分辨出来。', 'You can tell whether a vape has drugs added just by smelling it or looking at it.'],
    answer: false,
    explanation: [
      '被加入毒品的“上头电子烟”和普通电子烟外观、气味可能完全一样，只有专业检测才能确定。来路不明的电子烟，不要碰。',
      'Spiked vapes can look and smell exactly like ordinary ones; only laboratory testing can tell. Don’t touch vapes of unknown origin.',
    ],
  }),
  single({
    key: 'scene-135',
    bands: ['junior'],
    topics: ['refusal_skills', 'help_support'],
    difficulty: 2,
    stem: [
      '你已经拒绝了一次，但对方第二天又在校门口等你，继续劝你尝试。下一步最好怎么做？',
      'You already said no once, but the next day the same person is waiting at the school gate to persuade you again. What is the best next step?',
    ],
    options: [
      ['这次试一下，让他以后别再缠着你', 'Try it this time so he stops bothering you'],
      ['以后每天都换一条没有人走的小路回家，躲开他', 'From now on, take a quiet back way home every day to avoid him'],
      ['再次拒绝，并把这件事告诉老师和家长', 'Say no again, and tell your teacher and parents', true],
      ['叫上几个同学去和他打一架', 'Get some classmates together to fight him'],
    ],
    explanation: [
      '被反复纠缠时，不要妥协，也不要用暴力解决。告诉老师和家长，让大人介入；感到危险时拨打110。',
      'If someone keeps pestering you, don’t give in and don’t use violence. Tell your teacher and parents so adults can step in; if you feel in danger, call 110.',
    ],
  }),
  single({
    key: 'scene-136',
    bands: ['junior', 'senior'],
    topics: ['drug_basics', 'health_harm'],
    difficulty: 2,
    stem: [
      '网上有帖子说“一次喝一整瓶止咳药水很嗨”，同学想试试。你怎么回应最准确？',
      'A post online says “drinking a whole bottle of cough syrup at once gives you a high”, and a classmate wants to try. Which response is most accurate?',
    ],
    options: [
      ['“止咳药是药店卖的，喝多少都是安全的。”', '“Cough syrup is sold in pharmacies, so any amount is safe.”'],
      ['“只要不是毒品，多喝一点也没什么关系。”', '“As long as it isn’t a drug, drinking a bit more is no big deal.”'],
      ['“药要按说明书用，喝多了会有危险。”', '“Use medicine as the leaflet says; too much is dangerous.”', true],
      ['“先喝半瓶试一试，感觉不舒服就马上停下来。”', '“Drink half a bottle to try, and stop at once if you feel bad.”'],
    ],
    explanation: [
      '有些青少年大量服用含右美沙芬的止咳药，出现幻觉、意识混乱、心跳加快等危险反应；2024年7月1日起右美沙芬被列入第二类精神药品。药要按医生的要求、按说明书的剂量用。',
      'Some young people have taken large amounts of cough medicine containing dextromethorphan and suffered hallucinations, confusion and a racing heart; from 1 July 2024 dextromethorphan became a Category II psychotropic substance. Take medicine as the doctor says and at the dose on the leaflet.',
    ],
  }),
  judge({
    key: 'scene-137',
    bands: ['junior'],
    topics: ['refusal_skills'],
    difficulty: 1,
    stem: [
      '用“停—想—选”做决定时，“停一停”可以是先说一句“等一下”，给自己几秒钟想一想。',
      'When you decide with “stop, think, choose”, the “stop” step can simply be saying “Hang on” to give yourself a few seconds to think.',
    ],
    answer: true,
    explanation: [
      '遇到压力时不用马上回答。先说“等一下”，深呼吸，再想想有哪些选择和后果，最后做出自己的决定。',
      'Under pressure you don’t have to answer straight away. Say “Hang on”, take a breath, think about your options and what they lead to, then make your own choice.',
    ],
  }),
  single({
    key: 'scene-138',
    bands: ['junior', 'senior'],
    topics: ['help_support', 'health_harm'],
    difficulty: 2,
    stem: [
      '好朋友最近复习压力很大，说：“我需要点东西提提神。”你可以对他说什么？',
      'Your best friend has been under a lot of revision stress and says, “I need something to keep me going.” What could you say to him?',
    ],
    options: [
      ['“我听说有人在卖提神的东西，我帮你问问。”', '“I’ve heard someone is selling stuff to keep you going. I’ll ask for you.”'],
      ['“一起去跑跑步吧，累了就早点睡。”', '“Let’s go for a run together, and get to bed early if you’re tired.”', true],
      ['“你自己看着办吧，这种事我可不想管。”', '“That’s up to you. I don’t want to get involved in that.”'],
      ['“别人考前都这样，你用一点点也没事的。”', '“Everyone does it before exams, a little won’t hurt you.”'],
    ],
    explanation: [
      '朋友压力大时，陪他运动、提醒他休息，是“解压”“提神”推销之外真正有用的办法。如果他一直很难受，陪他去找老师或心理老师。',
      'When a friend is stressed, exercising together and reminding them to rest really help, unlike anything pitched as “stress relief” or “a boost”. If they keep struggling, go with them to a teacher or the school counsellor.',
    ],
  }),
  multiple({
    key: 'scene-139',
    bands: ['junior', 'senior'],
    topics: ['law', 'help_support'],
    difficulty: 2,
    stem: [
      '朋友接了一个网上“代收快递”的兼职，说“钱好赚，还不用问是什么”。你可以对他说哪些话？（多选）',
      'A friend has taken an online job “receiving parcels”, saying “it’s easy money and you don’t even have to ask what’s inside”. What could you say to him? (Choose all that apply)',
    ],
    options: [
      ['“那带上我吧，我们一起赚。”', '“Count me in, let’s both make some money.”'],
      ['“高薪又不让问，可能是有人在利用你运毒。”', '“High pay and no questions: someone may be using you to move drugs.”', true],
      ['“先别再收了，我们把聊天记录给老师看看。”', '“Stop taking parcels for now. Let’s show the chat to a teacher.”', true],
      ['“这件事要告诉家长，不能一个人扛着。”', '“Your parents need to know. Don’t carry this alone.”', true],
    ],
    explanation: [
      '“帮忙带快递”“代收包裹”又给高报酬、不让问内容，是利用学生运毒的常见圈套。劝朋友停下，保存聊天记录，一起告诉老师或家长。',
      '“Carry a parcel” or “receive packages” jobs with high pay and no questions are a common trap for using students to move drugs. Urge your friend to stop, keep the chat, and tell a teacher or parent together.',
    ],
  }),
];
