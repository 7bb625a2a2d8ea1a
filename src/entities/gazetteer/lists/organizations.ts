/**
 * Hand-written organizations, read by `scripts/build-gazetteers.ts` (not at run time).
 * Each line is `Canonical|alias|alias`.
 */
export const ORGANIZATIONS: readonly string[] = [
  // International bodies
  'United Nations|UN|U.N.', 'UN Security Council|U.N. Security Council|Security Council|UNSC', 'UN General Assembly|General Assembly|UNGA',
  'European Union|EU|E.U.', 'European Commission', 'European Parliament', 'European Council', 'European Central Bank|ECB',
  'North Atlantic Treaty Organization|NATO|Nato', 'World Health Organization|WHO', 'International Monetary Fund|IMF',
  'World Bank', 'World Trade Organization|WTO', 'Organization of the Petroleum Exporting Countries|OPEC', 'OPEC+',
  'Association of Southeast Asian Nations|ASEAN|Asean', 'African Union|AU', 'Arab League', 'Group of Seven|G7|G-7',
  'Group of 20|G20|G-20', 'BRICS', 'Shanghai Cooperation Organization|SCO', 'Asia-Pacific Economic Cooperation|APEC',
  'Organisation for Economic Co-operation and Development|OECD', 'International Atomic Energy Agency|IAEA',
  'UNESCO', 'UNICEF', 'UN Refugee Agency|UNHCR', 'World Food Programme|WFP', 'International Labour Organization|ILO',
  'Food and Agriculture Organization|FAO', 'International Criminal Court|ICC', 'International Court of Justice|ICJ',
  'International Committee of the Red Cross|ICRC|Red Cross', 'Red Crescent', 'Interpol', 'Asian Development Bank|ADB',
  'Asian Infrastructure Investment Bank|AIIB', 'New Development Bank', 'International Olympic Committee|IOC', 'FIFA', 'UEFA',
  'Amnesty International', 'Human Rights Watch', 'Doctors Without Borders|Medecins Sans Frontieres|MSF', 'Greenpeace',
  'World Economic Forum|WEF', 'Gulf Cooperation Council|GCC', 'Organization of American States|OAS',
  'Commonwealth of Independent States|CIS', 'Bank for International Settlements|BIS', 'Financial Stability Board',
  'International Energy Agency|IEA', 'UN Human Rights Council|Human Rights Council',
  'Office of the UN High Commissioner for Human Rights|OHCHR|Office of the United Nations High Commissioner for Human Rights|UN Human Rights Office', 'UN Development Programme|UNDP',
  'UNCTAD', 'UNRWA', 'Council of Europe', 'Eurostat', 'Mercosur', 'Hamas', 'Hezbollah', 'Taliban', 'Islamic State|ISIS|ISIL',
  'al-Qaida|al-Qaeda|Al Qaeda', 'Houthis|Houthi', 'Kremlin', 'White House', 'Pentagon', 'Vatican', 'Downing Street',
  // News agencies and media
  'Xinhua|Xinhua News Agency', 'Reuters', 'Associated Press|AP', 'Agence France-Presse|AFP', 'BBC|British Broadcasting Corporation',
  'CNN', 'Bloomberg', 'Dow Jones', 'The New York Times|New York Times|NYT', 'The Washington Post|Washington Post',
  'The Wall Street Journal|Wall Street Journal|WSJ', 'Financial Times|FT', 'The Economist|Economist', 'The Guardian|Guardian',
  'The Times', 'Kyodo|Kyodo News', 'Yonhap|Yonhap News Agency', 'TASS|Tass', 'RIA Novosti', 'Interfax', 'Al Jazeera',
  'China Daily', 'People\'s Daily', 'Global Times', 'CGTN', 'China Central Television|CCTV', 'China News Service',
  'China Media Group', 'NHK', 'Deutsche Welle|DW', 'dpa|DPA', 'ANSA', 'EFE', 'Anadolu|Anadolu Agency', 'PTI|Press Trust of India',
  'IRNA', 'KCNA|Korean Central News Agency', 'Bernama', 'Antara', 'NPR', 'PBS', 'ABC', 'CBS', 'NBC', 'Fox News', 'MSNBC',
  'Sky News', 'South China Morning Post|SCMP', 'Nikkei', 'Politico', 'Axios', 'USA Today', 'Los Angeles Times',
  'Le Monde', 'Der Spiegel|Spiegel', 'Asahi Shimbun', 'Yomiuri Shimbun',
  // Governments and agencies
  'Foreign Ministry', 'Ministry of Foreign Affairs', 'Ministry of Commerce|MOFCOM', 'Ministry of National Defense',
  'State Council', 'National People\'s Congress|NPC', 'Chinese People\'s Political Consultative Conference|CPPCC',
  'Communist Party of China|CPC|Chinese Communist Party|CCP', 'Central Committee', 'Political Bureau|Politburo',
  'Central Military Commission|CMC', 'People\'s Liberation Army|PLA', 'People\'s Bank of China|PBOC|PBoC',
  'National Development and Reform Commission|NDRC', 'National Bureau of Statistics|NBS', 'General Administration of Customs',
  'Supreme People\'s Court', 'Supreme People\'s Procuratorate', 'Ministry of Public Security',
  'State Department|U.S. State Department', 'Department of Defense|Defense Department|DoD', 'Department of Justice|Justice Department|DOJ',
  'Treasury Department|Treasury', 'Department of Homeland Security|DHS', 'Commerce Department', 'Congress|U.S. Congress',
  'Senate|U.S. Senate', 'House of Representatives|U.S. House', 'Supreme Court|U.S. Supreme Court', 'Federal Reserve|Fed',
  'Federal Bureau of Investigation|FBI', 'Central Intelligence Agency|CIA', 'National Security Agency|NSA',
  'National Aeronautics and Space Administration|NASA', 'Securities and Exchange Commission|SEC',
  'Food and Drug Administration|FDA', 'Centers for Disease Control and Prevention|CDC', 'Environmental Protection Agency|EPA',
  'Federal Aviation Administration|FAA', 'Federal Trade Commission|FTC', 'Internal Revenue Service|IRS',
  'Democratic Party|Democrats', 'Republican Party|Republicans|GOP', 'Conservative Party|Conservatives|Tories',
  'Labour Party|Labour', 'Liberal Democrats', 'Scottish National Party|SNP', 'Bharatiya Janata Party|BJP',
  'Indian National Congress', 'Liberal Democratic Party|LDP', 'United Russia', 'Christian Democratic Union|CDU',
  'Social Democratic Party|SPD', 'Alternative for Germany|AfD', 'National Rally', 'Kuomintang|KMT',
  'Democratic Progressive Party|DPP', 'African National Congress|ANC', 'Fatah', 'Likud', 'Bundestag', 'Duma|State Duma',
  'Parliament', 'House of Commons', 'House of Lords', 'Bank of England', 'Bank of Japan|BOJ', 'Ministry of Defence|MoD',
  'Home Office', 'Foreign Office', 'NHS|National Health Service', 'Scotland Yard', 'Metropolitan Police', 'MI5', 'MI6',
  'Mossad', 'FSB', 'Knesset', 'Elysee|Élysée', 'Reserve Bank of India|RBI', 'Hong Kong Monetary Authority|HKMA',
  // Companies
  'Apple', 'Microsoft', 'Alphabet', 'Google', 'Amazon', 'Meta', 'Facebook', 'Tesla', 'Nvidia', 'Intel', 'IBM', 'Oracle',
  'OpenAI', 'Anthropic', 'Netflix', 'Uber', 'Boeing', 'Airbus', 'Lockheed Martin', 'General Motors|GM', 'Ford', 'Toyota',
  'Volkswagen|VW', 'BMW', 'Mercedes-Benz', 'Honda', 'Nissan', 'Hyundai', 'Samsung|Samsung Electronics', 'LG', 'SK Hynix',
  'Sony', 'Panasonic', 'Huawei', 'ZTE', 'Xiaomi', 'Lenovo', 'Alibaba|Alibaba Group', 'Tencent', 'Baidu', 'ByteDance',
  'TikTok', 'JD.com', 'Pinduoduo', 'Meituan', 'BYD', 'CATL', 'Geely', 'NIO', 'DJI', 'SMIC', 'TSMC',
  'Taiwan Semiconductor Manufacturing Company', 'Foxconn', 'Sinopec', 'PetroChina', 'CNOOC', 'China Mobile', 'State Grid',
  'Industrial and Commercial Bank of China|ICBC', 'Bank of China', 'China Construction Bank', 'Agricultural Bank of China',
  'HSBC', 'Standard Chartered', 'JPMorgan|JPMorgan Chase|JP Morgan', 'Goldman Sachs', 'Morgan Stanley', 'Citigroup|Citi',
  'Bank of America', 'Wells Fargo', 'BlackRock', 'Barclays', 'Deutsche Bank', 'UBS', 'Credit Suisse', 'BNP Paribas',
  'Nomura', 'SoftBank', 'Berkshire Hathaway', 'ExxonMobil|Exxon', 'Chevron', 'Shell', 'BP', 'TotalEnergies', 'Saudi Aramco|Aramco',
  'Gazprom', 'Rosneft', 'Walmart', 'Pfizer', 'Moderna', 'AstraZeneca', 'Johnson & Johnson', 'Novartis', 'Roche', 'Sinovac',
  'Sinopharm', 'Siemens', 'Nokia', 'Ericsson', 'Qualcomm', 'AMD', 'ASML', 'Arm', 'Cisco', 'Dell', 'HP', 'Disney', 'Nike',
  'Coca-Cola', 'PepsiCo', 'McDonald\'s', 'Starbucks', 'Unilever', 'Nestle|Nestlé', 'L\'Oreal', 'LVMH', 'IKEA', 'Spotify',
  'SpaceX', 'X Corp', 'Twitter', 'Airbnb', 'PayPal', 'Visa', 'Mastercard', 'AT&T', 'Verizon', 'Comcast', 'Air China',
  'China Eastern', 'China Southern', 'Cathay Pacific', 'Emirates Airline', 'Lufthansa', 'Delta Air Lines', 'United Airlines',
  'American Airlines', 'COSCO', 'Maersk', 'Rio Tinto', 'BHP', 'Glencore', 'ArcelorMittal', 'Tata|Tata Group', 'Reliance|Reliance Industries',
  'Infosys', 'Adani', 'Hyundai Motor', 'Kia', 'Stellantis', 'Renault', 'Rolls-Royce', 'Caterpillar', 'General Electric|GE',
  '3M', 'Honeywell', 'Raytheon|RTX', 'Northrop Grumman', 'Shein', 'Temu', 'Li Auto', 'XPeng', 'Ant Group', 'Hikvision',
  'New York Stock Exchange|NYSE', 'Nasdaq', 'Hong Kong Stock Exchange|HKEX', 'Shanghai Stock Exchange', 'Shenzhen Stock Exchange',
  'London Stock Exchange|LSE',
  // Universities
  'Harvard University|Harvard', 'Stanford University|Stanford', 'Massachusetts Institute of Technology|MIT', 'Yale University|Yale',
  'Princeton University|Princeton', 'Columbia University', 'Oxford University|University of Oxford|Oxford', 'Cambridge University|University of Cambridge',
  'Peking University', 'Tsinghua University|Tsinghua', 'Fudan University', 'Zhejiang University', 'Chinese Academy of Sciences|CAS',
  'Chinese Academy of Social Sciences|CASS', 'University of Hong Kong|HKU', 'National University of Singapore|NUS',
  'University of Tokyo', 'Johns Hopkins University|Johns Hopkins', 'University of California', 'Brookings Institution|Brookings',
  'Council on Foreign Relations', 'Carnegie Endowment for International Peace', 'RAND Corporation|RAND',
];

