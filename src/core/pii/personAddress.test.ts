import { describe, expect, it } from 'vitest';
import { couldBePersonName, isPersonName } from './personName';
import { isStreetAddress } from './streetAddress';

describe('personal names', () => {
  it('accepts Chinese names starting with a common surname, compound surnames too', () => {
    for (const name of ['张伟', '王秀英', '李娜', '欧阳娜娜', '司马相如', '陳美玲', '林志明'])
      expect(isPersonName(name), name).toBe(true);
  });
  it('accepts Western "First Last" names with a common first name', () => {
    for (const name of ['John Smith', 'Mary J. Watson', 'Sophie Martin', 'Hans Müller']) {
      expect(isPersonName(name), name).toBe(true);
    }
  });
  it('does not take cities, provinces or products for people', () => {
    const notNames = [
      '北京',
      '上海',
      '苏州',
      '成都市',
      '广东省',
      '华为公司',
      'New York',
      'San Francisco',
      'Los Angeles',
      'Apple Watch',
      'Model S',
      'Galaxy Note',
    ];
    for (const text of notNames) expect(isPersonName(text), text).toBe(false);
  });
  it('under a name header, any short run of letters will do, but not numbers', () => {
    expect(couldBePersonName('Zoë van der Berg')).toBe(true);
    expect(couldBePersonName('12345')).toBe(false);
  });
});

describe('street addresses', () => {
  it('accepts house number and street word in several languages and orders', () => {
    const addresses = [
      '221B Baker Street, London NW1 6XE',
      '1600 Pennsylvania Ave NW, Washington',
      '12 rue de Rivoli, Paris',
      'Via Roma 10, Milano',
      'Calle Mayor 5, Madrid',
      'Hauptstraße 5, 10115 Berlin',
      '北京市朝阳区建国路88号',
      '上海市黄浦区南京东路100弄3号',
      '广东省深圳市南山区科技园',
      '臺灣臺北市大安區忠孝東路四段100號',
    ];
    for (const address of addresses) expect(isStreetAddress(address), address).toBe(true);
  });
  it('rejects cities, streets without numbers and product codes', () => {
    for (const text of [
      'London',
      'Baker Street',
      '北京市',
      '朝阳区',
      'SKU 1234 Road Bike',
      '12 apples',
    ]) {
      expect(isStreetAddress(text), text).toBe(false);
    }
  });
});
