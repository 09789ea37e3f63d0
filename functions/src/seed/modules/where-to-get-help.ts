import type { SeedModule } from './index.js';
import { md } from './md.js';

export const whereToGetHelp: SeedModule = {
  slug: 'where-to-get-help',
  content: {
    title: { zh: '向谁求助，怎么求助', en: 'Where to get help, and how' },
    summary: {
      zh: '遇到和毒品有关的烦恼或危险，可以找谁？认识信任的大人、学校心理老师、12355青少年服务台、110和120，以及社区戒毒社区康复等帮助戒毒的服务，练习怎么开口。',
      en: 'Who can you turn to with a drug-related worry or danger? Get to know trusted adults, school counsellors, the 12355 youth service line, 110 and 120, and local community drug treatment and rehabilitation services, and practise how to ask.',
    },
    gradeBands: ['junior', 'senior', 'vocational'],
    topics: ['help_support', 'refusal_skills'],
    estimatedMinutes: 14,
    sections: [
      {
        id: 'asking-is-strong',
        kind: 'text',
        title: { zh: '求助不是软弱', en: 'Asking for help is not weakness' },
        body: {
          zh: md`
            被人推销奇怪的东西、朋友好像在用毒品、自己压力大到撑不住、家里有人和毒品有关……这些事**不用一个人扛**。

            很多人不敢开口，是因为担心“会被骂”“会连累朋友”“会被抓”。其实：

            - 大人知道得越早，能帮的忙就越多；
            - 为了朋友的安全去求助，是在**帮他**，不是出卖他；
            - 法律鼓励主动求助：《禁毒法》规定，吸毒人员主动到公安机关登记，或者到有资质的医疗机构接受戒毒治疗的，**不予处罚**。
          `,
          en: md`
            Being offered strange things, a friend who seems to be using drugs, stress you can’t cope with, someone at home involved with drugs: you **don’t have to carry these alone**.

            Many people don’t speak up because they fear being told off, getting a friend into trouble, or being arrested. In fact:

            - the sooner an adult knows, the more they can help;
            - asking for help for a friend’s safety is **helping them**, not betraying them;
            - the law encourages people to come forward: under the Anti-Drug Law, drug users who register with the police of their own accord, or who receive treatment at a qualified medical institution, **are not punished**.
          `,
        },
      },
      {
        id: 'who-to-ask',
        kind: 'text',
        title: { zh: '可以找谁', en: 'Who you can turn to' },
        body: {
          zh: md`
            **身边的人**

            - **信任的大人**：父母或其他照顾你的家人、班主任、任何一位你信得过的老师。
            - **学校心理老师**：可以倾听你的烦恼，帮你想办法，也知道还能去哪里找专业帮助。

            **电话**

            - **12355**：共青团开设的青少年服务台，可以为青少年提供心理咨询、法律咨询等帮助。不是紧急情况、但心里有事想找人聊时，可以打这个电话。
            - **110**（报警电话）：有人正在伤害你或别人、你处在危险中、有人逼你吸毒或运送东西、发现正在发生的违法犯罪。
            - **120**（急救电话）：有人叫不醒、呼吸困难、抽搐或突然倒地。

            **帮助戒毒的地方**

            - **社区戒毒社区康复**：在街道、乡镇等社区层面开展的戒毒和康复服务，帮助正在戒毒的人治疗、学习、就业，重新回到正常生活。
            - **有资质的戒毒医疗机构**：可以自愿去接受戒毒治疗。
            - 家里或身边有人需要这类帮助，可以请家长或老师一起联系当地的街道办事处、乡镇政府或派出所，了解本地的服务。
          `,
          en: md`
            **People around you**

            - **A trusted adult**: a parent or another family member who looks after you, your class teacher, or any teacher you trust.
            - **The school counsellor**: can listen to your worries, help you think things through, and knows where else to find professional help.

            **Phone numbers**

            - **12355**: the youth service line run by the Communist Youth League, offering young people psychological counselling, legal advice and other help. Call it when it isn’t an emergency but something is on your mind and you want to talk to someone.
            - **110** (police): someone is hurting you or someone else, you are in danger, someone is forcing you to take drugs or carry something, or a crime is happening.
            - **120** (ambulance): someone can’t be woken, is struggling to breathe, is having a seizure or has suddenly collapsed.

            **Places that help people stop using drugs**

            - **Community drug treatment and rehabilitation** (社区戒毒社区康复): treatment and recovery services run locally, at street-office and township level, that help people in recovery with treatment, study and work so they can get back to everyday life.
            - **Qualified addiction treatment clinics**: people can go voluntarily for treatment.
            - If someone at home or close to you needs this kind of help, ask a parent or teacher to contact the local street office, township government or police station with you to find out about local services.
          `,
        },
      },
      {
        id: 'check-which-line',
        kind: 'check',
        title: { zh: '选一选', en: 'Pick the right one' },
        question: {
          zh: '最近你总是睡不好、心里很烦，担心一个好朋友在用“上头电子烟”，但不知道该不该说。现在没有人有危险。哪种做法最合适？',
          en: 'Lately you can’t sleep well and feel upset; you’re worried a close friend is using a spiked vape, and you don’t know whether to say anything. Nobody is in danger right now. What is the best thing to do?',
        },
        options: [
          {
            id: 'a',
            text: {
              zh: '找班主任、心理老师或家长聊一聊，也可以拨打12355。',
              en: 'Talk to your class teacher, the school counsellor or a parent; you can also call 12355.',
            },
            correct: true,
            feedback: {
              zh: '对。不紧急的烦恼，先找信任的大人或心理老师；12355也能提供心理咨询和建议。',
              en: 'Right. For worries that aren’t emergencies, start with a trusted adult or the school counsellor; 12355 can also offer counselling and advice.',
            },
          },
          {
            id: 'b',
            text: { zh: '马上拨打120。', en: 'Call 120 straight away.' },
            correct: false,
            feedback: {
              zh: '120是急救电话，留给有人叫不醒、呼吸困难等紧急情况。现在更适合先和信任的大人谈谈。',
              en: '120 is for medical emergencies, such as someone who can’t be woken or can’t breathe properly. Right now, talking to a trusted adult is the better first step.',
            },
          },
          {
            id: 'c',
            text: { zh: '谁也不说，自己憋着。', en: 'Tell nobody and keep it to yourself.' },
            correct: false,
            feedback: {
              zh: '一个人扛会越来越累，朋友也得不到帮助。说出来，是照顾自己，也是帮朋友。',
              en: 'Carrying it alone wears you down, and your friend gets no help. Speaking up looks after you and helps your friend.',
            },
          },
        ],
      },
      {
        id: 'emergency',
        kind: 'text',
        title: { zh: '紧急情况：先救人', en: 'In an emergency: help first' },
        body: {
          zh: md`
            如果有人可能用了毒品或被下了药，出现**叫不醒、呼吸很慢或不规律、抽搐、嘴唇发紫**：

            1. **马上拨打120**，说清楚：在哪里、发生了什么、对方现在的样子。
            2. **叫身边的大人**来帮忙。
            3. **不要让他一个人待着**。如果他叫不醒但还有呼吸，让他**侧躺**，防止呕吐物堵住气道。
            4. 不要给他喂水、喂东西，也不要用冷水泼、掐人中等办法“弄醒”他。
            5. 如果知道他可能吃了、吸了什么，告诉医生，这能帮医生救人。

            救人是第一位的。**不要因为怕惹麻烦就不打电话**。
          `,
          en: md`
            If someone may have taken drugs or been spiked and **can’t be woken, is breathing very slowly or irregularly, is having a seizure, or has blue lips**:

            1. **Call 120 straight away** and say where you are, what happened and how the person is now.
            2. **Get an adult nearby** to help.
            3. **Don’t leave the person alone.** If they can’t be woken but are breathing, lay them **on their side** so vomit can’t block their airway.
            4. Don’t give them water or food, and don’t try to “wake them up” by splashing cold water or pinching them.
            5. If you know what they may have taken, tell the medical staff; it helps them save a life.

            Saving a life comes first. **Never hold back from calling because you’re afraid of getting into trouble.**
          `,
        },
      },
      {
        id: 'how-to-say-it',
        kind: 'text',
        title: { zh: '不知道怎么开口？可以这样说', en: 'Not sure how to start? Try this' },
        body: {
          zh: md`
            - 对老师：“老师，我有件事想单独和您说，我有点担心。”
            - 对家长：“我不是惹了麻烦，是遇到一件事，想听听你的意见。”
            - 对朋友：“我很在乎你，最近你好像不太对劲，我们一起去找老师聊聊吧。”
            - 打12355：“我是一名学生，我担心我的朋友……我不知道该怎么办。”

            说出来之后，也可以请对方**先别着急**，听你把话说完。
          `,
          en: md`
            - To a teacher: “Could I talk to you privately? I’m a bit worried about something.”
            - To a parent: “I’m not in trouble, but something has happened and I’d like your advice.”
            - To a friend: “I care about you, and you haven’t seemed yourself lately. Let’s go and talk to a teacher together.”
            - Calling 12355: “I’m a student and I’m worried about my friend… I don’t know what to do.”

            Once you have started, you can also ask them **to stay calm** and hear you out.
          `,
        },
      },
      {
        id: 'check-emergency-help',
        kind: 'check',
        title: { zh: '紧急时刻', en: 'In the moment' },
        question: {
          zh: '想象一下：放学后，你发现一个同学吸了别人给的电子烟后倒在地上，叫不醒，但还有呼吸。同学说：“别打电话，会被抓的。”你应该怎么做？',
          en: 'Imagine: after school, you find a classmate who has collapsed after vaping something someone gave him. He can’t be woken but is breathing. Another student says, “Don’t call anyone, we’ll get arrested.” What should you do?',
        },
        options: [
          {
            id: 'a',
            text: { zh: '听同学的，先等等看他会不会自己醒。', en: 'Do what the other student says and wait to see if he wakes up by himself.' },
            correct: false,
            feedback: {
              zh: '不能等。叫不醒是危险的信号，耽误时间可能危及生命。',
              en: 'Don’t wait. Not being able to wake him is a danger sign, and delay could cost his life.',
            },
          },
          {
            id: 'b',
            text: {
              zh: '马上拨打120，让他侧躺，叫附近的大人来，一直陪着他。',
              en: 'Call 120 straight away, lay him on his side, get a nearby adult, and stay with him.',
            },
            correct: true,
            feedback: {
              zh: '对。救人永远是第一位的。告诉医生他可能吸了什么，能帮助抢救。',
              en: 'Right. Saving a life always comes first. Telling the medical staff what he may have vaped helps them treat him.',
            },
          },
          {
            id: 'c',
            text: { zh: '往他脸上泼冷水，把他弄醒再说。', en: 'Splash cold water on his face to wake him up first.' },
            correct: false,
            feedback: {
              zh: '这样没有用，还会耽误抢救。应该马上拨打120，让他侧躺。',
              en: 'That doesn’t help and delays treatment. Call 120 at once and lay him on his side.',
            },
          },
        ],
      },
    ],
    teacherNote: {
      aims: {
        zh: md`
          1. 理解求助不是软弱，也不是出卖朋友；知道主动求助、主动接受戒毒治疗不予处罚。
          2. 能说出可以求助的人和渠道：信任的大人、学校心理老师、12355青少年服务台、110、120，以及社区戒毒社区康复服务和有资质的戒毒医疗机构。
          3. 能区分紧急和非紧急情况，选对求助方式；掌握紧急情况下拨打120、让人侧躺、陪伴等基本做法。
          4. 能用自己的话开口求助。

          教学建议：请在课前查明本地（县、区）社区戒毒社区康复工作站和学校心理辅导室的联系方式，在课堂上口头告诉学生；本模块不写地方电话，以免过时。可让学生两人一组练习“怎么开口”。情境均为虚构。
        `,
        en: md`
          1. Understand that asking for help is neither weakness nor betrayal, and that coming forward voluntarily or seeking treatment voluntarily is not punished.
          2. Name the people and services that can help: trusted adults, the school counsellor, the 12355 youth service line, 110, 120, community drug treatment and rehabilitation services, and qualified addiction treatment clinics.
          3. Tell emergencies from non-emergencies and choose the right kind of help; know the basics in an emergency (call 120, lay the person on their side, stay with them).
          4. Ask for help in their own words.

          Teaching tips: before the lesson, find the contact details of your county or district’s community drug treatment and rehabilitation office and the school counselling room, and tell students in class; this module gives no local numbers because they go out of date. Let students practise in pairs how to start the conversation. All scenarios are fictional.
        `,
      },
      sources: {
        zh: md`
          - 110为全国统一报警电话；120为全国统一医疗急救电话。
          - 12355为共青团中央设立的全国统一青少年服务热线（12355青少年服务台），提供心理咨询、法律咨询和权益维护等服务。
          - 《中华人民共和国禁毒法》第三十三条、第三十四条（社区戒毒，由城市街道办事处、乡镇人民政府负责）、第三十六条（自愿到戒毒医疗机构接受戒毒治疗）、第四十八条（社区康复）、第六十二条（吸毒人员主动到公安机关登记或者到有资质的医疗机构接受戒毒治疗的，不予处罚）。
          - 《戒毒条例》（社区戒毒、社区康复的具体规定）。
          - 昏迷但有呼吸时取侧卧位（复原卧位），为通行的急救常识。本模块不包含统计数据，所有情境均为虚构。
        `,
        en: md`
          - 110 is China’s nationwide police emergency number; 120 is the nationwide medical emergency (ambulance) number.
          - 12355 is the nationwide youth service line set up by the Central Committee of the Communist Youth League (12355 Youth Service Platform), offering psychological counselling, legal advice and help protecting young people’s rights.
          - Anti-Drug Law of the People’s Republic of China, Articles 33 and 34 (community-based drug treatment, run by street offices and township governments), Article 36 (voluntary treatment at addiction treatment clinics), Article 48 (community rehabilitation) and Article 62 (drug users who register with the police of their own accord or receive treatment at a qualified medical institution are not punished).
          - Regulations on Drug Rehabilitation (detailed rules on community-based treatment and rehabilitation).
          - Laying an unconscious but breathing person on their side (the recovery position) is standard first aid. This module contains no statistics; all scenarios are fictional.
        `,
      },
    },
  },
};