/** Words that end an organization's name (`Acme Corp`, `Finance Ministry`). */
export const ORG_SUFFIXES: readonly string[] = [
  'Inc|Inc.', 'Corp|Corp.|Corporation', 'Ltd|Ltd.|Limited', 'Co|Co.|Company', 'LLC', 'LLP', 'PLC|plc', 'AG', 'GmbH', 'SA', 'NV',
  'Group', 'Holdings', 'Partners', 'Party', 'Ministry', 'Department', 'Council', 'Commission', 'Agency', 'Authority',
  'Administration', 'Bureau', 'Service', 'Institute', 'Institution', 'Foundation', 'Fund', 'University', 'College',
  'Academy', 'School', 'Bank', 'Association', 'Federation', 'Union', 'League', 'Alliance', 'Coalition', 'Front', 'Movement',
  'Committee', 'Office', 'Court', 'Tribunal', 'Army', 'Navy', 'Air Force', 'Police', 'Guard', 'Forces', 'Corps', 'Brigade',
  'Assembly', 'Congress', 'Parliament', 'Senate', 'Cabinet', 'Government', 'Secretariat', 'Board', 'Center', 'Centre',
  'Society', 'Organization', 'Organisation', 'Network', 'Exchange', 'Airlines', 'Airways', 'Motors', 'Industries',
  'Technologies', 'Technology', 'Systems', 'Energy', 'Petroleum', 'Pharmaceuticals', 'Media', 'News', 'Times', 'Post',
  'Daily', 'Herald', 'Journal', 'Broadcasting', 'Television', 'Radio', 'Hospital', 'Club', 'Team', 'Church', 'Trust',
];

