import { indexKnownText } from '../../services/similarity.js';
import type { Db } from '../../store/client.js';

export interface KnownText {
  /** Stable and never reused for a different text: flags name known texts by id. */
  id: string;
  title: string;
  text: string;
}

/**
 * Model essays (范文) on drug prevention for junior secondary students, written for ClearCampus. An
 * entry that copies one is flagged like a copy of another entry. General facts only: no statistics,
 * hotlines or cases, and the law by its name without article numbers.
 */
export const KNOWN_TEXTS: KnownText[] = [
  {
    id: 'known_zh_first_time',
    title: '范文：拒绝第一口',
    text: `初二那年的一个周末，我在小区楼下遇到一个比我大几岁的男孩。他晃着手里一包花花绿绿的“糖果”，笑着说：“吃一颗试试，可好玩了，吃完整个人都轻飘飘的。”我心里一紧，想起课堂上老师讲过的话：来历不明的东西，再好看也不能碰。我摇摇头，说了一声“不用了”，转身走进了楼道。回到家，我把这件事告诉了妈妈。妈妈没有责怪我，反而夸我做得对，还陪我把情况告诉了社区的工作人员。

后来我常常想，那一刻如果我因为好奇，或者怕被人笑话，接过了那颗“糖”，会发生什么？老师说过，毒品会扰乱大脑里让人感到快乐的那套机制，让人越来越依赖它、离不开它。很多人第一次接触毒品，都以为“只试一次没关系”，可成瘾往往就是从这“一次”开始的。身体会受到伤害，学习会荒废，家人会伤心，原本美好的生活可能一点点被毁掉。

如今，有些毒品会伪装成奶茶、饮料、零食甚至邮票的样子，让人放松警惕。所以，我给自己定下了几条规矩：不接受陌生人给的食物和饮料；不去不适合中学生的娱乐场所；和朋友聚会时，饮料离开过视线就不再喝；遇到可疑的情况，先离开，再告诉家长和老师。

拒绝毒品并不需要多么了不起的勇气，只需要在关键的时候清醒地说一个“不”字。真正的朋友不会逼你去冒险，真正的快乐也不需要靠毒品来换。我愿意做一个头脑清醒、身体健康的人，把青春用在读书、运动和陪伴家人上。珍爱生命，就从拒绝第一口开始。`,
  },
  {
    id: 'known_zh_know_drugs',
    title: '范文：禁毒，从认识毒品开始',
    text: `提到毒品，很多同学的第一反应是：“那离我太远了。”其实，毒品离我们并不像想象中那么远。想要保护好自己，首先要认清它的真面目。

什么是毒品？《中华人民共和国禁毒法》规定，毒品是指鸦片、海洛因、甲基苯丙胺（冰毒）、吗啡、大麻、可卡因，以及国家规定管制的其他能够使人形成瘾癖的麻醉药品和精神药品。也就是说，毒品不只是电视里看到的白色粉末。一些新型毒品被做成药片、粉末或液体，甚至包装得像普通食品，从外表很难看出危险。

毒品为什么可怕？因为它会让人成瘾。吸毒带来的短暂快感过去以后，人就会想要再来一次，慢慢地，身体和心理都被它控制。长期吸毒会损害大脑、心脏等器官，让人情绪失控、记忆力下降，还可能走上违法犯罪的道路，给家庭和社会带来沉重的负担。

面对毒品，我们青少年能做些什么呢？第一，认真学习禁毒知识，不被“不会上瘾”“能提神”“能减肥”之类的谎言欺骗。第二，养成健康的生活习惯，用运动、阅读和音乐来释放压力，而不是去寻求刺激。第三，学会拒绝，有人劝你尝试时，要坚定地说“不”，并尽快离开。第四，发现身边有可疑的情况，及时告诉老师和家长，或者向公安机关反映。

《中华人民共和国禁毒法》明确提出，禁毒是全社会的共同责任。每年国际禁毒日前后，很多学校都会开展禁毒宣传活动，这提醒我们：禁毒不只是警察的事，也和我们每个人息息相关。让我们从认识毒品开始，远离毒品，守护自己，也守护身边的人。`,
  },
  {
    id: 'known_en_first_choice',
    title: 'Model essay: The First Choice',
    text: `Last term our class spent a week learning about drugs, and one idea stayed with me: most people who become addicted never planned to. They thought they would try something once, just to see what it felt like, or just to fit in. That is why I believe the most important choice is the very first one.

Drugs change the way the brain works. They interfere with the natural system that makes us feel rewarded when we eat a good meal, finish a hard task or laugh with friends. After a while, the brain starts to want the drug more than the things that used to make us happy. Addiction can damage a person's health, schoolwork, friendships and family life. It is much easier never to start than to stop.

Sometimes danger does not look dangerous. Some drugs are sold in bright packaging that looks like sweets, snacks or drinks. So I follow a few simple rules. I do not accept food, drinks or pills from people I do not know well. At a party I keep my drink with me, and if I leave it alone, I get a new one. If something feels wrong, I leave and talk to a trusted adult, such as a parent or a teacher.

Saying no can feel awkward, especially with friends. But a real friend will respect your answer. I have practised short, clear replies like "No thanks, I'm not interested," and then I change the subject or walk away. I do not owe anyone a long explanation.

I want to keep my mind clear for the things I care about: playing basketball, learning to draw and spending time with my family. They give me a kind of happiness that no drug could offer. Choosing to say no is not about missing out. It is about protecting my future.`,
  },
  {
    id: 'known_en_knowledge',
    title: 'Model essay: Knowledge Is Our Best Protection',
    text: `Many students think drugs are a problem for other people in faraway places. In fact, learning about drugs is one of the best ways to stay safe, because people who understand the risks are much harder to fool.

The Narcotics Control Law of the People's Republic of China names drugs such as opium, heroin, methamphetamine, morphine, cannabis and cocaine, as well as other narcotic and psychotropic substances that the state controls because they can cause addiction. The law also says that drug control is a shared responsibility of the whole society. That includes schools, families and young people like us.

Why are drugs so harmful? They can make people dependent. The short feeling of pleasure or excitement soon fades, and the body and mind begin to crave more. Over time, drug use can harm the brain, the heart and other organs, and it can bring anxiety, low mood and poor judgement. People who use drugs may drift away from school, lose the trust of friends and family, and break the law.

There are also many myths. Some people claim that certain drugs help you study, lose weight or relax, or that trying once is harmless. These claims are false. Another trick is disguise: new kinds of drugs may be made to look like milk tea powder, candy or other everyday products.

So what can we do? We can learn the facts from reliable sources, such as our teachers and official information. We can build healthy habits like sport, reading and music to deal with stress. We can support friends who are having a hard time and encourage them to talk to an adult. And if we ever notice something suspicious, we should tell a teacher, a parent or the police.

Every year, on the twenty-sixth of June, the world marks the International Day against Drug Abuse and Illicit Trafficking. It reminds us that a life free of drugs is a choice we can make every single day.`,
  },
];

/** Indexes the known texts; a text already indexed as it is costs one read. */
export async function seedKnownTexts(db: Db): Promise<void> {
  for (const known of KNOWN_TEXTS) await indexKnownText(db, known);
}
