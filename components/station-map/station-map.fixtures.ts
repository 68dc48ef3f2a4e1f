/**
 * Shared data for the station map's tests, stories and benchmark: the 12 stations of the demo
 * town 枫泉镇 (invented; a few deputies each), and synthetic towns of any size.
 */
import type { Station, StationKind, TownMapLayer } from '../../domain/model.js';
import type { DeputyRef } from './station-data.js';

export const TOWN_STATIONS: Station[] = [
  {
    "id": "center",
    "name": "枫泉镇人大代表联络中心站",
    "kind": "center",
    "address": "枫泉镇人民路88号便民服务中心一楼",
    "location": {
      "lng": 119.953245,
      "lat": 30.048719,
      "crs": "gcj02"
    },
    "phone": "0571-63218812",
    "reception": [
      {
        "kind": "monthly",
        "day": 10,
        "time": "09:00-11:30",
        "label": "代表接待日"
      },
      {
        "kind": "monthly",
        "day": 20,
        "time": "14:00-17:00",
        "label": "代表集中活动日"
      },
      {
        "kind": "quarterly-last-week",
        "time": "09:00-17:00",
        "label": "履职周"
      }
    ],
    "deputies": [
      "bq-001",
      "bq-002",
      "bq-009",
      "bq-010"
    ]
  },
  {
    "id": "quankou",
    "name": "泉口片区人大代表联络站",
    "kind": "station",
    "theme": "village",
    "address": "枫泉镇泉口村文化礼堂二楼",
    "location": {
      "lng": 119.929409,
      "lat": 30.061056,
      "crs": "wgs84"
    },
    "phone": "0571-78398661",
    "reception": [
      {
        "kind": "weekly",
        "weekday": 2,
        "halfDay": "morning",
        "time": "08:30-11:30",
        "label": "代表值班接待"
      }
    ],
    "deputies": [
      "bq-020",
      "bq-021",
      "bq-022",
      "bq-023"
    ]
  },
  {
    "id": "meiao",
    "name": "梅岙片区人大代表联络站",
    "kind": "station",
    "theme": "village",
    "address": "枫泉镇梅岙村党群服务中心",
    "location": {
      "lng": 119.976388,
      "lat": 30.071625,
      "crs": "gcj02"
    },
    "phone": "0571-81962179",
    "reception": [
      {
        "kind": "monthly",
        "day": 10,
        "time": "09:00-11:30",
        "label": "片区接待日"
      },
      {
        "kind": "quarterly-last-week",
        "label": "履职周"
      }
    ],
    "deputies": [
      "bq-036",
      "bq-037",
      "bq-038",
      "bq-039"
    ]
  },
  {
    "id": "jintang",
    "name": "金塘片区人大代表联络站",
    "kind": "station",
    "theme": "village",
    "address": "枫泉镇金塘村村民服务中心一楼",
    "location": {
      "lng": 119.974407,
      "lat": 30.031238,
      "crs": "bd09"
    },
    "phone": "0571-66783779",
    "reception": [
      {
        "kind": "weekly",
        "weekday": 4,
        "halfDay": "afternoon",
        "time": "14:00-17:00",
        "label": "代表值班接待"
      }
    ],
    "deputies": [
      "bq-059",
      "bq-060",
      "bq-061",
      "bq-062"
    ]
  },
  {
    "id": "shangxi",
    "name": "上溪片区人大代表联络站",
    "kind": "station",
    "theme": "village",
    "address": "枫泉镇上溪村文化礼堂",
    "location": {
      "lng": 119.914225,
      "lat": 30.040634,
      "crs": "gcj02"
    },
    "phone": "0571-68206393",
    "reception": [
      {
        "kind": "monthly",
        "day": 20,
        "time": "09:00-11:30",
        "label": "代表集中活动日"
      },
      {
        "kind": "weekly",
        "weekday": 2,
        "halfDay": "morning",
        "time": "08:30-11:00",
        "label": "代表值班接待"
      }
    ],
    "deputies": [
      "bq-064",
      "bq-065",
      "bq-066",
      "bq-067"
    ]
  },
  {
    "id": "fengquan-shequ",
    "name": "枫泉社区人大代表联络点",
    "kind": "point",
    "theme": "community",
    "address": "枫泉镇人民路126号枫泉社区党群服务中心",
    "location": {
      "lng": 119.950443,
      "lat": 30.048539,
      "crs": "gcj02"
    },
    "reception": [
      {
        "kind": "weekly",
        "weekday": 2,
        "halfDay": "morning",
        "time": "09:00-11:30",
        "label": "每周二上午代表值班"
      }
    ],
    "deputies": [
      "bq-001",
      "bq-002",
      "bq-003",
      "bq-004"
    ]
  },
  {
    "id": "quanhu",
    "name": "泉湖社区人大代表联络点",
    "kind": "point",
    "theme": "community",
    "address": "枫泉镇泉湖街58号泉湖社区服务中心",
    "location": {
      "lng": 119.95719,
      "lat": 30.045554,
      "crs": "wgs84"
    },
    "reception": [
      {
        "kind": "monthly",
        "day": 10,
        "time": "14:00-16:30",
        "label": "代表接待日"
      }
    ],
    "deputies": [
      "bq-011",
      "bq-012",
      "bq-013",
      "bq-014"
    ]
  },
  {
    "id": "yangmeiling",
    "name": "杨梅岭村人大代表联络点",
    "kind": "point",
    "theme": "village",
    "address": "枫泉镇杨梅岭村文化礼堂",
    "location": {
      "lng": 119.992682,
      "lat": 30.063901,
      "crs": "gcj02"
    },
    "reception": [
      {
        "kind": "monthly",
        "day": 15,
        "time": "19:00-20:30",
        "label": "“小队会”夜谈"
      }
    ],
    "deputies": [
      "bq-050",
      "bq-051",
      "bq-052",
      "bq-053"
    ]
  },
  {
    "id": "railway",
    "name": "钱塘湾城际铁路枫泉段征迁人大代表联络点",
    "kind": "point",
    "theme": "project",
    "address": "枫泉镇西畈村村委会东侧征迁指挥部板房",
    "location": {
      "lng": 119.94349,
      "lat": 30.025183,
      "crs": "gcj02"
    },
    "phone": "0571-70492502",
    "reception": [
      {
        "kind": "weekly",
        "weekday": 4,
        "time": "19:00-21:00",
        "label": "征迁政策夜谈"
      },
      {
        "kind": "once",
        "date": "2026-06-12",
        "time": "19:00-21:30",
        "label": "征迁区块选民夜谈会"
      },
      {
        "kind": "once",
        "date": "2026-12-05",
        "time": "09:00-16:00",
        "label": "征地补偿安置政策集中答疑日"
      }
    ],
    "deputies": [
      "bq-001",
      "bq-010",
      "bq-026",
      "bq-055"
    ]
  },
  {
    "id": "minsheng-shop",
    "name": "梅岙村民生小铺人大代表联络点",
    "kind": "point",
    "theme": "shop",
    "address": "枫泉镇梅岙村梅岙街12号民生小铺",
    "location": {
      "lng": 119.978775,
      "lat": 30.070278,
      "crs": "gcj02"
    },
    "reception": [
      {
        "kind": "monthly",
        "day": 15,
        "time": "09:00-11:00",
        "label": "代表当“店小二”"
      }
    ],
    "deputies": [
      "bq-037",
      "bq-054",
      "bq-056"
    ]
  },
  {
    "id": "industrial-park",
    "name": "枫泉工业功能区企业人大代表联络点",
    "kind": "point",
    "theme": "enterprise",
    "address": "枫泉镇兴业路6号工业功能区服务中心",
    "location": {
      "lng": 119.97926,
      "lat": 30.044174,
      "crs": "bd09"
    },
    "reception": [
      {
        "kind": "monthly",
        "day": 25,
        "time": "14:00-16:30",
        "label": "进站会商一件事"
      },
      {
        "kind": "quarterly-last-week",
        "label": "企业走访周"
      }
    ],
    "deputies": [
      "bq-013",
      "bq-017",
      "bq-046",
      "bq-072"
    ]
  },
  {
    "id": "mobile",
    "name": "枫泉镇流动人大代表联络站",
    "kind": "mobile",
    "address": "枫泉镇人大办（流动服务车）",
    "location": {
      "lng": 119.953453,
      "lat": 30.048539,
      "crs": "gcj02"
    },
    "phone": "0571-63218806",
    "reception": [],
    "deputies": [
      "bq-001",
      "bq-002",
      "bq-011",
      "bq-013"
    ],
    "stops": [
      {
        "date": "2026-09-18",
        "place": "泉口村文化礼堂",
        "time": "09:00-11:30",
        "location": {
          "lng": 119.933943,
          "lat": 30.058421,
          "crs": "gcj02"
        }
      },
      {
        "date": "2026-10-16",
        "place": "金塘村便民服务点",
        "time": "14:00-16:30",
        "location": {
          "lng": 119.966737,
          "lat": 30.025003,
          "crs": "gcj02"
        }
      },
      {
        "date": "2026-11-13",
        "place": "泉湖精密机械有限公司职工食堂",
        "time": "11:30-13:00",
        "location": {
          "lng": 119.98081,
          "lat": 30.043125,
          "crs": "bd09"
        }
      },
      {
        "date": "2026-11-27",
        "place": "竹坞村村委会",
        "time": "09:00-11:30",
        "location": {
          "lng": 119.986247,
          "lat": 30.083034,
          "crs": "gcj02"
        }
      },
      {
        "date": "2026-12-11",
        "place": "后浦村文化礼堂",
        "time": "09:00-11:30",
        "location": {
          "lng": 119.908724,
          "lat": 30.026531,
          "crs": "gcj02"
        }
      },
      {
        "date": "2026-12-25",
        "place": "石桥村老年活动中心",
        "time": "14:00-16:00",
        "location": {
          "lng": 119.924603,
          "lat": 30.070638,
          "crs": "gcj02"
        }
      },
      {
        "date": "2027-01-15",
        "place": "杨梅岭村文化礼堂",
        "time": "09:00-11:30",
        "location": {
          "lng": 119.992682,
          "lat": 30.063901,
          "crs": "gcj02"
        }
      },
      {
        "date": "2027-02-26",
        "place": "新塘村农贸市场门口",
        "time": "07:30-09:30",
        "location": {
          "lng": 119.981577,
          "lat": 30.034974,
          "crs": "gcj02"
        }
      },
      {
        "date": "2027-03-12",
        "place": "泉湖社区广场",
        "time": "18:30-20:30",
        "location": {
          "lng": 119.960717,
          "lat": 30.04279,
          "crs": "gcj02"
        }
      }
    ]
  }
];

