import { judge, multiple, single } from './scenario-builders.js';
import type { SeedQuestion } from './index.js';

/**
 * Lower-primary scenarios (grades 1–3, ages 6–9): short sentences a child can read or be read, three
 * options or true/false, places they know (home, classroom, playground, a relative’s house). Every
 * fact is in the lower-primary modules (medicine-from-grown-ups, unknown-food-no-thanks,
 * my-trusted-grown-ups). No frightening detail and no stranger-danger framing.
 */
export const primaryLowerScenarioQuestions: SeedQuestion[] = [
  single({
    key: 'scene-332',
    bands: ['primary_lower'],
    topics: ['drug_basics', 'help_support'],
    difficulty: 1,
    stem: ['早上你发烧了，头很烫。怎么做才对？', 'You wake up with a fever and your head feels hot. What is the right thing to do?'],
    options: [
      ['不说，自己在柜子里找退烧药吃', 'Say nothing and find some fever medicine in the cupboard yourself'],
      ['告诉妈妈，让大人带你看医生', 'Tell Mum, so a grown-up can take you to a doctor', true],
      ['吃一片同学上次给你的药', 'Take a tablet a classmate gave you last time'],
    ],
    explanation: [
      '生病了，先告诉大人。吃什么药，由医生定，由家里的大人给你。',
      'When you feel ill, tell a grown-up first. A doctor chooses the medicine, and a grown-up at home gives it to you.',
    ],
  }),
  judge({
    key: 'scene-333',
    bands: ['primary_lower'],
    topics: ['drug_basics', 'health_harm'],
    difficulty: 1,
    stem: [
      '乐乐说：“药是治病的，多吃一点，病会好得更快。”乐乐说得对。',
      'Lele says, “Medicine makes you better, so if you take extra, you get better faster.” Lele is right.',
    ],
    answer: false,
    explanation: [
      '药吃多了，也会伤害身体。吃多少，由医生定，由大人给。',
      'Too much medicine can hurt your body. A doctor decides how much, and a grown-up gives it to you.',
    ],
  }),
  single({
    key: 'scene-334',
    bands: ['primary_lower'],
    topics: ['drug_basics'],
    difficulty: 1,
    stem: ['妈妈的药放在桌上。你也咳嗽，妈妈的药你能自己吃吗？', 'Mum’s medicine is on the table. You have a cough too. Can you take Mum’s medicine yourself?'],
    options: [
      ['能，大人的药和小孩的药都一样', 'Yes, grown-ups’ medicine works the same for children'],
      ['不能，吃什么药要医生定', 'No, a doctor decides which medicine I take', true],
      ['能，只要吃一半就可以', 'Yes, as long as I only take half'],
    ],
    explanation: [
      '大人的药不一定适合小孩。吃什么药、吃多少，由医生定，由家里的大人给你。',
      'Grown-ups’ medicine may not be right for children. A doctor decides which medicine and how much, and a grown-up at home gives it to you.',
    ],
  }),
  judge({
    key: 'scene-335',
    bands: ['primary_lower'],
    topics: ['drug_basics', 'help_support'],
    difficulty: 1,
    stem: [
      '小雨在教室地上看到一颗彩色药片。她没有碰，去告诉了老师。小雨做得对。',
      'Xiaoyu sees a coloured pill on the classroom floor. She doesn’t touch it and goes to tell the teacher. Xiaoyu did the right thing.',
    ],
    answer: true,
    explanation: [
      '不认识的药片，不拿、不尝、不玩，告诉大人。大人会把它收好。',
      'Pills you don’t know: don’t pick them up, taste them or play with them. Tell a grown-up, who will put them away.',
    ],
  }),
  single({
    key: 'scene-336',
    bands: ['primary_lower'],
    topics: ['drug_basics', 'disguised_drugs'],
    difficulty: 1,
    stem: [
      '弟弟看到桌上的小药片，高兴地说：“是糖！”你可以怎么说？',
      'Your little brother sees some small pills on the table and says happily, “Sweets!” What could you say?',
    ],
    options: [
      ['“是糖的话，我们一人分一颗吧。”', '“If they’re sweets, let’s have one each.”'],
      ['“你先舔一下，甜的就是糖。”', '“Lick one first. If it’s sweet, it’s a sweet.”'],
      ['“这是药，不是糖，去告诉妈妈。”', '“That’s medicine, not sweets. Let’s tell Mum.”', true],
    ],
    explanation: [
      '有的药片很像糖，有的药水是甜的，可是药不是糖。不碰它，告诉大人。',
      'Some pills look like sweets and some medicines taste sweet, but medicine is not sweets. Don’t touch it; tell a grown-up.',
    ],
  }),
  judge({
    key: 'scene-337',
    bands: ['primary_lower'],
    topics: ['disguised_drugs'],
    difficulty: 1,
    stem: [
      '丁丁在公园捡到一个没打开的果冻。他想：“包装没破，就能吃。”他想得对。',
      'Dingding finds an unopened jelly cup in the park. He thinks, “The packet isn’t broken, so I can eat it.” He is right.',
    ],
    answer: false,
    explanation: [
      '不知道从哪里来的东西，不吃。只看包装，看不出里面有什么。',
      'If you don’t know where something came from, don’t eat it. The packet can’t tell you what is inside.',
    ],
  }),
  single({
    key: 'scene-338',
    group: 'sticker-offer',
    bands: ['primary_lower'],
    topics: ['disguised_drugs', 'refusal_skills'],
    difficulty: 1,
    stem: [
      '同学给你一张没见过的小纸片，说：“这是神奇贴纸，很好玩。”你怎么做？',
      'A classmate gives you a little piece of paper you’ve never seen and says, “It’s a magic sticker. It’s fun.” What do you do?',
    ],
    options: [
      ['收下，藏进书包里', 'Take it and hide it in your school bag'],
      ['说“不要”，告诉老师', 'Say “No” and tell the teacher', true],
      ['拿回家给弟弟玩', 'Take it home for your little brother to play with'],
    ],
    explanation: [
      '不认识的贴纸、小纸片，不接、不碰，也不传给别人。说“不要”，再告诉老师。',
      'Stickers or bits of paper you don’t know: don’t take them, don’t touch them, don’t pass them on. Say no and tell the teacher.',
    ],
  }),
  single({
    key: 'scene-339',
    bands: ['primary_lower'],
    topics: ['refusal_skills', 'help_support'],
    difficulty: 2,
    stem: [
      '玩游戏时，网上有人说：“告诉我你家在哪儿，我给你寄好吃的。”你怎么做？',
      'While you are playing a game, someone online says, “Tell me where you live and I’ll post you something yummy.” What do you do?',
    ],
    options: [
      ['不说，告诉爸爸妈妈', 'Don’t tell them; tell Mum and Dad', true],
      ['告诉他，好吃的是免费的', 'Tell them, because the treats are free'],
      ['告诉他同学家在哪儿', 'Tell them where a classmate lives instead'],
    ],
    explanation: [
      '网上聊天的人给的东西，也是不认识的东西。不说家在哪儿，把聊天给爸爸妈妈看。',
      'Things from someone you chat with online are things you don’t know too. Don’t say where you live, and show the chat to your parents.',
    ],
  }),
  judge({
    key: 'scene-340',
    bands: ['primary_lower'],
    topics: ['refusal_skills'],
    difficulty: 1,
    stem: [
      '好朋友拿着一瓶没有字的饮料说：“是朋友就喝一口。”明明说：“不喝，我们去玩球吧！”明明做得对。',
      'A good friend holds a drink with no writing on it and says, “If you’re my friend, have a sip.” Mingming says, “No, let’s go and play ball!” Mingming did the right thing.',
    ],
    answer: true,
    explanation: [
      '不认识的饮料，不管是谁给的，都不喝。说“不”，再一起去玩别的，还是好朋友。',
      'A drink you don’t know: don’t drink it, whoever offers it. Say no and go and play something else. You are still friends.',
    ],
  }),
  single({
    key: 'scene-341',
    bands: ['primary_lower'],
    topics: ['disguised_drugs', 'help_support'],
    difficulty: 1,
    stem: ['你不知道一种零食能不能吃。怎么办？', 'You aren’t sure whether a snack is OK to eat. What should you do?'],
    options: [
      ['先尝一小口试试', 'Try a tiny bite first'],
      ['包装好看就可以吃', 'Eat it if the packet looks nice'],
      ['先问家里的大人', 'Ask a grown-up at home first', true],
    ],
    explanation: [
      '不确定的时候，先问家里的大人。看一看、尝一尝，都分不出来。',
      'When you aren’t sure, ask a grown-up at home first. Looking or tasting can’t tell you.',
    ],
  }),
  single({
    key: 'scene-342',
    group: 'milk-tea-offer',
    bands: ['primary_lower'],
    topics: ['refusal_skills', 'disguised_drugs'],
    difficulty: 1,
    stem: [
      '放学路上，一个大姐姐说：“这杯奶茶送你，别告诉你妈妈。”哪样做最好？',
      'On the way home, an older girl says, “Have this milk tea. Don’t tell your mum.” What is best?',
    ],
    options: [
      ['说“好的”，拿着奶茶回家喝', 'Say “OK” and take it home to drink later'],
      ['说“不用了，谢谢”，然后走开', 'Say “No, thank you” and walk away', true],
      ['先喝一口，再答应不告诉妈妈', 'Have a sip and promise not to tell Mum'],
    ],
    explanation: [
      '不认识的饮料不接。“别告诉你妈妈”是要小心的信号，回家要告诉妈妈。',
      'Don’t take a drink you don’t know. “Don’t tell your mum” is a sign to be careful, so tell your mum when you get home.',
    ],
  }),
  judge({
    key: 'scene-343',
    group: 'saying-no-polite',
    bands: ['primary_lower'],
    topics: ['refusal_skills'],
    difficulty: 1,
    stem: [
      '欢欢说“不要”，没接别人给的糖。她担心自己没礼貌。其实她没有做错。',
      'Huanhuan said “No” and didn’t take the sweets someone offered. She worries she was rude. In fact, she did nothing wrong.',
    ],
    answer: true,
    explanation: ['说“不”不是没礼貌。你的身体是你自己的，你可以保护它。', 'Saying no is not rude. Your body belongs to you, and you can keep it safe.'],
  }),
  single({
    key: 'scene-344',
    group: 'after-saying-no',
    bands: ['primary_lower'],
    topics: ['refusal_skills'],
    difficulty: 2,
    stem: ['有人一直叫你尝一样东西，你已经说了“不要”。下一步做什么？', 'Someone keeps asking you to taste something. You have already said “No”. What next?'],
    options: [
      ['站着不动，等他自己走开', 'Stand still and wait for them to go away'],
      ['走开，去找老师或家人', 'Walk away and find a teacher or your family', true],
      ['接过来拿在手里，先不吃', 'Take it and hold it, but don’t eat it'],
    ],
    explanation: [
      '三步：说“不”，走开，告诉大人。说完“不”，就走开，去找信任的大人。',
      'Three steps: say no, walk away, tell a grown-up. After saying no, walk away and find a trusted grown-up.',
    ],
  }),
  multiple({
    key: 'scene-345',
    group: 'trusted-adults-list',
    bands: ['primary_lower'],
    topics: ['help_support'],
    difficulty: 1,
    stem: [
      '小丽在画“信任之手”，每根手指写一个信任的大人。哪些人可以写上去？（多选）',
      'Xiaoli is making a “trusted hand”, with one trusted grown-up on each finger. Which people could she write? (Choose all that apply.)',
    ],
    options: [
      ['网上刚认识的“大哥哥”', 'An “older boy” she just met online'],
      ['奶奶', 'Grandma', true],
      ['班主任', 'Her class teacher', true],
      ['学校的心理老师', 'The school counsellor', true],
    ],
    explanation: [
      '信任的大人，是照顾你、会认真听你说话的大人，比如家里的人和学校的老师。刚在网上认识的人，还不了解。',
      'A trusted grown-up looks after you and really listens, like your family and your teachers. Someone you just met online is someone you don’t know yet.',
    ],
  }),
  single({
    key: 'scene-346',
    group: 'tell-another-adult',
    bands: ['primary_lower'],
    topics: ['help_support'],
    difficulty: 2,
    stem: [
      '你告诉妈妈有人给你奇怪的糖，可是妈妈在忙，说“等一下”。你还担心，怎么办？',
      'You tell Mum someone gave you strange sweets, but she is busy and says, “In a minute.” You are still worried. What now?',
    ],
    options: [
      ['算了，以后都不说了', 'Forget it and never say anything again'],
      ['过一会儿再说，或者告诉老师', 'Tell her again later, or tell a teacher', true],
      ['自己去找给糖的人，问问是怎么回事', 'Go and find the person with the sweets and ask them yourself'],
    ],
    explanation: [
      '大人有时在忙，没听明白。可以再说一次，也可以告诉另一个信任的大人，说到有人帮你。',
      'Grown-ups are sometimes busy and don’t take it in. Say it again, or tell another trusted grown-up, until someone helps.',
    ],
  }),
  single({
    key: 'scene-347',
    bands: ['primary_lower'],
    topics: ['help_support'],
    difficulty: 2,
    stem: [
      '在商场里，你和爸爸走散了，找不到认识的大人。可以请谁帮忙？',
      'At the shopping centre you lose Dad and can’t find any grown-up you know. Who could you ask for help?',
    ],
    options: [
      ['商场的工作人员，或者警察', 'Someone who works there, or a police officer', true],
      ['谁也不找，一个人走出商场去找爸爸', 'Nobody: walk out of the centre on your own to look for Dad'],
      ['躲到没人的角落里，等爸爸来找', 'Hide in a quiet corner and wait for Dad'],
    ],
    explanation: [
      '在外面找不到认识的大人，可以找穿制服的警察，或者请商店里的工作人员帮忙。',
      'If you are out and can’t find a grown-up you know, look for a police officer in uniform, or ask someone who works in a shop.',
    ],
  }),
  judge({
    key: 'scene-348',
    group: 'telling-not-tattling',
    bands: ['primary_lower'],
    topics: ['help_support'],
    difficulty: 1,
    stem: [
      '同桌拿着奇怪的药片，说：“你告诉老师就是告状！”所以你不能告诉老师。',
      'Your desk mate has some strange pills and says, “If you tell the teacher, you’re a tattletale!” So you mustn’t tell the teacher.',
    ],
    answer: false,
    explanation: ['告诉大人不是“告状”，是保护自己，也是保护同学。', 'Telling a grown-up is not tattling. It keeps you safe, and your classmate too.'],
  }),
  single({
    key: 'scene-349',
    group: 'call-110-120',
    bands: ['primary_lower'],
    topics: ['help_support'],
    difficulty: 2,
    stem: [
      '在家里，奶奶突然晕倒了，怎么叫也叫不醒。你可以怎么做？',
      'At home, Grandma suddenly faints and won’t wake up, however much you call. What could you do?',
    ],
    options: [
      ['先等一等，奶奶睡一会儿就会自己醒过来', 'Wait a bit: Grandma will wake up by herself after a nap'],
      ['大声叫附近的大人，一起打120', 'Shout for a grown-up nearby and call 120 together', true],
      ['打110，请警察来陪你玩', 'Call 110 and ask the police to come and play'],
    ],
    explanation: [
      '有人叫不醒，是很紧急的事。先大声叫大人，一起打120叫救护车，说清楚在哪里、发生了什么。',
      'Someone who won’t wake up is an emergency. Shout for a grown-up and call 120 for an ambulance together; say where you are and what happened.',
    ],
  }),
  judge({
    key: 'scene-350',
    group: 'prank-110',
    bands: ['primary_lower'],
    topics: ['help_support'],
    difficulty: 1,
    stem: [
      '明明觉得好玩，用妈妈的手机打了110，想听听警察说话。明明做得对。',
      'Mingming thinks it would be fun to call 110 on Mum’s phone to hear the police talk. Mingming did the right thing.',
    ],
    answer: false,
    explanation: ['110和120只在很紧急的时候打，不能打着玩。', '110 and 120 are only for real emergencies. Never call them for fun.'],
  }),
  single({
    key: 'scene-351',
    bands: ['primary_lower'],
    topics: ['help_support'],
    difficulty: 2,
    stem: [
      '你看到有人在推打一个小朋友，旁边没有大人。你可以怎么做？',
      'You see someone pushing and hitting a younger child, and there is no grown-up nearby. What could you do?',
    ],
    options: [
      ['自己冲上去和他打', 'Rush in and fight them yourself'],
      ['跑去找大人，请大人打110', 'Run to find a grown-up and ask them to call 110', true],
      ['当作没看见，自己走开', 'Pretend you didn’t see and walk off'],
    ],
    explanation: [
      '有人在伤害别人，要找警察，打110。你还小，先跑去找大人，请大人一起帮忙。',
      'When someone is hurting another person, the police can help: call 110. You are young, so run and get a grown-up to help first.',
    ],
  }),
  single({
    key: 'scene-352',
    bands: ['primary_lower'],
    topics: ['drug_basics', 'help_support'],
    difficulty: 2,
    stem: ['你在小区里捡到一个小袋子，里面有白色的粉。你怎么做？', 'Near your home you find a small bag with white powder in it. What do you do?'],
    options: [
      ['打开闻一闻，看看是什么', 'Open it and sniff it to see what it is'],
      ['带到学校给同学看', 'Take it to school to show your classmates at break'],
      ['不打开，不闻，告诉大人', 'Don’t open it or sniff it; tell a grown-up', true],
    ],
    explanation: [
      '不认识的东西，不接、不尝、不碰。闻一闻也不行。告诉大人，让大人来处理。',
      'Things you don’t know: don’t take, taste or touch them. Don’t sniff either. Tell a grown-up and let them deal with it.',
    ],
  }),
  judge({
    key: 'scene-353',
    bands: ['primary_lower'],
    topics: ['refusal_skills', 'disguised_drugs'],
    difficulty: 2,
    stem: [
      '乐乐收下了一颗不认识的糖。他想：“我只拿着，不吃，就没关系。”乐乐想得对。',
      'Lele took a sweet he didn’t know. He thinks, “It’s fine as long as I just hold it and don’t eat it.” Lele is right.',
    ],
    answer: false,
    explanation: [
      '不认识的东西，一开始就不接。已经拿了，就别吃，也别给别人，交给大人。',
      'Things you don’t know: don’t take them in the first place. If you already have, don’t eat it or give it away; hand it to a grown-up.',
    ],
  }),
  multiple({
    key: 'scene-354',
    group: 'refusal-phrases',
    bands: ['primary_lower'],
    topics: ['refusal_skills'],
    difficulty: 1,
    stem: [
      '有人给你一瓶不认识的饮料。下面哪些话可以用来拒绝？（多选）',
      'Someone offers you a drink you don’t know. Which of these could you say to refuse? (Choose all that apply.)',
    ],
    options: [
      ['“我先拿着，等会儿喝。”', '“I’ll hold on to it and drink it later.”'],
      ['“不用了，谢谢！”', '“No, thank you!”', true],
      ['“我只喝自己带的水。”', '“I only drink the water I brought.”', true],
    ],
    explanation: ['拒绝不用解释太多。“不用了，谢谢！”就很好。说完就走开。', 'You don’t need to explain much. “No, thank you!” is fine. Then walk away.'],
  }),
  single({
    key: 'scene-355',
    group: 'friend-secret-sweets',
    bands: ['primary_lower'],
    topics: ['help_support', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '好朋友悄悄说：“有人给了我一包糖，叫我别告诉家里人。”你可以说什么？',
      'Your good friend whispers, “Someone gave me a bag of sweets and told me not to tell my family.” What could you say?',
    ],
    options: [
      ['“那你分我一颗，我就帮你保密。”', '“Give me one of the sweets and I’ll keep your secret.”'],
      ['“好，我也不告诉别人。”', '“OK, I won’t tell anyone either.”'],
      ['“我们一起去告诉老师吧。”', '“Let’s go and tell the teacher together.”', true],
    ],
    explanation: [
      '“别告诉家里人”是要小心的信号。陪朋友一起告诉信任的大人，是在保护朋友。',
      '“Don’t tell your family” is a sign to be careful. Going with your friend to tell a trusted grown-up protects them.',
    ],
  }),
  judge({
    key: 'scene-356',
    bands: ['primary_lower'],
    topics: ['help_support'],
    difficulty: 1,
    stem: [
      '小丽给妈妈准备了生日礼物，想过几天给妈妈一个惊喜，现在先不说。这样可以。',
      'Xiaoli has a birthday present for Mum and wants to surprise her in a few days, so she isn’t saying anything yet. That is fine.',
    ],
    answer: true,
    explanation: [
      '好的惊喜过几天就会让大家知道，大家都开心。让你害怕、不舒服，还要你一直不说的事，才要告诉大人。',
      'A good surprise is shared in a few days, and everyone is happy. It is things that scare you or make you uncomfortable, and that you are told to keep quiet for ever, that you should tell a grown-up.',
    ],
  }),
  single({
    key: 'scene-357',
    group: 'spot-the-warning',
    bands: ['primary_lower'],
    topics: ['help_support', 'disguised_drugs'],
    difficulty: 2,
    stem: ['下面哪件事，一定要告诉大人？', 'Which of these must you tell a grown-up about?'],
    options: [
      ['你和同学一起给老师画了一张画', 'You and a classmate drew a picture for the teacher'],
      ['有人给你一颗糖，叫你别告诉爸妈', 'Someone gave you a sweet and said not to tell your parents', true],
      ['你给爸爸准备了一张生日贺卡', 'You made Dad a birthday card'],
    ],
    explanation: [
      '“别告诉爸妈”是要小心的信号，一定要告诉信任的大人。给家人的贺卡是好的惊喜。',
      '“Don’t tell your parents” is a sign to be careful: always tell a trusted grown-up. A card for your family is a good surprise.',
    ],
  }),
  single({
    key: 'scene-358',
    bands: ['primary_lower'],
    topics: ['refusal_skills', 'help_support'],
    difficulty: 2,
    stem: [
      '一个大哥哥说：“帮我把这个小盒子送给那边的人，我给你买冰淇淋。”你怎么做？',
      'An older boy says, “Take this little box to that person over there and I’ll buy you an ice cream.” What do you do?',
    ],
    options: [
      ['帮他送，冰淇淋很好吃', 'Take it for him: the ice cream will be yummy'],
      ['说“不行”，回家告诉大人', 'Say “No” and tell a grown-up at home', true],
      ['偷偷打开盒子看一看', 'Secretly open the box and look inside'],
    ],
    explanation: [
      '不知道里面是什么的东西，不帮别人拿、不帮别人送。说“不”，再告诉信任的大人。',
      'Don’t carry or deliver things for people when you don’t know what is inside. Say no, then tell a trusted grown-up.',
    ],
  }),
  single({
    key: 'scene-359',
    bands: ['primary_lower'],
    topics: ['drug_basics', 'help_support'],
    difficulty: 1,
    stem: ['体育课上，你摔破了膝盖，很疼。该怎么做？', 'In PE you fall and cut your knee. It really hurts. What should you do?'],
    options: [
      ['告诉老师，让老师帮你', 'Tell the teacher so they can help you', true],
      ['吃一片同学给的止疼药', 'Take a painkiller a classmate gives you'],
      ['忍着不说，等放学再说', 'Keep quiet and wait until after school'],
    ],
    explanation: [
      '受伤、不舒服，告诉老师或家长。别人给的药不吃。',
      'If you are hurt or feel unwell, tell a teacher or your parents. Don’t take medicine from other people.',
    ],
  }),
  single({
    key: 'scene-360',
    bands: ['primary_lower'],
    topics: ['drug_basics'],
    difficulty: 1,
    stem: [
      '在同学家，他拿出爸爸的药瓶说：“我们来玩开药店吧！”你可以怎么说？',
      'At a friend’s home, he takes out his dad’s medicine bottle and says, “Let’s play shops with it!” What could you say?',
    ],
    options: [
      ['“好啊，我们尝尝哪个好吃。”', '“OK, let’s taste which ones are nice.”'],
      ['“药不是玩具，我们玩别的吧。”', '“Medicine isn’t a toy. Let’s play something else.”', true],
      ['“我们把药片当糖分给大家。”', '“Let’s hand the pills out as sweets.”'],
    ],
    explanation: [
      '药片不是糖，也不是玩具。不拿、不尝、不玩，请大人把药收好。',
      'Pills are not sweets or toys. Don’t pick them up, taste them or play with them; ask a grown-up to put them away.',
    ],
  }),
  single({
    key: 'scene-361',
    bands: ['primary_lower'],
    topics: ['help_support', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '网上聊天的人说：“我们是好朋友，这件事不能告诉你爸妈。”你怎么做？',
      'Someone you chat with online says, “We’re best friends. You mustn’t tell your parents about this.” What do you do?',
    ],
    options: [
      ['听他的，不告诉爸妈', 'Do as they say and don’t tell your parents'],
      ['把家里的地址告诉他', 'Tell them your home address'],
      ['告诉爸爸妈妈', 'Tell Mum and Dad', true],
    ],
    explanation: [
      '“不能告诉你爸妈”是要小心的信号。网上的人也一样，把聊天给爸爸妈妈看。',
      '“You mustn’t tell your parents” is a sign to be careful, online too. Show the chat to your parents.',
    ],
  }),
];
