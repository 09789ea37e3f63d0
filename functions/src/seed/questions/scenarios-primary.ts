import { judge, multiple, single } from './scenario-builders.js';
import type { SeedQuestion } from './index.js';

/**
 * Primary scenarios (grades 4–6): what would you do, what could you say. Simple words and everyday places
 * (school gate, home, park, a relative’s garden); no frightening detail and no stranger-danger framing:
 * the skill is the same whoever makes the offer. Items simple enough for grades 1–3 are also tagged
 * 'primary_lower'.
 */
export const primaryScenarioQuestions: SeedQuestion[] = [
  single({
    key: 'scene-001',
    bands: ['primary'],
    topics: ['refusal_skills', 'disguised_drugs'],
    difficulty: 1,
    stem: [
      '放学路上，一个大一点的孩子拿出一包没见过的糖，说：“吃了会很开心，别告诉你爸妈。”你可以怎么做？',
      'On the way home from school, an older kid holds out a bag of sweets you’ve never seen and says, “These make you really happy. Don’t tell your parents.” What could you do?',
    ],
    options: [
      ['收下糖果，回家以后再决定吃不吃', 'Take the sweets and decide at home whether to eat them'],
      ['说“不要，谢谢”，走开，回家告诉爸爸妈妈', 'Say “No, thanks”, walk away and tell your parents at home', true],
      ['先尝一小颗，觉得不对劲就吐出来', 'Try one small sweet and spit it out if it tastes odd'],
      [
        '答应保密，因为他是好心和你分享零食，告诉大人他会不高兴',
        'Promise to keep it secret, since he is kindly sharing a snack and would be upset if you told',
      ],
    ],
    explanation: [
      '“吃了会很开心”“别告诉爸妈”都是危险信号。来历不明的东西不接、不尝，说“不”，走开，再告诉信任的大人。让你保密的事，更要告诉大人。',
      '“It makes you happy” and “don’t tell your parents” are both warning signs. Don’t take or taste things you don’t know. Say no, walk away and tell a trusted adult. If someone asks you to keep a secret like this, that is exactly when to tell.',
    ],
  }),
  single({
    key: 'scene-002',
    bands: ['primary'],
    topics: ['refusal_skills'],
    difficulty: 1,
    stem: [
      '好朋友拿着一瓶没有标签的饮料说：“你不喝就是不够朋友！”哪一句回答最好？',
      'Your good friend holds a drink with no label and says, “If you don’t drink it, you’re not a real friend!” Which reply is best?',
    ],
    options: [
      ['“好吧，那我只喝一口。”', '“Fine, I’ll just have one sip.”'],
      ['“你等一下，我去问问别的同学喝不喝。”', '“Wait, I’ll ask the others if they want some.”'],
      ['“我不喝。我们还是好朋友，去玩跳绳吧！”', '“I won’t drink it. We’re still friends, let’s go skip rope!”', true],
      ['“我先拿着，等放学没人看见的时候再偷偷喝。”', '“I’ll hold on to it and drink it later when nobody is watching.”'],
    ],
    explanation: [
      '真正的朋友不会逼你做不安全的事。可以坚定地说“不”，再提议做别的事情。如果他一直逼你，就走开并告诉大人。',
      'A real friend won’t push you into something unsafe. Say no firmly and suggest doing something else. If they keep pushing, walk away and tell an adult.',
    ],
  }),
  single({
    key: 'scene-003',
    group: 'call-110-120',
    bands: ['primary'],
    topics: ['help_support'],
    difficulty: 1,
    stem: [
      '你在公园看见一位叔叔倒在地上，怎么叫都叫不醒。这时你应该请大人帮忙拨打哪个电话？',
      'In the park you see a man lying on the ground, and he won’t wake up however much people call to him. Which number should you ask an adult to call?',
    ],
    options: [
      ['110，因为只有警察才能送人去医院', '110, because only the police can take people to hospital'],
      ['先打给自己的班主任，问问该怎么办', 'Your class teacher first, to ask what to do'],
      ['不用打电话，等他自己醒过来', 'No one: wait for him to wake up by himself'],
      ['120，叫救护车来救人', '120, to call an ambulance', true],
    ],
    explanation: [
      '有人受伤、生病或者叫不醒，要马上拨打120叫救护车。遇到坏事或危险，才拨打110报警。你还小，可以先大声叫附近的大人来帮忙。',
      'When someone is hurt, ill or can’t be woken, call 120 for an ambulance straight away. Call 110 for the police when something dangerous or wrong is happening. You can also shout for a nearby adult to help first.',
    ],
  }),
  single({
    key: 'scene-004',
    bands: ['primary'],
    topics: ['drug_basics'],
    difficulty: 1,
    stem: [
      '你咳嗽了，同桌说：“我书包里有大人吃的药，给你一片。”你应该怎么做？',
      'You have a cough, and your desk mate says, “I’ve got some grown-ups’ medicine in my bag. Have a tablet.” What should you do?',
    ],
    options: [
      ['谢谢他，但不吃；告诉老师或家长自己不舒服', 'Thank him but don’t take it; tell a teacher or parent you feel unwell', true],
      ['只吃半片，因为小孩的药量比大人少，吃半片正合适', 'Take half a tablet, because children need a smaller dose than adults, so half is just right'],
      ['吃一片，因为能治咳嗽的都是好药', 'Take one, because anything for a cough is good medicine'],
      ['把药收好，等咳得厉害的时候再吃', 'Keep the tablet and take it if the cough gets worse'],
    ],
    explanation: [
      '药品要在医生指导下、由家长给你使用。别人给的药，即使是好心，也可能不适合你。身体不舒服，就告诉老师或家长。',
      'Medicine should be given to you by a parent, following a doctor’s advice. Medicine from someone else may not be right for you, even if they mean well. If you feel unwell, tell a teacher or a parent.',
    ],
  }),
  judge({
    key: 'scene-005',
    bands: ['primary_lower', 'primary'],
    topics: ['refusal_skills'],
    difficulty: 1,
    stem: [
      '小明拒绝了别人给的不明饮料，对方说要告诉大家他胆小。小明应该把这件事告诉老师或家长。',
      'Xiao Ming turned down a drink he didn’t know, and the other kid said he would tell everyone Xiao Ming is a coward. Xiao Ming should tell a teacher or his parents about it.',
    ],
    answer: true,
    explanation: [
      '被嘲笑、被威胁，错不在你。告诉信任的大人，他们会帮你。拒绝不明的东西是勇敢的表现。',
      'Being teased or threatened is not your fault. Tell a trusted adult and they will help you. Saying no to something unknown is brave.',
    ],
  }),
  single({
    key: 'scene-006',
    bands: ['primary', 'junior'],
    topics: ['precursors_plants'],
    difficulty: 2,
    stem: [
      '暑假去亲戚家，你看到院子里种着几棵开红花、结圆圆果子的植物，大人说这是“治咳嗽的药”。你可以怎么做？',
      'On a summer visit to relatives, you see a few plants in the yard with red flowers and round seed pods. An adult says they are “medicine for coughs”. What could you do?',
    ],
    options: [
      ['摘一个果子带回学校给同学看', 'Pick a pod to show your classmates at school'],
      ['告诉爸爸妈妈那可能是罂粟，请他们和亲戚谈谈', 'Tell your parents it may be opium poppy and ask them to talk to the relatives', true],
      ['相信大人的话，下次自己咳嗽时也摘一个果子熬水喝', 'Believe the adult, and next time you have a cough boil one of the pods in water and drink it'],
      ['不说出去，因为这是别人家的事', 'Say nothing, because it is someone else’s business'],
    ],
    explanation: [
      '罂粟不能治病，私自种植罂粟是违法的。不要碰、不要摘，把看到的告诉爸爸妈妈，让大人去处理。咳嗽要看医生。',
      'Opium poppy does not cure illness, and growing it privately is against the law. Don’t touch or pick it; tell your parents what you saw and let the adults deal with it. A cough needs a doctor.',
    ],
  }),
  single({
    key: 'scene-007',
    bands: ['primary', 'junior'],
    topics: ['precursors_plants'],
    difficulty: 2,
    stem: [
      '同学说：“我家花坛里的花和罂粟长得差不多，那也犯法吗？”如果那是虞美人，正确的说法是什么？',
      'A classmate says, “The flowers in our flowerbed look just like opium poppies. Is that illegal too?” If they are corn poppies (虞美人), what is the right answer?',
    ],
    options: [
      ['所有红色的花都不能在家里种', 'No red flowers at all may be grown at home'],
      ['虞美人只要不超过五百棵就可以种', 'Corn poppies are allowed as long as there are fewer than 500'],
      ['虞美人和罂粟其实是同一种花，只是名字不同，都要铲除', 'Corn poppy and opium poppy are really the same flower with different names, so both must go'],
      ['虞美人是合法的观赏花，和罂粟不是一种植物', 'Corn poppy is a legal garden flower and not the same plant as opium poppy', true],
    ],
    explanation: [
      '虞美人是常见的观赏花，可以种；罂粟是毒品原植物，个人不能种。两种花有点像，分不清时可以请老师或家长帮忙辨认，不要自己采摘。',
      'Corn poppy is a common garden flower and may be grown; opium poppy is a drug plant that individuals must not grow. They look a little alike, so if you can’t tell, ask a teacher or parent to help you check, and don’t pick it yourself.',
    ],
  }),
  judge({
    key: 'scene-008',
    bands: ['primary', 'junior'],
    topics: ['precursors_plants'],
    difficulty: 1,
    stem: [
      '奶奶说：“在火锅汤里放一点罂粟壳，味道更香，没关系。”这种说法是对的。',
      'Grandma says, “A few poppy pods in the hotpot broth make it tastier, and it does no harm.” This is right.',
    ],
    answer: false,
    explanation: [
      '往食物里加罂粟壳是违法的，也会伤害身体。可以温和地告诉家人：好吃的调料有很多，罂粟壳不能用。',
      'Putting poppy pods in food is against the law and harms the body. You can gently tell your family that there are plenty of tasty spices, but poppy pods must not be used.',
    ],
  }),
  single({
    key: 'scene-009',
    bands: ['primary'],
    topics: ['disguised_drugs', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '网上有人私信你：“送你一包外国进口零食，只要把你家地址发给我。”你觉得怎么做最安全？',
      'Someone messages you online: “I’ll send you a free bag of imported snacks, just send me your home address.” What is the safest thing to do?',
    ],
    options: [
      ['把地址发过去，反正零食是免费的', 'Send the address, since the snacks are free'],
      ['先问清楚是什么牌子的零食，听起来好吃再给地址', 'Ask exactly which brand of snacks it is first, and give the address if it sounds tasty'],
      ['不回复、不给地址，把消息给爸爸妈妈看', 'Don’t reply or give your address, and show the message to your parents', true],
      ['把同学的地址发给他，让同学去收', 'Send him a classmate’s address so they get the parcel instead'],
    ],
    explanation: [
      '不认识的人在网上送东西、要地址，要特别小心。有些毒品会装成糖果、饼干或“进口零食”。不回复，不给个人信息，马上告诉家长。',
      'Be very careful when someone you don’t know offers gifts online and asks for your address. Some drugs are disguised as sweets, biscuits or “imported snacks”. Don’t reply, don’t share personal details, and tell your parents straight away.',
    ],
  }),
  multiple({
    key: 'scene-010',
    bands: ['primary'],
    topics: ['help_support'],
    difficulty: 1,
    stem: [
      '有人一直让你尝一样你不认识的东西，你心里很害怕。你可以去找谁？（多选）',
      'Someone keeps asking you to try something you don’t recognise, and you feel scared. Who could you go to? (Choose all that apply)',
    ],
    options: [
      ['爸爸妈妈或家里其他大人', 'Your parents or another adult at home', true],
      ['只告诉同样年纪的好朋友', 'Only a friend the same age as you'],
      ['班主任或学校里的其他老师', 'Your class teacher or another teacher at school', true],
      ['遇到危险时，请大人帮忙拨打110', 'If you are in danger, ask an adult to help you call 110', true],
    ],
    explanation: [
      '信任的大人——家长、老师——都能帮助你。遇到危险可以报警。只告诉同龄朋友还不够，他们可能也不知道怎么办。',
      'Trusted adults, such as parents and teachers, can help you. If you are in danger, the police can help. Telling only a friend your own age is not enough: they may not know what to do either.',
    ],
  }),
  single({
    key: 'scene-011',
    bands: ['primary'],
    topics: ['refusal_skills', 'help_support'],
    difficulty: 2,
    stem: [
      '你的同学悄悄说，他在操场角落捡到一包白色粉末，想拿回教室玩。你可以对他说什么？',
      'A classmate whispers that he found a packet of white powder in a corner of the playground and wants to take it to class to play with. What could you say to him?',
    ],
    options: [
      ['“别打开，也别闻，我们一起去告诉老师。”', '“Don’t open it or smell it. Let’s go and tell a teacher together.”', true],
      ['“我们先打开闻一闻，就知道是不是面粉或者白糖了。”', '“Let’s open it and have a sniff first, then we’ll know if it’s just flour or sugar.”'],
      ['“扔进垃圾桶就行，不用告诉任何人。”', '“Just throw it in the bin, no need to tell anyone.”'],
      ['“给我看看，我能认出来是什么东西。”', '“Let me see it. I can tell you what it is.”'],
    ],
    explanation: [
      '来历不明的粉末、药片不能碰、不能闻、不能尝，也看不出是什么。把它交给老师或告诉大人，让大人处理。',
      'Don’t touch, smell or taste unknown powders or pills; nobody can tell what they are by looking. Hand it to a teacher or tell an adult and let them deal with it.',
    ],
  }),
  judge({
    key: 'scene-012',
    bands: ['primary_lower', 'primary'],
    topics: ['disguised_drugs'],
    difficulty: 1,
    stem: ['一种糖果包装很可爱、颜色很漂亮，就说明它一定是安全的。', 'If a sweet has cute, colourful packaging, that shows it must be safe.'],
    answer: false,
    explanation: [
      '有些毒品会做成糖果、饮料、零食的样子，包装可能很可爱。只吃家长买的或认识的食物，不明的东西不吃。',
      'Some drugs are made to look like sweets, drinks or snacks, sometimes in cute packaging. Only eat food your parents bought or food you know; don’t eat things you don’t recognise.',
    ],
  }),
  single({
    key: 'scene-013',
    bands: ['primary'],
    topics: ['help_support'],
    difficulty: 2,
    stem: ['考试前你很紧张，睡不着。下面哪个办法最好？', 'You feel nervous before an exam and can’t sleep. Which of these is the best idea?'],
    options: [
      ['吃一颗同学说能“提神”的糖', 'Eat a sweet a classmate says will “perk you up”'],
      ['熬夜多看书，不告诉任何人', 'Stay up late studying and tell no one'],
      ['偷偷喝好几杯大人的咖啡和功能饮料来提神', 'Secretly drink several cups of the adults’ coffee and energy drinks to keep going'],
      ['和爸爸妈妈说说心里话，早点休息', 'Talk to your parents about how you feel, and get to bed early', true],
    ],
    explanation: [
      '紧张是正常的。说出来、深呼吸、运动、好好睡觉，都能帮你放松。不要吃别人说能“提神”“解压”的东西。',
      'Feeling nervous is normal. Talking about it, deep breathing, exercise and a good night’s sleep all help you relax. Don’t take anything that someone says will “perk you up” or “take the stress away”.',
    ],
  }),
  single({
    key: 'scene-014',
    group: 'after-saying-no',
    bands: ['primary_lower', 'primary'],
    topics: ['refusal_skills'],
    difficulty: 2,
    stem: [
      '你已经说了“不要”，可是对方还在劝你：“就一点点，没事的。”接下来最好怎么做？',
      'You’ve already said “No”, but the other person keeps on: “Just a little, it’s fine.” What is the best next step?',
    ],
    options: [
      ['继续站着和他讲道理，直到他同意', 'Stay and argue until he agrees with you'],
      ['再说一次“不要”，然后走开去找大人', 'Say “No” once more, then walk away and find an adult', true],
      ['为了不让他生气，就接过来拿着', 'Take it and hold it so he doesn’t get angry'],
      ['假装接受，等他走了以后再偷偷扔进垃圾桶', 'Pretend to accept, then throw it in the bin once he has gone'],
    ],
    explanation: [
      '说“不”以后不用一直解释。如果对方还在劝，就再说一次，然后离开，去找信任的大人。',
      'After saying no you don’t need to keep explaining. If they keep pushing, say it again, then leave and find a trusted adult.',
    ],
  }),
  judge({
    key: 'scene-015',
    bands: ['primary_lower', 'primary'],
    topics: ['drug_basics'],
    difficulty: 1,
    stem: [
      '生病时，按照医生的要求、由家长给你吃药，这是正确使用药品。',
      'When you’re ill, taking medicine that your parents give you as the doctor said is the right way to use medicine.',
    ],
    answer: true,
    explanation: [
      '药品能治病，但要在医生指导下使用。家长按照医生说的给你吃药，是安全的做法。',
      'Medicines treat illness, but they should be used as a doctor advises. Taking medicine from your parents as the doctor said is the safe way.',
    ],
  }),
  single({
    key: 'scene-016',
    bands: ['primary'],
    topics: ['disguised_drugs', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '表哥拿出一个像彩色笔一样的小东西，说：“这是新款电子烟，吸一口很香。”你可以怎么做？',
      'Your older cousin shows you a small thing that looks like a colour pen and says, “It’s a new kind of vape. One puff tastes great.” What could you do?',
    ],
    options: [
      ['吸一小口，闻闻是什么味道', 'Take a tiny puff to see what it smells like'],
      ['拿过来看看，研究一下是怎么用的', 'Take it and look at how it works'],
      ['让他先吸给你看，你再决定自己要不要试一口', 'Ask him to show you first, then decide whether to try a puff yourself'],
      ['说“我不吸”，走开，并告诉爸爸妈妈', 'Say “I don’t vape”, walk away and tell your parents', true],
    ],
    explanation: [
      '电子烟对儿童和青少年的身体有害。有的电子烟里还偷偷加了毒品，看外表分不出来。说“不”，走开，告诉家长。',
      'Vapes harm children’s and teenagers’ bodies. Some vapes even have drugs secretly added, and you can’t tell by looking. Say no, walk away and tell your parents.',
    ],
  }),
  multiple({
    key: 'scene-017',
    group: 'refusal-phrases',
    bands: ['primary_lower', 'primary'],
    topics: ['refusal_skills'],
    difficulty: 2,
    stem: [
      '有人让你尝一种你不认识的东西。下面哪些是拒绝时可以说的话？（多选）',
      'Someone wants you to try something you don’t recognise. Which of these could you say to turn it down? (Choose all that apply)',
    ],
    options: [
      ['“不要，谢谢。我只吃爸妈给的东西。”', '“No, thanks. I only eat things my parents give me.”', true],
      ['“我要先问问我妈妈。”', '“I need to ask my mum first.”', true],
      ['“你先给我，我等会儿吃。”', '“Give it to me and I’ll have it later.”'],
      ['“不了，我们去玩别的吧！”', '“No, let’s go and play something else!”', true],
    ],
    explanation: [
      '拒绝的话可以简单、坚定：说“不”、说要问家长、提议做别的事，都可以。“等会儿吃”其实是把东西收下了。',
      'A refusal can be short and firm: saying no, saying you need to ask a parent, or suggesting something else all work. “I’ll have it later” actually means taking it.',
    ],
  }),
  single({
    key: 'scene-018',
    group: 'tell-another-adult',
    bands: ['primary_lower', 'primary'],
    topics: ['help_support'],
    difficulty: 2,
    stem: [
      '你告诉了一位大人有人给你奇怪的东西，可是他说“没事，别想太多”。你还担心，怎么办？',
      'You told an adult that someone gave you something strange, but they said, “It’s nothing, don’t worry.” You’re still worried. What now?',
    ],
    options: [
      ['再去告诉另一位信任的大人，比如老师', 'Tell another trusted adult, such as a teacher', true],
      ['以后遇到这种事都不再告诉大人', 'Never tell adults about things like this again'],
      ['自己去找那个人，当面问清楚给你的是什么东西', 'Go and find that person yourself and ask what it really was'],
      ['把这件事忘掉，就当没有发生过', 'Forget about it and act as if it never happened'],
    ],
    explanation: [
      '如果第一个大人没有帮上忙，就继续告诉另一个信任的大人，直到有人认真帮助你。你的担心很重要。',
      'If the first adult doesn’t help, keep telling another trusted adult until someone takes you seriously. Your worries matter.',
    ],
  }),
  judge({
    key: 'scene-019',
    group: 'scary-secret',
    bands: ['primary_lower', 'primary'],
    topics: ['refusal_skills', 'help_support'],
    difficulty: 1,
    stem: [
      '如果有人说“这是我们俩的秘密，不能告诉大人”，你就一定要保守这个秘密。',
      'If someone says, “This is our secret, don’t tell any grown-ups,” you must always keep the secret.',
    ],
    answer: false,
    explanation: [
      '让你不安、让你瞒着家长的“秘密”，要告诉信任的大人。这不是告状，是保护自己和朋友。',
      'A “secret” that makes you uneasy or keeps something from your parents should be told to a trusted adult. That isn’t telling tales: it keeps you and your friends safe.',
    ],
  }),
  single({
    key: 'scene-020',
    group: 'drink-out-of-sight',
    bands: ['primary'],
    topics: ['spiked_drinks'],
    difficulty: 2,
    stem: [
      '在生日会上，你的果汁放在桌上，你去洗手间回来了。最安全的做法是什么？',
      'At a birthday party you left your juice on the table while you went to the toilet. What is the safest thing to do now?',
    ],
    options: [
      ['仔细看一看，颜色没有变化就接着喝', 'Look carefully, and keep drinking if the colour hasn’t changed'],
      ['闻一闻没有怪味，就接着喝', 'Smell it, and keep drinking if it smells normal'],
      ['不喝了，请大人帮你重新倒一杯', 'Leave it and ask an adult to pour you a fresh one', true],
      ['请旁边的小朋友先帮你尝一口', 'Ask the child next to you to taste it first'],
    ],
    explanation: [
      '离开过视线的饮料，别人可能动过，而且加进去的东西常常看不出、闻不出。不喝了，重新倒一杯就好。',
      'Someone may have touched a drink that was out of your sight, and things added to drinks often can’t be seen or smelled. Just leave it and get a fresh one.',
    ],
  }),
  single({
    key: 'scene-021',
    group: 'friend-secret-sweets',
    bands: ['primary_lower', 'primary'],
    topics: ['help_support', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '你的好朋友说，有个人总给他送零食，还让他别告诉家里人。你可以对朋友说什么？',
      'Your best friend says someone keeps giving him snacks and told him not to tell his family. What could you say to your friend?',
    ],
    options: [
      ['“真羡慕你，下次也带我一份。”', '“Lucky you! Get some for me next time.”'],
      ['“这不对劲，我陪你一起去告诉老师吧。”', '“That doesn’t feel right. I’ll come with you to tell a teacher.”', true],
      ['“那你就听他的别告诉家里人，我也替你保密。”', '“Then do as he says and don’t tell your family. I’ll keep it secret too.”'],
      ['“你去问问他，为什么只给你一个人。”', '“Go and ask him why he only gives them to you.”'],
    ],
    explanation: [
      '让孩子瞒着家人的“好意”是危险信号。陪朋友一起告诉信任的大人，是帮助朋友最好的办法。',
      'Kindness that comes with “don’t tell your family” is a warning sign. Going with your friend to tell a trusted adult is the best way to help.',
    ],
  }),
  judge({
    key: 'scene-022',
    group: 'peer-norms',
    bands: ['primary'],
    topics: ['drug_basics'],
    difficulty: 1,
    stem: [
      '班里有同学说“大孩子们都吸过毒品”。其实，大多数青少年并不吸毒。',
      'A classmate says, “All the big kids have tried drugs.” In fact, most teenagers do not use drugs.',
    ],
    answer: true,
    explanation: [
      '“大家都这样”不是真的。大多数青少年都远离毒品。你不用为了和别人一样去尝试。',
      '“Everyone does it” isn’t true. Most teenagers stay away from drugs. You don’t need to try anything to fit in.',
    ],
  }),
  single({
    key: 'scene-023',
    bands: ['primary_lower', 'primary'],
    topics: ['drug_basics', 'help_support'],
    difficulty: 2,
    stem: [
      '你在家里的抽屉里看到一些不认识的药片。最好的做法是什么？',
      'You find some tablets you don’t recognise in a drawer at home. What is the best thing to do?',
    ],
    options: [
      ['尝一片，看看是不是糖', 'Try one to see if it’s a sweet'],
      ['拿到学校问同学这是什么', 'Take them to school and ask classmates what they are'],
      ['偷偷扔进马桶冲走', 'Secretly flush them down the toilet'],
      ['不碰它，告诉爸爸妈妈', 'Leave them alone and tell your parents', true],
    ],
    explanation: [
      '不认识的药片不能吃、不能带出去。告诉爸爸妈妈，让他们处理。药品要放在小孩拿不到的地方。',
      'Don’t eat unknown tablets or take them anywhere. Tell your parents and let them deal with it. Medicines should be kept out of children’s reach.',
    ],
  }),
  single({
    key: 'scene-024',
    bands: ['primary'],
    topics: ['refusal_skills'],
    difficulty: 3,
    stem: [
      '几个同学一起起哄：“不敢尝就是胆小鬼！”哪种想法能帮你做出安全的选择？',
      'A group of classmates chant, “If you won’t try it, you’re a scaredy-cat!” Which thought helps you make a safe choice?',
    ],
    options: [
      ['“他们人多，我只能听他们的。”', '“There are more of them, so I have to go along.”'],
      ['“尝一次不会怎样，以后再拒绝就行。”', '“Once won’t hurt. I can say no next time.”'],
      ['“保护自己才是勇敢，我可以走开。”', '“Looking after myself is brave. I can walk away.”', true],
      ['“如果不尝，明天就没有人跟我玩了。”', '“If I don’t try it, nobody will play with me tomorrow.”'],
    ],
    explanation: [
      '别人起哄时，会让人觉得只能听从。记住：拒绝不安全的东西才是真正的勇敢。你可以走开，去找大人或其他朋友。',
      'When others chant at you, it can feel as if you have no choice. Remember: saying no to something unsafe is real bravery. You can walk away and go to an adult or other friends.',
    ],
  }),
  multiple({
    key: 'scene-025',
    group: 'poppy-cultivation',
    bands: ['primary', 'junior'],
    topics: ['precursors_plants'],
    difficulty: 2,
    stem: [
      '邻居说“种几棵罂粟当花看，没关系”。下面哪些说法是对的？（多选）',
      'A neighbour says, “Growing a few opium poppies as flowers is fine.” Which of these statements are right? (Choose all that apply)',
    ],
    options: [
      ['个人种罂粟是违法的，种得少也不行', 'It is against the law for individuals to grow opium poppy, even a few', true],
      ['只要不卖出去，种多少都可以', 'You can grow as many as you like if you don’t sell them'],
      ['发现有人种罂粟，可以告诉家长或报警', 'If you find someone growing poppies, you can tell your parents or the police', true],
      ['种来当观赏花，就不算违法', 'Growing them as garden flowers doesn’t count as breaking the law'],
    ],
    explanation: [
      '法律规定，不管出于什么目的，个人都不能种罂粟。种的数量多，还可能构成犯罪。看到了，告诉家长或报警。',
      'The law says individuals may not grow opium poppy for any purpose. Growing many can even be a crime. If you see it, tell your parents or the police.',
    ],
  }),
  single({
    key: 'scene-026',
    bands: ['primary'],
    topics: ['refusal_skills', 'help_support'],
    difficulty: 2,
    stem: [
      '一个高年级同学给你十块钱，让你把一个封好的小袋子交给校门口的一个人，还说“别打开，也别问”。你怎么做？',
      'An older student offers you ten yuan to hand a sealed little bag to someone at the school gate, and says, “Don’t open it and don’t ask.” What do you do?',
    ],
    options: [
      ['收下钱帮忙送过去，反正不用打开，也不算做坏事', 'Take the money and deliver it; you don’t have to open it, so it isn’t wrong'],
      ['不帮忙，也不收钱，告诉老师或家长', 'Don’t do it or take the money, and tell a teacher or parent', true],
      ['偷偷打开看一看，没问题再送过去', 'Peek inside, and deliver it if it looks fine'],
      ['让别的同学去送，自己在旁边看着', 'Get another classmate to deliver it while you watch'],
    ],
    explanation: [
      '“别打开、别问”的东西，很可能有问题。不替别人带、送来历不明的东西，也不收这样的钱，把事情告诉信任的大人。',
      'Something you are told not to open or ask about may well be trouble. Don’t carry or pass on unknown things for other people, don’t take money for it, and tell a trusted adult.',
    ],
  }),
  judge({
    key: 'scene-027',
    bands: ['primary_lower', 'primary'],
    topics: ['spiked_drinks', 'refusal_skills'],
    difficulty: 1,
    stem: [
      '出去玩的时候，只喝自己带的水或家长给你买的饮料，是保护自己的好习惯。',
      'When you’re out, drinking only the water you brought or drinks your parents bought for you is a good habit for staying safe.',
    ],
    answer: true,
    explanation: [
      '自己带的水、家长买的饮料，你知道它从哪里来。不明的饮料不喝，是保护自己的好办法。',
      'You know where your own water and drinks from your parents came from. Not drinking unknown drinks is a good way to stay safe.',
    ],
  }),
  single({
    key: 'scene-028',
    bands: ['primary'],
    topics: ['drug_basics', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '动画片里有个角色吃了一颗“神奇药丸”，马上变得力气很大。你的小表弟也想要这样的药丸。你可以怎么跟他说？',
      'In a cartoon, a character swallows a “magic pill” and suddenly becomes super strong. Your little cousin wants a pill like that. What could you tell him?',
    ],
    options: [
      ['“真的有，去药店就能买到。”', '“They’re real. You can buy them at the chemist.”'],
      ['“你去找大孩子要，他们可能有。”', '“Ask the big kids, they might have some.”'],
      ['“小孩吃一颗没关系，只要别一次吃很多就行。”', '“One is fine for kids, as long as you don’t eat lots at once.”'],
      ['“那是编的。不认识的药丸不能吃。”', '“That’s made up. Never eat pills you don’t know.”', true],
    ],
    explanation: [
      '动画片里的“神奇药丸”是编出来的。现实中，不认识的药丸可能伤害身体。只吃医生和家长给的药。',
      'Cartoon “magic pills” are made up. In real life, pills you don’t know can harm your body. Only take medicine from a doctor or your parents.',
    ],
  }),
  single({
    key: 'scene-029',
    bands: ['primary'],
    topics: ['help_support'],
    difficulty: 2,
    stem: [
      '你担心一个家人身体不好，好像在吃奇怪的东西，心里很难过。你可以怎么做？',
      'You’re worried that someone in your family seems unwell and may be taking something strange, and you feel sad. What could you do?',
    ],
    options: [
      ['把难过藏在心里，谁也不说', 'Keep the sadness inside and tell no one'],
      ['觉得一定是自己不够乖，才让家人变成这样', 'Decide it must be your fault for not being good enough'],
      ['告诉另一位信任的大人，比如老师', 'Tell another trusted adult, such as a teacher', true],
      ['在班里告诉所有同学这件事', 'Tell the whole class about it'],
    ],
    explanation: [
      '家人的问题不是你的错。把担心告诉一位信任的大人，比如另一位家人或老师，他们能帮你，也能帮助你的家人。',
      'A family member’s problems are not your fault. Tell a trusted adult, such as another relative or a teacher; they can help you and your family.',
    ],
  }),
  judge({
    key: 'scene-030',
    bands: ['primary'],
    topics: ['refusal_skills'],
    difficulty: 2,
    stem: [
      '拒绝了别人以后，去做自己喜欢的事，比如打球、画画，可以帮你离开让你不舒服的场面。',
      'After you say no, going off to do something you enjoy, like playing ball or drawing, can help you leave a situation that makes you uncomfortable.',
    ],
    answer: true,
    explanation: [
      '说“不”以后，马上转身去做别的事，是一种很好的拒绝办法，也能让你心情变好。',
      'Turning straight to something else after saying no is a good way to refuse, and it can also cheer you up.',
    ],
  }),
  single({
    key: 'scene-031',
    group: 'spot-the-warning',
    bands: ['primary_lower', 'primary'],
    topics: ['disguised_drugs'],
    difficulty: 3,
    stem: ['下面哪种情况最需要你提高警惕、告诉大人？', 'Which of these situations most calls for you to be careful and tell an adult?'],
    options: [
      ['妈妈在超市买了一包你喜欢的饼干', 'Your mum buys your favourite biscuits at the supermarket'],
      ['老师在班会上给大家分水果', 'Your teacher shares fruit with the class at a class meeting'],
      ['奶奶把自己在家做的点心装进你的饭盒，让你带去学校', 'Grandma puts snacks she made at home into your lunch box for you to take to school'],
      ['有人送你没有字的糖，还说“别让大人知道”', 'Someone gives you sweets with no writing on them and says “Don’t let adults know”', true],
    ],
    explanation: [
      '没有标签、来历不明，还要你瞒着大人，这几个信号放在一起，就要提高警惕：不吃，并告诉信任的大人。',
      'No label, unknown origin and being told to hide it from adults: together these are warning signs. Don’t eat it, and tell a trusted adult.',
    ],
  }),
  multiple({
    key: 'scene-032',
    bands: ['primary'],
    topics: ['help_support', 'refusal_skills'],
    difficulty: 2,
    stem: ['心情不好、压力大的时候，哪些做法能真正帮到你？（多选）', 'When you feel down or stressed, which of these really help? (Choose all that apply)'],
    options: [
      ['和家人或好朋友聊一聊', 'Talk with your family or a good friend', true],
      ['出去跑一跑、跳一跳', 'Go outside and run or jump around', true],
      ['吃别人给的“开心糖”', 'Eat a “happy sweet” someone gives you'],
      ['画画、听音乐、好好睡一觉', 'Draw, listen to music, or get a good night’s sleep', true],
    ],
    explanation: [
      '聊天、运动、画画、听音乐、睡好觉，都是让心情变好的好办法。别人说能让你“开心”的不明东西，不能吃。',
      'Talking, exercise, drawing, music and good sleep are all good ways to feel better. Don’t eat anything unknown that someone says will make you “happy”.',
    ],
  }),
  single({
    key: 'scene-033',
    bands: ['primary', 'junior'],
    topics: ['precursors_plants'],
    difficulty: 2,
    stem: [
      '路边有一丛开着红花的植物，茎和叶上长满细毛，摸起来毛茸茸的，叶子像羽毛一样分开。它更可能是什么？你该怎么做？',
      'By the road there is a clump of red-flowered plants. The stems and leaves are covered in fine hairs and feel fuzzy, and the leaves are split like feathers. What is it more likely to be, and what should you do?',
    ],
    options: [
      ['一定是罂粟，马上拔几棵带回家给大人看', 'It must be opium poppy; pull some up and take them home to show an adult'],
      ['茎叶有毛就是罂粟，要赶紧摘掉它的果子', 'Hairy stems mean opium poppy, so quickly pick off the seed pods'],
      ['更像虞美人；分不清也不摘，请大人辨认', 'Likely corn poppy; still don’t pick it, ask an adult to check', true],
      ['是什么都没关系，摘一朵花回家插在瓶子里', 'It doesn’t matter what it is; pick a flower to put in a vase at home'],
    ],
    explanation: [
      '虞美人的茎叶长满细毛，叶子像羽毛一样分裂；罂粟的茎叶光滑、像蒙着白霜，叶子底部抱着茎。最重要的是：分不清时不摘、不尝，告诉家长或老师。',
      'Corn poppy has hairy stems and leaves and feather-like leaves; opium poppy has smooth, grey-green stems and leaves whose bases wrap around the stem. Most important: if you can’t tell, don’t pick or taste it, and tell a parent or teacher.',
    ],
  }),
  judge({
    key: 'scene-034',
    bands: ['primary', 'junior'],
    topics: ['precursors_plants'],
    difficulty: 1,
    stem: [
      '分不清一株花是罂粟还是虞美人时，可以摘一片叶子尝一尝来分辨。',
      'If you can’t tell whether a plant is opium poppy or corn poppy, you can pick a leaf and taste it to find out.',
    ],
    answer: false,
    explanation: [
      '不认识的植物不摘、不尝。分不清时，告诉家长或老师，请村委会、社区或派出所的工作人员来辨认。',
      'Don’t pick or taste plants you don’t know. If you can’t tell, tell a parent or teacher and ask staff from the village committee, the community or the police station to identify it.',
    ],
  }),
  single({
    key: 'scene-035',
    bands: ['primary', 'junior'],
    topics: ['precursors_plants', 'help_support'],
    difficulty: 2,
    stem: [
      '爷爷咳嗽好几天了，奶奶说要用家里存的罂粟壳熬水给他喝。你可以怎么说？',
      'Grandpa has had a cough for days, and Grandma says she will boil some poppy pods she has kept at home to make him a drink. What could you say?',
    ],
    options: [
      ['“好呀，我帮奶奶一起熬，爷爷就能好得快一点。”', '“OK, I’ll help you make it, then Grandpa will get better faster.”'],
      ['“罂粟壳不能治病，还违法，我们带爷爷看医生吧。”', '“Poppy pods don’t cure coughs and they’re illegal. Let’s take Grandpa to a doctor.”', true],
      ['“只熬一点点就没关系，只要别一次熬太多就行。”', '“A little is fine, as long as you don’t boil too much at once.”'],
      ['“我去邻居家再借一些罂粟壳来，让爷爷多喝几次。”', '“I’ll borrow more poppy pods from the neighbours so Grandpa can have it more often.”'],
    ],
    explanation: [
      '罂粟壳是国家管制的麻醉药品，家里不能私自留着用来治病或做调料，它还会伤害身体。咳嗽要去看医生，按医生的要求用药。可以温和地把这些告诉家人。',
      'Poppy pods are a controlled narcotic: families must not keep them to treat illness or to season food, and they harm the body. A cough needs a doctor and medicine as the doctor advises. You can gently explain this to your family.',
    ],
  }),
];
