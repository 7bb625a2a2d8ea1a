/**
 * Hand-written first-level regions, read by `scripts/build-gazetteers.ts` (not at run time).
 * Each line is `Canonical|alias|alias`.
 */
export const REGIONS: readonly string[] = [
  // United States (AP-style abbreviations as aliases)
  'Alabama|Ala.', 'Alaska', 'Arizona|Ariz.', 'Arkansas|Ark.', 'California|Calif.', 'Colorado|Colo.', 'Connecticut|Conn.',
  'Delaware|Del.', 'Florida|Fla.', 'Georgia', 'Hawaii', 'Idaho', 'Illinois|Ill.', 'Indiana|Ind.', 'Iowa', 'Kansas|Kan.',
  'Kentucky|Ky.', 'Louisiana|La.', 'Maine', 'Maryland|Md.', 'Massachusetts|Mass.', 'Michigan|Mich.', 'Minnesota|Minn.',
  'Mississippi|Miss.', 'Missouri|Mo.', 'Montana|Mont.', 'Nebraska|Neb.', 'Nevada|Nev.', 'New Hampshire|N.H.',
  'New Jersey|N.J.', 'New Mexico|N.M.', 'New York State|N.Y.', 'North Carolina|N.C.', 'North Dakota|N.D.', 'Ohio',
  'Oklahoma|Okla.', 'Oregon|Ore.', 'Pennsylvania|Pa.', 'Rhode Island|R.I.', 'South Carolina|S.C.', 'South Dakota|S.D.',
  'Tennessee|Tenn.', 'Texas', 'Utah', 'Vermont|Vt.', 'Virginia|Va.', 'Washington State|Wash.', 'West Virginia|W.Va.',
  'Wisconsin|Wis.', 'Wyoming|Wyo.', 'District of Columbia|D.C.',
  // China: provinces, autonomous regions, municipalities, SARs
  'Anhui', 'Fujian', 'Gansu', 'Guangdong', 'Guizhou', 'Hainan', 'Hebei', 'Heilongjiang', 'Henan', 'Hubei', 'Hunan',
  'Jiangsu', 'Jiangxi', 'Jilin', 'Liaoning', 'Qinghai', 'Shaanxi', 'Shandong', 'Shanxi', 'Sichuan', 'Yunnan', 'Zhejiang',
  'Guangxi|Guangxi Zhuang Autonomous Region', 'Inner Mongolia|Inner Mongolia Autonomous Region|Nei Mongol',
  'Ningxia|Ningxia Hui Autonomous Region', 'Tibet|Xizang|Tibet Autonomous Region|Xizang Autonomous Region',
  'Xinjiang|Xinjiang Uygur Autonomous Region|Xinjiang Uyghur Autonomous Region',
  // India
  'Andhra Pradesh', 'Arunachal Pradesh', 'Assam', 'Bihar', 'Chhattisgarh', 'Goa', 'Gujarat', 'Haryana', 'Himachal Pradesh',
  'Jharkhand', 'Karnataka', 'Kerala', 'Madhya Pradesh', 'Maharashtra', 'Manipur', 'Meghalaya', 'Mizoram', 'Nagaland',
  'Odisha|Orissa', 'Punjab', 'Rajasthan', 'Sikkim', 'Tamil Nadu', 'Telangana', 'Tripura', 'Uttar Pradesh', 'Uttarakhand',
  'West Bengal', 'Jammu and Kashmir', 'Kashmir', 'Ladakh',
  // Canada
  'Alberta', 'British Columbia|B.C.', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador|Newfoundland', 'Nova Scotia',
  'Ontario', 'Prince Edward Island', 'Quebec|Québec', 'Saskatchewan', 'Northwest Territories', 'Nunavut', 'Yukon',
  // Australia
  'New South Wales|NSW', 'Victoria', 'Queensland', 'Western Australia', 'South Australia', 'Tasmania', 'Northern Territory',
  // United Kingdom
  'England', 'Scotland', 'Wales', 'Northern Ireland',
  // English counties (also the names of first-class cricket clubs) and Scottish and Welsh areas
  'Bedfordshire', 'Berkshire', 'Buckinghamshire', 'Cambridgeshire', 'Cheshire', 'Cornwall', 'Cumbria', 'Derbyshire',
  'Devon', 'Dorset', 'County Durham|Durham County', 'Essex', 'Gloucestershire', 'Greater London', 'Greater Manchester',
  'Hampshire', 'Herefordshire', 'Hertfordshire', 'Isle of Wight', 'Kent', 'Lancashire', 'Leicestershire', 'Lincolnshire',
  'Merseyside', 'Norfolk', 'Northamptonshire', 'Northumberland', 'Nottinghamshire', 'Oxfordshire', 'Rutland',
  'Shropshire', 'Somerset', 'Staffordshire', 'Suffolk', 'Surrey', 'East Sussex', 'West Sussex', 'Sussex', 'Tyne and Wear',
  'Warwickshire', 'West Midlands', 'Wiltshire', 'Worcestershire', 'Yorkshire', 'North Yorkshire', 'South Yorkshire',
  'West Yorkshire', 'East Riding of Yorkshire', 'Glamorgan', 'Highlands|Scottish Highlands', 'Fife', 'Lothian',
  // Russia, Ukraine and the Caucasus
  'Chechnya', 'Dagestan', 'Siberia', 'Crimea', 'Donbas|Donbass', 'Donetsk region', 'Luhansk region', 'Kherson region',
  'Zaporizhzhia region', 'Kursk region', 'Belgorod region', 'Kaliningrad region',
  // Germany
  'Bavaria', 'Baden-Württemberg', 'Saxony', 'Lower Saxony', 'Hesse', 'North Rhine-Westphalia', 'Brandenburg', 'Thuringia',
  'Schleswig-Holstein', 'Rhineland-Palatinate', 'Saxony-Anhalt', 'Mecklenburg-Western Pomerania',
  // Elsewhere
  'Catalonia', 'Andalusia', 'Basque Country', 'Galicia', 'Lombardy', 'Sicily', 'Sardinia', 'Tuscany', 'Corsica', 'Brittany',
  'Normandy', 'Flanders', 'Wallonia', 'Kurdistan', 'Gaza|Gaza Strip', 'West Bank', 'Golan Heights', 'Sinai',
  'Darfur', 'Tigray', 'Balochistan|Baluchistan', 'Sindh', 'Khyber Pakhtunkhwa', 'Mindanao', 'Luzon', 'Java', 'Sumatra',
  'Bali', 'Borneo', 'Sabah', 'Sarawak', 'Aceh', 'Papua', 'Okinawa', 'Hokkaido', 'Kyushu', 'Jeju', 'Gyeonggi',
  'Sao Paulo State', 'Rio Grande do Sul', 'Amazonas', 'Chiapas', 'Oaxaca', 'Jalisco', 'Sonora', 'Chihuahua', 'Baja California',
  'Patagonia', 'Lagos State', 'Borno', 'Kano State', 'Rakhine', 'Shan State', 'Kachin', 'Xinjiang Production and Construction Corps',
  // Larger regions that news names
  'Middle East', 'Southeast Asia', 'East Asia', 'South Asia', 'Central Asia', 'Asia-Pacific|Asia Pacific', 'Latin America',
  'Sub-Saharan Africa', 'North Africa', 'West Africa', 'East Africa', 'Horn of Africa', 'Sahel', 'Balkans', 'Caucasus',
  'Scandinavia', 'Eastern Europe', 'Western Europe', 'Central Europe', 'Gulf|Persian Gulf', 'Arctic', 'Antarctica',
  'Pacific', 'Atlantic', 'Caribbean', 'Mediterranean', 'South China Sea', 'East China Sea', 'Taiwan Strait',
  'Korean Peninsula', 'Asia', 'Africa', 'Europe', 'North America', 'South America', 'Oceania', 'Greater Bay Area',
  'Yangtze River Delta', 'Pearl River Delta',
];