export const TOWN_DEPUTIES: DeputyRef[] = [{"id": "bq-001", "name": "楼雯颖"}, {"id": "bq-002", "name": "洪浩磊"}, {"id": "bq-009", "name": "袁悦菊"}, {"id": "bq-010", "name": "徐琳红"}, {"id": "bq-020", "name": "周航"}, {"id": "bq-021", "name": "杨福辉"}, {"id": "bq-022", "name": "骆春"}, {"id": "bq-023", "name": "冯航"}, {"id": "bq-036", "name": "洪一强"}, {"id": "bq-037", "name": "许磊"}, {"id": "bq-038", "name": "钱博伟"}, {"id": "bq-039", "name": "朱林"}, {"id": "bq-059", "name": "蔡林"}, {"id": "bq-060", "name": "王丽莉"}, {"id": "bq-061", "name": "沈军航"}, {"id": "bq-062", "name": "陆鹏博"}, {"id": "bq-064", "name": "洪达振"}, {"id": "bq-065", "name": "陈斌立"}, {"id": "bq-066", "name": "陈鹏涛"}, {"id": "bq-067", "name": "王雯妍"}, {"id": "bq-003", "name": "王梅妍"}, {"id": "bq-004", "name": "金凤萍"}, {"id": "bq-011", "name": "翁娟莉"}, {"id": "bq-012", "name": "刘琳蓉"}, {"id": "bq-013", "name": "方建良"}, {"id": "bq-014", "name": "叶艳燕"}, {"id": "bq-050", "name": "潘逸忠"}, {"id": "bq-051", "name": "王卫水"}, {"id": "bq-052", "name": "姚荣"}, {"id": "bq-053", "name": "倪文一"}, {"id": "bq-026", "name": "刘海根"}, {"id": "bq-055", "name": "李军卫"}, {"id": "bq-054", "name": "马思海"}, {"id": "bq-056", "name": "应小丽"}, {"id": "bq-017", "name": "潘美婷"}, {"id": "bq-046", "name": "黄文春"}, {"id": "bq-072", "name": "王颖丽"}];

