import { judge, multiple, single } from './scenario-builders.js';
import type { SeedQuestion } from './index.js';

/**
 * Vocational scenarios: the same refusal, vape, drink-spiking and courier skills as the other bands, set where
 * vocational students meet them (dorms, part-time jobs, placements, night shifts, logistics and lab work), plus
 * workplace compliance with precursor chemicals and drug plants.
 */
export const vocationalScenarioQuestions: SeedQuestion[] = [
  single({
    key: 'scene-301',
    bands: ['vocational'],
    topics: ['refusal_skills', 'health_harm'],
    difficulty: 2,
    stem: [
      '你在工厂实习上夜班，一位老员工递给你几粒药片：“吃了整晚不困，大家都靠这个。”你怎么做？',
      'You’re on a night shift at a factory placement, and an experienced worker hands you a few pills: “These keep you awake all night. Everyone relies on them.” What do you do?',
    ],
    options: [
      ['收下，老员工上了这么多年夜班，经验一般不会错', 'Take them: a worker who has done night shifts for years usually knows what works'],
      ['先吃一粒试试，不舒服就不吃了', 'Try one, and stop if you feel bad'],
      ['“谢谢，我不吃来历不明的药。”困了按规定休息', '“Thanks, I don’t take unknown pills.” Take the permitted break if tired', true],
      ['买一些备着，考证时也能用', 'Buy some to keep for your certificate exams too'],
    ],
    explanation: [
      '号称“整晚不困”的药片可能是冰毒等兴奋剂类毒品。客气而坚定地拒绝；疲劳是安全隐患，应按规定休息或向管理人员反映排班问题。',
      'Pills that “keep you awake all night” may be stimulant drugs such as methamphetamine. Refuse politely but firmly. Tiredness is a safety risk: take the permitted breaks or raise the shift pattern with a supervisor.',
    ],
  }),
  single({
    key: 'scene-302',
    bands: ['vocational'],
    topics: ['law', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '你在快递站做兼职，一个熟客让你帮他“用你的名字寄一个包裹”，说多给你两百元，里面是什么“不用管”。你应该怎么做？',
      'You work part-time at a parcel station. A regular customer asks you to “send a parcel in your name” for an extra 200 yuan, and says you “don’t need to worry” about what’s inside. What should you do?',
    ],
    options: [
      ['既然是熟客，就帮这个忙', 'He’s a regular, so do him the favour'],
      ['收下钱，但在单子上写他的电话', 'Take the money but write his phone number on the form'],
      ['先答应，寄完再告诉站长', 'Agree, and tell the station manager after it’s sent'],
      ['拒绝，按规定验视，并报告站长', 'Refuse, follow the inspection rules and tell the manager', true],
    ],
    explanation: [
      '用自己的名义替别人寄来历不明的包裹，还收“好处费”，可能被卷入运输毒品或易制毒化学品。拒绝，按寄递规定验视，报告主管，由单位按规定报告。',
      'Sending an unknown parcel in your own name for someone else, and taking a “tip” for it, could drag you into transporting drugs or precursor chemicals. Refuse, follow the inspection rules, and report it to your supervisor so the company can report as required.',
    ],
  }),
  single({
    key: 'scene-303',
    bands: ['vocational'],
    topics: ['spiked_drinks'],
    difficulty: 2,
    stem: [
      '你在酒吧做兼职服务员，看到一位客人趁朋友去洗手间，往朋友的杯子里倒了点什么。你最该怎么做？',
      'You work part-time as a waiter in a bar and see a customer pour something into a friend’s glass while the friend is in the toilet. What should you do?',
    ],
    options: [
      ['不关自己的事，继续工作', 'It’s none of your business; carry on working'],
      ['马上告诉主管或保安，别让那杯饮料被喝下', 'Tell a supervisor or security at once so the drink isn’t drunk', true],
      ['当面质问那位客人，让他解释', 'Confront the customer and demand an explanation'],
      ['等那位朋友回来后，悄悄提醒他今晚少喝点酒', 'When the friend comes back, quietly suggest they drink a bit less tonight'],
    ],
    explanation: [
      '往别人饮料里偷偷加东西可能是下药，是严重的违法行为。及时告诉主管或保安，不让那杯饮料被喝下，怀疑下药时拨打110。不要独自和对方冲突。',
      'Secretly adding something to another person’s drink may be spiking, which is a serious offence. Tell your supervisor or security straight away, make sure the drink isn’t drunk, and call 110 if you suspect spiking. Don’t confront the person alone.',
    ],
  }),
  single({
    key: 'scene-304',
    bands: ['vocational'],
    topics: ['precursors_plants', 'law'],
    difficulty: 3,
    stem: [
      '你在化工企业仓库实习，一位外面的人想用现金买一桶丙酮，说“不用开票，也别登记”。你应该怎么做？',
      'On a placement in a chemical company’s warehouse, an outsider wants to buy a drum of acetone for cash and says, “No receipt, and don’t record it.” What should you do?',
    ],
    options: [
      ['不卖，立即报告主管，由单位按规定处理', 'Don’t sell it; report it to your supervisor at once', true],
      ['丙酮很常见，卖一桶没关系', 'Acetone is common; selling one drum is fine'],
      ['可以卖，但要多收一点钱', 'Sell it, but charge extra'],
      ['让他改天再来，换个不认识他的同事接待', 'Tell him to come back another day and deal with a colleague who doesn’t know him'],
    ],
    explanation: [
      '丙酮属于易制毒化学品，购买、销售都要按规定办理手续、如实记录。坚持现金、不开票、不登记，都是危险信号。不卖，报告主管。',
      'Acetone is a controlled precursor chemical: buying and selling it must follow procedures and be recorded accurately. Insisting on cash, no receipt and no records are warning signs. Don’t sell it; report to your supervisor.',
    ],
  }),
  multiple({
    key: 'scene-305',
    bands: ['vocational'],
    topics: ['precursors_plants'],
    difficulty: 2,
    stem: [
      '你在物流公司实习，发现一个包裹的申报品名是“洗衣液”，但包装上有化学品标签，收货地址是一片空地。哪些做法正确？（多选）',
      'On a placement at a logistics company, you notice a parcel declared as “laundry liquid”, but the packaging carries a chemical label and the delivery address is an empty lot. Which actions are right? (Choose all that apply)',
    ],
    options: [
      ['不私自打开包裹', 'Don’t open the parcel yourself', true],
      ['立即报告主管，由单位按规定报告', 'Report to your supervisor at once so the company can report as required', true],
      ['改一下标签，让它顺利发出去', 'Change the label so it goes through smoothly'],
      ['记下单号和你看到的异常情况', 'Note the tracking number and what looked wrong', true],
    ],
    explanation: [
      '包装和申报品名不符、收货地址异常，都是危险信号。不私自打开，记录情况，立即报告主管。改标签是违规行为。',
      'Packaging that doesn’t match the declared product and an unusual address are warning signs. Don’t open it, note what you saw and report to your supervisor at once. Changing labels breaks the rules.',
    ],
  }),
  single({
    key: 'scene-306',
    bands: ['vocational'],
    topics: ['disguised_drugs', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '宿舍里，室友拿出一支新电子烟：“这个加了料，吸一口能飘好久。”其他人都在起哄。你怎么做？',
      'In the dorm, a roommate pulls out a new vape: “This one’s got something extra, one puff and you float for ages.” The others are egging you on. What do you do?',
    ],
    options: [
      ['吸一口，不然以后在宿舍不好相处', 'Take a puff, or dorm life will get awkward'],
      ['让室友先吸几口，观察一下他的反应再决定', 'Let the roommate have a few puffs first, watch how he reacts, then decide'],
      ['说“我不碰这个”，离开并告诉辅导员', 'Say “I don’t touch that”, leave and tell your counsellor', true],
      ['偷偷拍下来发到网上曝光', 'Secretly film it and post it online'],
    ],
    explanation: [
      '“加了料”“能飘”的电子烟很可能是spiked vapes，含有合成大麻素等毒品。拒绝、离开、告诉老师。不必为了合群冒险。',
      'A vape with “something extra” that makes you “float” is very likely a spiked vape containing drugs such as synthetic cannabinoids. Refuse, leave and tell a teacher. You don’t need to take risks to fit in.',
    ],
  }),
  judge({
    key: 'scene-307',
    bands: ['vocational'],
    topics: ['refusal_skills', 'drug_basics'],
    difficulty: 2,
    stem: [
      '在工作场合拒绝同事递来的毒品，会影响自己的前途，所以最好先接下来。',
      'Turning down drugs from a colleague at work will hurt your career, so it’s better to accept them.',
    ],
    answer: false,
    explanation: [
      '真正影响前途的是接触毒品：会损害健康，还可能带来违法记录。你可以礼貌地拒绝，必要时向主管或人事部门反映。',
      'What really harms your future is getting involved with drugs: it damages your health and may leave you with a record. You can refuse politely and, if needed, raise it with your supervisor or HR.',
    ],
  }),
  single({
    key: 'scene-308',
    group: 'unconscious-friend',
    bands: ['vocational'],
    topics: ['spiked_drinks', 'help_support'],
    difficulty: 2,
    stem: [
      '公司聚餐后，一位同事喝得不多，却突然站不稳、说话含糊，一个刚认识的人说要“送她回家”。你怎么做？',
      'After a company dinner, a colleague who didn’t drink much is suddenly unsteady and slurring, and someone she has only just met offers to “take her home”. What do you do?',
    ],
    options: [
      ['让那个主动帮忙的人送她回家，自己也早点回去', 'Let the person who offered to help take her home, and head home yourself'],
      ['陪着她，联系可信的人，严重时拨打120', 'Stay with her, contact someone she trusts, call 120 if serious', true],
      ['让她喝点浓茶醒醒酒', 'Give her strong tea to sober up'],
      ['帮她叫辆车，让她自己回去', 'Call her a car and send her home alone'],
    ],
    explanation: [
      '症状和喝下的量明显不符，要警惕被下药。不要让她和陌生人或刚认识的人单独离开。陪着她，联系可信的人，紧急时拨打120，怀疑下药拨打110。',
      'Symptoms out of proportion to what she drank may mean spiking. Don’t let her leave alone with a stranger or someone she just met. Stay with her, contact someone trustworthy, call 120 in an emergency and 110 if you suspect spiking.',
    ],
  }),
  single({
    key: 'scene-309',
    bands: ['vocational'],
    topics: ['law', 'refusal_skills'],
    difficulty: 3,
    stem: [
      '网上招聘“日结司机”：只需开车把几个密封箱子从一个城市送到另一个城市，报酬是平时的好几倍，还要求“不走高速、别开箱”。你怎么判断？',
      'An online ad hires “day-rate drivers”: just drive a few sealed boxes to another city for several times the usual pay, but “avoid the motorway and don’t open the boxes”. How do you judge it?',
    ],
    options: [
      ['报酬高说明是急单，可以接', 'High pay just means it’s urgent; take it'],
      ['只要不开箱，出了事也与自己无关', 'If you never open the boxes, nothing that happens is your fault'],
      ['先接一单试试，看看有没有问题', 'Do one job to see if there’s a problem'],
      ['这是运毒的典型信号，不接', 'These are typical signs of drug running; turn it down', true],
    ],
    explanation: [
      '用高薪吸引人、要求避开检查、不让查看货物，是利用司机运毒的典型手法。运输毒品无论数量多少都是犯罪。不接，保存信息，必要时拨打110。',
      'Luring people with high pay, avoiding checks and forbidding a look at the goods are typical of using drivers to move drugs. Transporting drugs is a crime whatever the amount. Turn it down, keep the details and call 110 if needed.',
    ],
  }),
  multiple({
    key: 'scene-310',
    group: 'courier-ad',
    bands: ['vocational'],
    topics: ['law', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '找兼职时，哪些情况要警惕被利用“带货”或运毒？（多选）',
      'When looking for part-time work, which situations should make you wary of being used to “carry goods” or move drugs? (Choose all that apply)',
    ],
    options: [
      ['要用你的身份证收寄包裹', 'They want parcels sent or received using your ID', true],
      ['工作轻松但报酬高得离谱', 'The work is easy but the pay is absurdly high', true],
      ['有正规劳动合同和明确的工作地点', 'There is a proper contract and a clear workplace'],
      ['对方只用聊天软件联系，不肯见面', 'They only contact you through chat apps and won’t meet', true],
    ],
    explanation: [
      '借用身份、报酬异常、只在网上联系，都是危险信号。正规工作有劳动合同和明确的工作地点。遇到可疑招聘，告诉老师或家长，必要时报警。',
      'Using your ID, unusual pay and online-only contact are warning signs. Proper jobs come with a contract and a clear workplace. If a job ad seems suspicious, tell a teacher or parent, and call the police if needed.',
    ],
  }),
  single({
    key: 'scene-311',
    group: 'poppy-cultivation',
    bands: ['vocational'],
    topics: ['precursors_plants', 'law'],
    difficulty: 2,
    stem: [
      '你在农业合作社实习，一位村民在院子后面种了几棵罂粟，说“自己家做调料用，不卖”。哪种说法正确？',
      'On a placement at a farming co-operative, a villager has a few opium poppies behind his house and says, “They’re only for seasoning at home, I don’t sell them.” Which statement is correct?',
    ],
    options: [
      ['自己家用、不卖，就不违法', 'It’s legal if it’s for home use and not for sale'],
      ['只要不到五百株就可以种', 'Growing fewer than 500 plants is allowed'],
      ['个人不能种罂粟，应报告村委会或公安机关', 'Individuals may not grow opium poppy; report it to the village committee or police', true],
      ['罂粟壳做调料是当地的传统做法，自己家用可以保留', 'Using poppy pods as seasoning is a local tradition, so keeping a few for home cooking is fine'],
    ],
    explanation: [
      '《禁毒法》禁止非法种植罂粟；非法种植的一律强制铲除；种植罂粟五百株以上等情形，还构成《刑法》第三百五十一条规定的犯罪。种得少，也要受到治安管理处罚。往食品里加罂粟壳也是违法的。',
      'The Anti-Drug Law prohibits growing opium poppy illegally; illegally grown plants are always eradicated; growing 500 or more opium poppies, among other cases, is a crime under Article 351 of the Criminal Law, and smaller cases are still punished. Adding poppy pods to food is also illegal.',
    ],
  }),
  judge({
    key: 'scene-312',
    bands: ['vocational', 'senior'],
    topics: ['precursors_plants', 'law'],
    difficulty: 2,
    stem: [
      '种了罂粟的人，如果在收获前主动铲除，可以免除处罚。',
      'Someone who grew opium poppies can be exempted from punishment if they uproot them of their own accord before harvest.',
    ],
    answer: true,
    explanation: [
      '《刑法》第三百五十一条规定，非法种植毒品原植物，在收获前自动铲除的，可以免除处罚。发现家里或地里种了罂粟，最好的做法是尽早铲除并报告。',
      'Article 351 of the Criminal Law says someone who illegally grew drug plants may be exempted from punishment if they uproot them of their own accord before harvest. If poppies are growing at home or on your land, the best course is to remove them early and report it.',
    ],
  }),
  single({
    key: 'scene-313',
    bands: ['vocational'],
    topics: ['precursors_plants'],
    difficulty: 2,
    stem: [
      '你在学校实验室做助理，同学想“借”一瓶盐酸回家用，说“反正很常见”。你应该怎么做？',
      'You’re a lab assistant at school, and a classmate wants to “borrow” a bottle of hydrochloric acid to take home, saying “it’s common anyway”. What should you do?',
    ],
    options: [
      ['借给他，用完还回来就行', 'Lend it, as long as he brings it back'],
      ['偷偷倒一小瓶给他，不用记录', 'Quietly pour him a small bottle without recording it'],
      ['让他自己去柜子里拿', 'Let him take it from the cupboard himself'],
      ['不借，并告诉实验室老师', 'Don’t lend it, and tell the lab teacher', true],
    ],
    explanation: [
      '盐酸属于管制的易制毒化学品。领用、使用要按制度办理、如实登记，不能私自带出实验室。',
      'Hydrochloric acid is a controlled precursor chemical. Issuing and using it must follow the rules and be recorded accurately; it must not be taken out of the lab privately.',
    ],
  }),
  single({
    key: 'scene-314',
    bands: ['vocational'],
    topics: ['health_harm', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '实习单位的同事下班后约你去KTV，包间里有人在吸气球里的笑气。你怎么做？',
      'After work, colleagues from your placement invite you to karaoke. In the private room some people are inhaling laughing gas from balloons. What do you do?',
    ],
    options: [
      ['吸一个气球，不然显得不合群', 'Have one balloon, or you’ll seem antisocial'],
      ['不吸，坐一会儿找个理由先走', 'Don’t inhale; make an excuse and leave soon', true],
      ['帮大家打气球，自己不吸就行', 'Fill the balloons for everyone but don’t inhale yourself'],
      ['吸一点点，少吸就不会伤神经', 'Inhale just a little; small amounts don’t harm nerves'],
    ],
    explanation: [
      '笑气会影响维生素B12的作用，反复吸入可能损伤神经。不吸，也不帮别人准备；找个理由离开就好。',
      'Laughing gas interferes with vitamin B12, and repeated use can damage the nerves. Don’t inhale it or help others prepare it; just make an excuse and leave.',
    ],
  }),
  judge({
    key: 'scene-315',
    group: 'ketamine-harm',
    bands: ['vocational'],
    topics: ['health_harm'],
    difficulty: 2,
    stem: ['同事说：“K粉不伤身，只是让人放松。”这种说法是对的。', 'A colleague says, “Ketamine doesn’t hurt your body, it just relaxes you.” This is right.'],
    answer: false,
    explanation: [
      '氯胺酮是管制的精神药品，滥用会让人依赖，长期使用可能造成膀胱损伤，出现尿频、尿痛、血尿，有的难以恢复。',
      'Ketamine is a controlled psychotropic substance. Misuse causes dependence, and long-term use can damage the bladder, causing frequent, painful urination and blood in the urine, sometimes permanently.',
    ],
  }),
  single({
    key: 'scene-316',
    bands: ['vocational'],
    topics: ['help_support'],
    difficulty: 2,
    stem: [
      '你在酒店做客房服务实习，打扫房间时发现桌上有几小包白色粉末和一些奇怪的工具。最合适的做法是什么？',
      'On a hotel housekeeping placement, you find several small bags of white powder and some odd-looking equipment on a table while cleaning a room. What is the most appropriate thing to do?',
    ],
    options: [
      ['把东西扔掉，继续打扫', 'Throw it away and carry on cleaning'],
      ['拍照发到同学群里，问问大家这是什么', 'Take a photo and post it in the class group to ask what it is'],
      ['不碰任何东西，离开并报告主管', 'Touch nothing, leave and report to your supervisor', true],
      ['等客人回来后提醒他注意', 'Wait for the guest to return and have a word'],
    ],
    explanation: [
      '遇到疑似毒品或吸毒工具，不触碰、不清理、不在网上传播，离开现场并立即报告主管，由单位按规定报告公安机关。',
      'If you find what may be drugs or drug equipment, don’t touch, clean up or share it online. Leave and report to your supervisor at once so the hotel can report to the police as required.',
    ],
  }),
  multiple({
    key: 'scene-317',
    bands: ['vocational'],
    topics: ['spiked_drinks', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '你和同学下班后去酒吧放松。哪些做法能保护自己？（多选）',
      'You and classmates go to a bar to unwind after work. Which habits protect you? (Choose all that apply)',
    ],
    options: [
      ['饮料自己点、自己拿，一直在视线里', 'Order and carry your own drink and keep it in sight', true],
      ['结伴去、结伴回，约好互相照应', 'Go and leave together and agree to look out for each other', true],
      ['接受陌生人请的、已经打开的饮料', 'Accept opened drinks bought by strangers'],
      ['感觉突然异常时，马上告诉同伴和工作人员', 'If you suddenly feel strange, tell your friends and the staff at once', true],
    ],
    explanation: [
      '看好饮料、结伴行动、出现异常立即求助，都能降低被下药的风险。别人递来的已经打开的饮料，不要接。',
      'Watching your drink, sticking together and asking for help as soon as something feels wrong all reduce the risk of spiking. Don’t accept opened drinks from others.',
    ],
  }),
  single({
    key: 'scene-318',
    bands: ['vocational'],
    topics: ['health_harm', 'help_support'],
    difficulty: 2,
    stem: [
      '找工作压力大，同宿舍的朋友说：“我有个‘解压’的东西，吸完什么烦恼都没了。”哪种做法最好？',
      'Job hunting is stressful, and a dorm friend says, “I’ve got something for stress. One hit and your worries are gone.” What is the best response?',
    ],
    options: [
      ['试一次，压力太大的时候可以例外', 'Try it once; extreme stress is an exception'],
      ['不试，找老师聊聊压力', 'Don’t; talk to a teacher about the stress', true],
      ['买一点备着，面试前用', 'Buy some to use before interviews'],
      ['让他先用，看效果再说', 'Let him use it first and see how it goes'],
    ],
    explanation: [
      '“解压”“忘掉烦恼”是毒品常见的推销话术。压力可以通过运动、规律作息、和人倾诉来缓解；学校的辅导员、就业指导老师和心理老师都能帮忙。',
      '“Stress relief” and “forget your worries” are common drug sales lines. Stress can be eased by exercise, regular sleep and talking to people; your counsellor, careers teacher and school psychologist can all help.',
    ],
  }),
  single({
    key: 'scene-319',
    group: 'harbouring-room',
    bands: ['vocational'],
    topics: ['law'],
    difficulty: 3,
    stem: [
      '室友想在你们合租的房间里和朋友吸毒，说“你不用吸，只要不说出去就行”。如果你同意提供房间，可能触犯哪一条？',
      'Your flatmate wants to use drugs with friends in the room you share, saying, “You don’t have to take any, just keep quiet.” If you agree to provide the room, which article may you break?',
    ],
    options: [
      ['不违法，只要自己不吸', 'Nothing, as long as you don’t use'],
      ['《刑法》第三百四十八条，非法持有毒品罪', 'Criminal Law Article 348, the crime of illegal possession of drugs'],
      ['《刑法》第三百五十四条，容留他人吸毒罪', 'Criminal Law Article 354, harbouring others to take drugs', true],
      ['只违反宿舍管理规定', 'Only the accommodation rules'],
    ],
    explanation: [
      '为他人吸毒提供场所，构成《刑法》第三百五十四条的容留他人吸毒罪。应当明确拒绝，并告诉辅导员或房东。',
      'Providing a place for others to take drugs is the crime of harbouring others to take drugs under Article 354 of the Criminal Law. Refuse clearly and tell your counsellor or landlord.',
    ],
  }),
  judge({
    key: 'scene-320',
    bands: ['vocational'],
    topics: ['precursors_plants'],
    difficulty: 1,
    stem: [
      '在仓库工作时，客户要求你“改一下标签”或“别登记”，这是需要报告主管的危险信号。',
      'When working in a warehouse, a customer asking you to “change the label” or “skip the records” is a warning sign to report to your supervisor.',
    ],
    answer: true,
    explanation: [
      '要求改标签、不登记、坚持现金交易、用途说不清，都是常见的危险信号。遇到这些情况，立即报告主管。',
      'Asking to change labels, skip records, insisting on cash or being vague about the purpose are common warning signs. If you meet any of them, report to your supervisor at once.',
    ],
  }),
  single({
    key: 'scene-321',
    bands: ['vocational'],
    topics: ['disguised_drugs'],
    difficulty: 2,
    stem: [
      '同事从国外旅游回来，分给大家一种“进口巧克力”，说“里面有点特别成分，吃了很放松”。你怎么做？',
      'A colleague back from a trip abroad hands round “imported chocolate” and says it has “a special ingredient that really relaxes you”. What do you do?',
    ],
    options: [
      ['吃一小块，进口的应该都合格', 'Eat a small piece; imported goods should be fine'],
      ['不吃，提醒大家这可能含大麻', 'Don’t eat it; warn others it may contain cannabis', true],
      ['带回宿舍给室友分享', 'Take some back to share with your roommates'],
      ['查查包装上的外文，没写大麻就能吃', 'Check the foreign text; if it doesn’t say cannabis, eat it'],
    ],
    explanation: [
      '含大麻的巧克力、软糖等在一些国家有售，但大麻在我国是毒品，带进来可能构成犯罪。宣称“吃了放松”的食品要警惕，不吃、不分享。',
      'Cannabis chocolate and gummies are sold in some countries, but cannabis is an illegal drug in China and bringing it in may be a crime. Be wary of food that claims to relax you: don’t eat or share it.',
    ],
  }),
  single({
    key: 'scene-322',
    bands: ['vocational'],
    topics: ['help_support'],
    difficulty: 2,
    stem: [
      '宿舍的朋友最近经常逃课、借钱，你怀疑他在用毒品。哪种做法最有帮助？',
      'A friend in your dorm keeps skipping class and borrowing money, and you suspect he’s using drugs. What helps most?',
    ],
    options: [
      ['在宿舍群里提醒大家别借钱给他', 'Warn everyone in the dorm group chat not to lend him any more money'],
      ['私下说出担心，陪他找辅导员', 'Talk to him privately and go with him to the counsellor', true],
      ['偷偷翻他的东西找证据', 'Secretly search his things for evidence'],
      ['以后躲着他，免得被连累', 'Avoid him from now on so you don’t get dragged in'],
    ],
    explanation: [
      '帮助朋友，要私下、关心地沟通，不指责、不公开，陪他去找辅导员、医生等专业的人。成瘾可以治疗，主动求助会得到支持。',
      'To help a friend, talk privately and with care, without blame or publicity, and go with him to the counsellor, a doctor or other professionals. Addiction is treatable, and people who seek help are supported.',
    ],
  }),
  multiple({
    key: 'scene-323',
    bands: ['vocational'],
    topics: ['help_support'],
    difficulty: 1,
    stem: [
      '在实习或兼职中遇到涉毒的可疑情况，可以向谁报告或求助？（多选）',
      'If you come across something drug-related and suspicious on a placement or part-time job, who can you report it to or ask for help? (Choose all that apply)',
    ],
    options: [
      ['单位主管或带教师傅', 'Your supervisor or workplace mentor', true],
      ['学校的实习指导老师或辅导员', 'Your school placement tutor or counsellor', true],
      ['让你做可疑事情的那个人', 'The person asking you to do the suspicious thing'],
      ['遇到紧急情况拨打110', 'Call 110 in an emergency', true],
    ],
    explanation: [
      '主管、带教师傅、学校老师都能帮你；紧急情况拨打110。不要找让你做可疑事情的人“商量”。',
      'Supervisors, mentors and school staff can all help; call 110 in an emergency. Don’t “talk it over” with the person asking you to do the suspicious thing.',
    ],
  }),
  single({
    key: 'scene-324',
    bands: ['vocational'],
    topics: ['refusal_skills'],
    difficulty: 3,
    stem: [
      '你的带班师傅在聚会上劝你“尝一口，以后才好一起共事”。哪个回应既守住底线又不伤关系？',
      'At a get-together, your placement mentor urges you to “try a bit so we can work well together”. Which reply holds your line without damaging the relationship?',
    ],
    options: [
      ['“师傅，我不碰这个，工作上我好好学。”', '“I don’t touch that, but I’ll work hard and learn from you.”', true],
      ['“好吧，既然是师傅您让我尝，我就尝一小口。”', '“All right, since you’re the one asking, I’ll try just a little.”'],
      ['“您先别说了，我要去告诉所有同事。”', '“Stop, I’m going to tell all our colleagues.”'],
      ['“我先收着，回去再说。”', '“I’ll keep it and see later.”'],
    ],
    explanation: [
      '面对上级或前辈的压力，可以尊重对方、坚定拒绝，并把话题转回工作。如果对方反复施压，向学校实习指导老师或单位人事部门反映。',
      'Under pressure from a senior, you can be respectful, refuse firmly and steer the conversation back to work. If the pressure continues, raise it with your school placement tutor or the company’s HR.',
    ],
  }),
  judge({
    key: 'scene-325',
    bands: ['vocational'],
    topics: ['help_support'],
    difficulty: 1,
    stem: [
      '工友吸了东西后倒地抽搐，这时应该先拨打120，并告诉医护人员他可能用了什么。',
      'A co-worker collapses and has a seizure after taking something. You should call 120 first and tell the medical staff what he may have taken.',
    ],
    answer: true,
    explanation: [
      '抽搐、叫不醒、呼吸困难都是紧急情况，立即拨打120，说清地点和症状，并如实告诉医护人员可能用了什么，方便救治。',
      'Seizures, being impossible to wake and trouble breathing are emergencies. Call 120 at once, give the location and symptoms, and tell the medical staff honestly what he may have taken so he can be treated.',
    ],
  }),
  single({
    key: 'scene-326',
    bands: ['vocational'],
    topics: ['precursors_plants'],
    difficulty: 2,
    stem: [
      '你在园林公司实习，客户要求在花园里种“像罂粟一样的大红花”。你可以推荐什么？',
      'On a placement with a landscaping company, a client wants “big red flowers like opium poppies” in the garden. What could you recommend?',
    ],
    options: [
      ['去乡下找几棵罂粟苗来种', 'Find some opium poppy seedlings in the countryside'],
      ['从网上买未灭活的罂粟种子', 'Buy un-inactivated poppy seeds online'],
      ['虞美人等合法的观赏花卉', 'Legal ornamental flowers such as corn poppy (虞美人)', true],
      ['种几棵大麻当绿植，叶子也好看', 'A few cannabis plants for their attractive leaves'],
    ],
    explanation: [
      '虞美人是合法的观赏花卉，和罂粟不是一种植物。罂粟、大麻是毒品原植物，个人和未经批准的单位不得种植，也不能买卖未经灭活的种子和幼苗。',
      'Corn poppy is a legal ornamental flower and a different plant from opium poppy. Opium poppy and cannabis are drug plants: individuals and unapproved organisations may not grow them or trade in un-inactivated seeds or seedlings.',
    ],
  }),
  single({
    key: 'scene-327',
    group: 'peer-norms',
    bands: ['vocational'],
    topics: ['refusal_skills', 'drug_basics'],
    difficulty: 2,
    stem: [
      '同宿舍的人说：“出来打工的谁不玩点东西？就你装正经。”哪个回答最有底气？',
      'A dorm-mate says, “Everyone who works away from home uses something. You’re just acting innocent.” Which reply is most confident?',
    ],
    options: [
      ['“大多数人都不碰毒品，我也不碰。”', '“Most people don’t use drugs, and neither do I.”', true],
      ['“你说得对，可能是我太保守了，我也试试看。”', '“You’re right, maybe I’m too uptight. I’ll give it a try then.”'],
      ['“等我拿到第一份工资再说吧。”', '“Let’s talk once I get my first pay cheque.”'],
      ['“只有没出息的人才会碰那些。”', '“Only losers touch that stuff.”'],
    ],
    explanation: [
      '“大家都玩”是错觉，大多数人不使用毒品。坚定表态就好，也不必用贬低别人的话来拒绝。',
      '“Everyone does it” is a false impression: most people don’t use drugs. A firm statement is enough; there’s no need to put others down to say no.',
    ],
  }),
  judge({
    key: 'scene-328',
    bands: ['vocational'],
    topics: ['law', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '只要你不知道包裹里是什么，帮网上认识的人收寄包裹就绝对没有风险。',
      'As long as you don’t know what’s in it, receiving or sending parcels for someone you met online carries no risk at all.',
    ],
    answer: false,
    explanation: [
      '替人收寄来历不明的包裹，是毒贩利用他人运毒的常见方法。即使你不知情，也会被卷入调查。不替别人“代收”“代寄”。',
      'Receiving or sending unknown parcels for others is a common way dealers use people to move drugs. Even if you didn’t know, you can be caught up in an investigation. Don’t receive or send items on someone else’s behalf.',
    ],
  }),
  single({
    key: 'scene-329',
    bands: ['vocational'],
    topics: ['help_support'],
    difficulty: 2,
    stem: [
      '你离家在外实习，心情低落，又不想让家里担心。哪个选择最合适？',
      'You’re on a placement far from home, feeling low, and don’t want to worry your family. Which choice is best?',
    ],
    options: [
      ['找关系好的同事要点“解闷”的东西，让心情好起来', 'Ask a friendly colleague for something to “cheer you up” and lift your mood'],
      ['一个人憋着，等实习结束再说', 'Keep it to yourself until the placement ends'],
      ['每天晚上喝酒放松', 'Drink every night to relax'],
      ['联系学校老师，或拨打12355青少年服务台', 'Contact your school tutor or call the 12355 youth service line', true],
    ],
    explanation: [
      '情绪低落时，可以找学校老师、心理老师，或拨打12355青少年服务台倾诉。用酒精或别人给的“解闷”东西只会让问题更严重。',
      'When you feel low you can talk to school staff, the counsellor, or the 12355 youth service line. Alcohol or something from others to “cheer you up” only makes things worse.',
    ],
  }),
  multiple({
    key: 'scene-330',
    bands: ['vocational'],
    topics: ['precursors_plants'],
    difficulty: 3,
    stem: [
      '你在一家化工原料商店实习，下面哪些情况应该立即报告主管？（多选）',
      'On a placement in a chemical supplies shop, which of these should you report to your supervisor at once? (Choose all that apply)',
    ],
    options: [
      ['顾客说不清购买易制毒化学品的用途，也拒绝提供证明', 'A customer can’t explain why they want precursor chemicals and won’t show documents', true],
      ['顾客坚持现金交易，要求“别登记”', 'A customer insists on cash and asks you not to record the sale', true],
      ['老顾客按规定出示了许可证明并登记', 'A regular customer shows the required licence and is recorded'],
      ['收货地址和购买单位的地址完全对不上', 'The delivery address doesn’t match the buyer’s address at all', true],
    ],
    explanation: [
      '用途说不清、拒绝提供证明、坚持现金、要求不登记、地址异常，都是危险信号。手续齐全、如实登记的正常交易不属于这种情况。',
      'An unclear purpose, refusing documents, insisting on cash, asking to skip records and an odd address are all warning signs. A normal sale with complete paperwork and accurate records is not.',
    ],
  }),
  single({
    key: 'scene-331',
    bands: ['vocational'],
    topics: ['law', 'refusal_skills'],
    difficulty: 2,
    stem: [
      '你在做跑腿兼职，一位顾客私下加你，让你去某地取一个“文件袋”送到另一个地址，“放门口别敲门”，给的钱是平时的好几倍。你怎么做？',
      'You do part-time errands. A customer adds you privately and asks you to collect a “document envelope” and deliver it to another address, “leave it at the door, don’t knock”, for several times the usual fee. What do you do?',
    ],
    options: [
      ['接下，私下接单不用给平台抽成', 'Take it: private jobs mean the platform takes no cut'],
      ['接下，送到后拍张照片证明自己没打开过', 'Take it, and photograph the delivery to prove you never opened it'],
      ['不接，只通过平台接单，并向平台反映', 'Turn it down, take jobs only through the platform, and report it', true],
      ['让顾客先把钱转过来，收到钱再决定接不接', 'Ask for the money up front and decide once it arrives'],
    ],
    explanation: [
      '私下联系、报酬异常、交接方式隐秘，都是利用跑腿、快递人员运毒的危险信号。只通过正规平台接单，遇到可疑订单向平台反映，必要时拨打110。',
      'Private contact, unusual pay and secretive hand-overs are warning signs that someone is using couriers to move drugs. Take jobs only through the proper platform, report suspicious orders to it, and call 110 if needed.',
    ],
  }),
];
