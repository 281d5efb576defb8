// Personal names. Without a header that says "name", only shapes with little room for doubt count:
// 2–4 Han characters starting with a common surname, or "First Last" with a common first name.

// The most common Chinese single-character surnames (they cover the large majority of people).
const HAN_SURNAMES = new Set(
  [
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任',
    '沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔',
    '向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌',
    '毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦',
    // Traditional forms of the same surnames (Taiwan, Hong Kong).
    '陳劉楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧鐘譚陸賈韋鄒閻龍賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯歐關蘭寧紀畢駱藍鮑饒繆簡車項連蘆',
  ]
    .join('')
    .split(''),
);
const HAN_COMPOUND_SURNAMES = [
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '诸葛',
  '諸葛',
  '上官',
  '司徒',
  '慕容',
  '皇甫',
  '令狐',
];
const HAN_NAME = /^[\u4e00-\u9fff]{2,4}$/;
// Place and organisation endings: 苏州, 成都市, 华为公司 are not people.
const NOT_A_PERSON_ENDING =
  /[市省区县州镇乡村路街港湾山河湖岛站店厂司行馆园城局院部队區縣鎮鄉灣島館園廠]$/;

const WESTERN_FIRST_NAMES = new Set(
  (
    'james john robert michael william david richard joseph thomas charles christopher daniel ' +
    'matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ' +
    'ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott ' +
    'brandon benjamin samuel frank gregory alexander patrick jack peter henry oliver harry ' +
    'lucas noah liam ethan mary patricia jennifer linda elizabeth barbara susan jessica sarah ' +
    'karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda ' +
    'melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela anna emma olivia ' +
    'sophia isabella charlotte amelia mia grace chloe lucy hannah julia maria sophie claire ' +
    'hans klaus jürgen stefan andreas thomas sabine ursula monika petra pierre jean marie luc ' +
    'camille giulia marco luca giovanni francesca carlos jose juan ana lucia pablo javier elena'
  ).split(' '),
);
const CAPITALISED_WORDS = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.?(?:[\p{Ll}'’-]+)?){1,2}$/u;
const LOOSE_NAME = /^[\p{L}][\p{L}\p{M}'’.·\- ]{0,48}$/u;

function hanSurnameLength(text: string): number {
  if (HAN_COMPOUND_SURNAMES.some((surname) => text.startsWith(surname))) return 2;
  return HAN_SURNAMES.has(text[0] as string) ? 1 : 0;
}

/** 2–4 Han characters starting with a common surname, and no place or company ending. */
export function isHanPersonName(text: string): boolean {
  const name = text.trim();
  if (!HAN_NAME.test(name) || NOT_A_PERSON_ENDING.test(name)) return false;
  const surname = hanSurnameLength(name);
  return surname > 0 && name.length > surname;
}

/** "First Last" (or "First M. Last") whose first word is a common Western first name. */
export function isWesternPersonName(text: string): boolean {
  const name = text.trim();
  if (!CAPITALISED_WORDS.test(name)) return false;
  const first = name.split(' ')[0] as string;
  return WESTERN_FIRST_NAMES.has(first.toLowerCase());
}

/** A personal name by its shape alone. */
export function isPersonName(text: string): boolean {
  return isHanPersonName(text) || isWesternPersonName(text);
}

/** Letters and spaces only, short: enough once the header already says the column holds names. */
export function couldBePersonName(text: string): boolean {
  const name = text.trim();
  return LOOSE_NAME.test(name) && name.split(/\s+/).length <= 4;
}

/** Length of the surname a Han name starts with (0 when it is no Han name). */
export function hanSurnameOf(text: string): number {
  return HAN_NAME.test(text) ? Math.max(1, hanSurnameLength(text)) : 0;
}