/**
 * `count` synthetic stations around 枫泉镇, reproducible from `seed`: a few centres, more stations,
 * mostly points, some mobile; mixed coordinate systems as real data is.
 */
export function syntheticStations(count: number, seed = 1): Station[] {
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const kinds: StationKind[] = ['center', 'station', 'station', 'point', 'point', 'point', 'point', 'point', 'point', 'mobile'];
  const crs = ['gcj02', 'wgs84', 'bd09'] as const;
  const themes = ['village', 'community', 'enterprise', 'shop', 'project', 'building'];
  // Spread grows with the count: 5,000 stations cover a county, not a village square.
  const spread = Math.min(1.2, 0.06 + Math.sqrt(count) * 0.012);
  return Array.from({ length: count }, (_, i) => {
    const kind = i === 0 ? 'center' : kinds[Math.floor(random() * kinds.length)]!;
    return {
      id: `s-${i + 1}`,
      name: `${['泉口', '梅岙', '金塘', '上溪', '枫林', '杨梅岭', '湖畔', '江口'][i % 8]}第${i + 1}${kind === 'center' ? '联络中心站' : kind === 'station' ? '联络站' : kind === 'mobile' ? '流动联络站' : '联络点'}`,
      kind,
      ...(kind === 'point' ? { theme: themes[Math.floor(random() * themes.length)]! } : {}),
      address: `枫泉镇第${i + 1}号`,
      location: { lng: 119.95 + (random() - 0.5) * spread, lat: 30.05 + (random() - 0.5) * spread * 0.8, crs: crs[i % 3]! },
      reception: [{ kind: 'monthly', day: 1 + (i % 28), time: '09:00-11:30' }],
      deputies: [],
    };
  });
}

