// Reference data every database starts with: the sector taxonomy and the default exchange rates.
import type { SectorCode } from './source/types.js';

export const SECTORS: { code: SectorCode; nameZh: string; nameEn: string }[] = [
  { code: 'LOGISTICS', nameZh: '物流运输', nameEn: 'Logistics & transport' },
  { code: 'NEW_ENERGY', nameZh: '新能源', nameEn: 'New energy' },
  { code: 'EQUIPMENT_MANUFACTURING', nameZh: '装备制造', nameEn: 'Equipment manufacturing' },
  { code: 'DIGITAL_ECONOMY', nameZh: '数字经济', nameEn: 'Digital economy' },
  { code: 'TRADE', nameZh: '贸易', nameEn: 'Trade' },
  { code: 'FINANCE', nameZh: '金融', nameEn: 'Finance' },
  { code: 'AGRI_FOOD', nameZh: '农业食品', nameEn: 'Agriculture & food' },
  { code: 'RESEARCH', nameZh: '科研', nameEn: 'Research & development' },
  { code: 'EDUCATION_TRAINING', nameZh: '教育培训', nameEn: 'Education & training' },
  { code: 'OTHER', nameZh: '其他', nameEn: 'Other' },
];

export const DEFAULT_RATE_NOTE = 'approximate, entered by hand';
export const DEFAULT_RATES_ENTERED_ON = '2026-11-24';

/**
 * USD per unit, approximate and entered by hand (no market feed, no citation); officers can edit them later, and
 * loading never overwrites a rate that already exists.
 */
export const DEFAULT_RATES: { currency: string; validFrom: string; usdPerUnit: string }[] = [
  { currency: 'CNY', validFrom: '2023-01-01', usdPerUnit: '0.1420' },
  { currency: 'CNY', validFrom: '2024-01-01', usdPerUnit: '0.1390' },
  { currency: 'CNY', validFrom: '2025-01-01', usdPerUnit: '0.1380' },
  { currency: 'EUR', validFrom: '2023-01-01', usdPerUnit: '1.08' },
  { currency: 'RUB', validFrom: '2023-01-01', usdPerUnit: '0.0115' },
  { currency: 'KZT', validFrom: '2023-01-01', usdPerUnit: '0.0021' },
  { currency: 'KGS', validFrom: '2023-01-01', usdPerUnit: '0.0114' },
  { currency: 'UZS', validFrom: '2023-01-01', usdPerUnit: '0.000080' },
  { currency: 'TJS', validFrom: '2023-01-01', usdPerUnit: '0.092' },
  { currency: 'PKR', validFrom: '2023-01-01', usdPerUnit: '0.0036' },
  { currency: 'INR', validFrom: '2023-01-01', usdPerUnit: '0.0120' },
  { currency: 'BYN', validFrom: '2023-01-01', usdPerUnit: '0.31' },
  { currency: 'AED', validFrom: '2023-01-01', usdPerUnit: '0.2723' },
  { currency: 'HKD', validFrom: '2023-01-01', usdPerUnit: '0.128' },
];
