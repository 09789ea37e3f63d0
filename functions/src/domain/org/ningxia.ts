import type { LocalizedName } from './units.js';

interface AdministrativeUnit {
  code: string;
  name: LocalizedName;
}

interface City extends AdministrativeUnit {
  counties: AdministrativeUnit[];
}

/** Ningxia Hui Autonomous Region by GB/T 2260 code: 5 prefecture-level cities, 22 county-level units. */
export const NINGXIA = {
  code: '640000',
  name: { zh: '宁夏回族自治区', en: 'Ningxia Hui Autonomous Region' },
  cities: [
    {
      code: '640100',
      name: { zh: '银川市', en: 'Yinchuan' },
      counties: [
        { code: '640104', name: { zh: '兴庆区', en: 'Xingqing District' } },
        { code: '640105', name: { zh: '西夏区', en: 'Xixia District' } },
        { code: '640106', name: { zh: '金凤区', en: 'Jinfeng District' } },
        { code: '640121', name: { zh: '永宁县', en: 'Yongning County' } },
        { code: '640122', name: { zh: '贺兰县', en: 'Helan County' } },
        { code: '640181', name: { zh: '灵武市', en: 'Lingwu' } },
      ],
    },
    {
      code: '640200',
      name: { zh: '石嘴山市', en: 'Shizuishan' },
      counties: [
        { code: '640202', name: { zh: '大武口区', en: 'Dawukou District' } },
        { code: '640205', name: { zh: '惠农区', en: 'Huinong District' } },
        { code: '640221', name: { zh: '平罗县', en: 'Pingluo County' } },
      ],
    },
    {
      code: '640300',
      name: { zh: '吴忠市', en: 'Wuzhong' },
      counties: [
        { code: '640302', name: { zh: '利通区', en: 'Litong District' } },
        { code: '640303', name: { zh: '红寺堡区', en: 'Hongsibu District' } },
        { code: '640323', name: { zh: '盐池县', en: 'Yanchi County' } },
        { code: '640324', name: { zh: '同心县', en: 'Tongxin County' } },
        { code: '640381', name: { zh: '青铜峡市', en: 'Qingtongxia' } },
      ],
    },
    {
      code: '640400',
      name: { zh: '固原市', en: 'Guyuan' },
      counties: [
        { code: '640402', name: { zh: '原州区', en: 'Yuanzhou District' } },
        { code: '640422', name: { zh: '西吉县', en: 'Xiji County' } },
        { code: '640423', name: { zh: '隆德县', en: 'Longde County' } },
        { code: '640424', name: { zh: '泾源县', en: 'Jingyuan County' } },
        { code: '640425', name: { zh: '彭阳县', en: 'Pengyang County' } },
      ],
    },
    {
      code: '640500',
      name: { zh: '中卫市', en: 'Zhongwei' },
      counties: [
        { code: '640502', name: { zh: '沙坡头区', en: 'Shapotou District' } },
        { code: '640521', name: { zh: '中宁县', en: 'Zhongning County' } },
        { code: '640522', name: { zh: '海原县', en: 'Haiyuan County' } },
      ],
    },
  ] satisfies City[],
};