/** A small invented road and village layer for 枫泉镇 (GCJ-02, as read off AMap). */
export const TOWN_LAYER: TownMapLayer = {
  type: 'FeatureCollection',
  coordinateSystem: 'gcj02',
  features: [
    { type: 'Feature', properties: { kind: 'village', name: '泉口村' }, geometry: { type: 'Polygon', coordinates: [[[119.918, 30.052], [119.938, 30.054], [119.941, 30.068], [119.922, 30.071], [119.914, 30.062], [119.918, 30.052]]] } },
    { type: 'Feature', properties: { kind: 'village', name: '梅岙村' }, geometry: { type: 'Polygon', coordinates: [[[119.966, 30.064], [119.988, 30.063], [119.99, 30.079], [119.97, 30.081], [119.966, 30.064]]] } },
    { type: 'Feature', properties: { kind: 'village', name: '金塘村' }, geometry: { type: 'Polygon', coordinates: [[[119.962, 30.024], [119.982, 30.022], [119.985, 30.036], [119.965, 30.038], [119.962, 30.024]]] } },
    { type: 'Feature', properties: { kind: 'water', name: '枫泉湖' }, geometry: { type: 'Polygon', coordinates: [[[119.955, 30.041], [119.962, 30.04], [119.964, 30.045], [119.957, 30.046], [119.955, 30.041]]] } },
    { type: 'Feature', properties: { kind: 'road', name: '人民路' }, geometry: { type: 'LineString', coordinates: [[119.905, 30.046], [119.93, 30.048], [119.953, 30.049], [119.975, 30.047], [120.0, 30.05]] } },
    { type: 'Feature', properties: { kind: 'road', name: '泉梅线' }, geometry: { type: 'LineString', coordinates: [[119.93, 30.062], [119.945, 30.057], [119.953, 30.049], [119.968, 30.062], [119.992, 30.066]] } },
    { type: 'Feature', properties: { kind: 'road', name: '金塘路' }, geometry: { type: 'LineString', coordinates: [[119.953, 30.049], [119.96, 30.038], [119.974, 30.031], [119.98, 30.044]] } },
    { type: 'Feature', properties: { kind: 'road' }, geometry: { type: 'LineString', coordinates: [[119.914, 30.04], [119.93, 30.035], [119.943, 30.025]] } },
    { type: 'Feature', properties: { kind: 'boundary', name: '枫泉镇' }, geometry: { type: 'Polygon', coordinates: [[[119.9, 30.015], [120.005, 30.012], [120.01, 30.085], [119.9, 30.088], [119.9, 30.015]]] } },
  ],
};