/**
 * Titles and roles written before or beside a person's name. Role nouns are written in lower case
 * and match in any case (`spokesman`, `Foreign Minister`, `PRESIDENT`); honorifics, abbreviations
 * and words that are also common nouns or names in lower case (`General`, `Chief`, `Head`,
 * `Father`, `Dean`) are capitalised and match only as written or in all caps.
 */
export const PERSON_TITLES: readonly string[] = [
  // Heads of state and government, ministers, secretaries
  'president', 'vice president|vice-president|VP', 'prime minister|PM', 'deputy prime minister', 'premier', 'vice premier',
  'minister', 'foreign minister', 'defense minister|defence minister', 'finance minister', 'interior minister',
  'trade minister', 'commerce minister', 'economy minister', 'health minister', 'justice minister', 'energy minister',
  'vice minister', 'deputy minister', 'state councilor|state councillor', 'secretary', 'secretary of state',
  'defense secretary|defence secretary', 'treasury secretary', 'home secretary', 'foreign secretary', 'press secretary',
  'secretary-general|secretary general', 'under-secretary-general|under secretary-general', 'general secretary',
  'party secretary', 'chancellor', 'vice chancellor|vice-chancellor',
  // Legislators and officials
  'senator|Sen.', 'representative|Rep.', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'MP', 'MEP',
  'councillor|councilor', 'governor|Gov.', 'lieutenant governor|Lt. Gov.', 'mayor', 'deputy mayor', 'president-elect',
  'former president', 'acting president', 'interim president', 'opposition leader', 'majority leader', 'minority leader',
  'supreme leader', 'Speaker', 'Whip', 'Leader',
  // Diplomats and spokespeople
  'ambassador|Amb.', 'envoy', 'special envoy', 'consul', 'consul general', 'diplomat', 'spokesman', 'spokeswoman',
  'spokesperson', 'high commissioner', 'high representative', 'commissioner', 'special rapporteur',
  // Honorifics
  'Mr.|Mr', 'Mrs.|Mrs', 'Ms.|Ms', 'Miss', 'Dr.|Dr', 'Prof.|professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Jr.', 'Sr.',
  // Royalty and religion
  'king', 'queen', 'prince', 'princess', 'crown prince', 'emperor', 'empress', 'sheikh', 'emir', 'sultan', 'pope',
  'Cardinal', 'archbishop', 'bishop', 'Rev.|reverend', 'Father', 'imam', 'rabbi', 'ayatollah',
  // Military and police
  'General|Gen.', 'lieutenant general|Lt. Gen.', 'major general|Maj. Gen.', 'brigadier general|Brig. Gen.',
  'colonel|Col.', 'lieutenant colonel|Lt. Col.', 'Major|Maj.', 'captain|Capt.', 'lieutenant|Lt.', 'sergeant|Sgt.',
  'corporal|Cpl.', 'private first class|Pfc.', 'admiral|Adm.', 'vice admiral|Vice Adm.', 'rear admiral|Rear Adm.',
  'Marshal', 'field marshal', 'commander|Cmdr.', 'commander-in-chief', 'Officer', 'police chief', 'inspector',
  'detective', 'superintendent', 'sheriff',
  // Law
  'judge', 'chief justice', 'Justice', 'attorney general', 'prosecutor', 'chief prosecutor', 'attorney', 'lawyer',
  // Business, institutions, media, sport
  'chairman', 'chairwoman', 'chairperson', 'Chair', 'vice chairman', 'director', 'director-general|director general',
  'deputy director', 'executive director', 'managing director', 'CEO|chief executive|chief executive officer',
  'CFO|chief financial officer', 'COO|chief operating officer', 'CTO|chief technology officer', 'founder',
  'co-founder|cofounder', 'chief economist', 'economist', 'analyst', 'Chief', 'Head', 'Deputy', 'Fellow',
  'senior fellow', 'researcher', 'scientist', 'Dean', 'rector', 'Principal', 'coach', 'head coach',
  'manager', 'editor', 'editor-in-chief', 'correspondent', 'reporter', 'columnist', 'anchor',
];
