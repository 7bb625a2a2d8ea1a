/**
 * Hand-written name lists, read by `scripts/build-gazetteers.ts` (not at run time).
 */

/** Common Chinese (pinyin, plus Cantonese and Taiwanese spellings) and Korean surnames. */
export const ASIAN_SURNAMES: readonly string[] = (
  'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng ' +
  'Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Wei Su Lyu Lu Ding Ren Shen Yao Jin Fu Zhong Cui ' +
  'Xi Tan Fan Wan Qin Gu Dai Xia Qiu Mo Kong Bai Meng Yan Shi Lei Hou Long Duan Hao Shao Qian Tao Jia Mao Xiong Wen Qi Yin ' +
  'Chang Kang Niu Gong Hong Tong Xing Ji Ou Zou Qu Liao Geng Zhai Bi Xiang Nie Yue Chu Mei Rong Lai Wong Chan Cheung Leung ' +
  'Lam Ng Ho Lau Tsang Yeung Kwok Chow Tsai Hsu Chiang Chou Kuo Hsieh Tseng Lo Kao Liao Yip Fung Tse Mak Siu Choi Chung ' +
  'Kim Lee Park Jung Jeong Kang Cho Jo Yoon Yun Jang Lim Shin Seo Kwon Hwang Ahn Song Hong Jeon Ko Moon Yang Son Bae Baek ' +
  'Heo Nam Noh Roh Ha Kwak Sung Cha Joo Woo Min Ryu Na Jin Ji Eom Chae Won Pyo Byun Yeo Oh Yoo Go Suh Hahn Nguyen Tran Le ' +
  'Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ngo Duong Ly Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi ' +
  'Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Abe Kishida Ishiba Sato Singh Kumar Sharma ' +
  'Patel Gupta Khan Ali Ahmed Hussain Rahman Modi Gandhi Das Reddy Rao Mehta Shah Joshi Mishra'
).split(' ');

/**
 * Given names that are also common capitalised or sentence-initial English words, months or
 * places; they are left out of the `first-name` and `surname` lists (case-sensitive matching
 * already keeps `may` from `May`, but `Will` and `May` start sentences). Places stay places.
 */
export const FIRST_NAME_STOPLIST: readonly string[] = (
  'A An The In On At By For Of To And Or But So If As Is It He She We They You I My Our No Not Will May June April August ' +
  'January February March July September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
  'Grace Hope Faith Joy Rose Lily Iris Ivy Dawn Summer Autumn Winter Spring Holly Hazel Ruby Pearl Amber Crystal Jade Violet ' +
  'Daisy Poppy Olive Rain River Sky Storm Star Sunny Sandy Misty Honey Sugar Candy Cherry Ginger Berry Bliss Charity Harmony ' +
  'Liberty Justice Patience Prudence Mercy Trinity Destiny Heaven Haven Angel Precious Lucky Happy Blessing Gift Precious ' +
  'Mark Bill Frank Art Bob Jack Pat Ray Rob Will Sue Gene Guy Drew Rich Chase Chance Cliff Dale Dean Don Earl Forest Glen ' +
  'Grant Hunter Lance Miles Ned Nick Page Penny Price Reed Rod Rusty Sage Sterling Stone Victor Wade Ward Warren Wes Young ' +
  'Case Cash Clay Colt Cole Cruz Bishop King Queen Prince Princess Duke Baron Earl Major Royal Judge Deacon Pastor Noble ' +
  'London Paris Sydney Chelsea Jordan Georgia Virginia Carolina Dakota Montana Austin Dallas Houston Phoenix Denver Israel ' +
  'China India Kenya Asia Africa America Brooklyn Florence Adelaide Orlando Savannah Madison Lincoln Washington Jackson ' +
  'Said Can Hanging Long Well Bay Cat Kit Bud Buck Gay Hale Hardy Holly Ivory Jean Joy Kitty Lou Mae Max Mo Norm Ash Basil ' +
  'Bear Birch Brook Brooke Coral Echo Ebony Fern Flora Lavender Marina Meadow Melody Ocean Onyx Raven Robin Rowan Scarlett ' +
  'Sierra Skye Sparrow Willow Wren Zen Blue Gray Grey Green Black White Brown Golden Silver Love Bliss Mercedes Porsche ' +
  'Bentley Tesla Apple Amazon Harley Diamond Emerald Genesis Journey Legend Messiah Miracle Mystery Promise Serenity ' +
  'Unique Royalty Kingdom Tiger Fox Wolf Hawk Falcon Eagle Lion Dash Jet Rocket Blaze Flash Ace Rebel Ranger Gunner Archer ' +
  'Knight Fisher Carter Cooper Mason Parker Porter Walker Baker Taylor Turner Tucker Weaver Hunter Sawyer Gage Boss Doc ' +
  'Van Von Del Della De Dee Di La Le Lo Among Even Fine General Kick Lean Lone Per Pink Till Pave Gust Dock Innocent'
).split(' ');
