#!/usr/bin/env bash
# Writes UTF-8 source CSVs and their legacy-encoded copies for src/core/data/encoding tests.
# Needs iconv (glibc). Each encoded file must round-trip to its source byte for byte.
set -euo pipefail
out="$(dirname "$0")/../src/core/data/encoding/fixtures"
src="$out/sources"
mkdir -p "$src"

# Simplified Chinese customer export (semicolons, decimal commas, 是/否, a 4-byte GB18030 name).
cat > "$src/customers-zh-hans.csv" <<'CSV'
客户编号;姓名;省份;城市;产品;消费金额;会员;注册日期
1001;张伟;北京市;北京市;无线耳机;1.234,56;是;2024年3月1日
1002;王芳;上海市;上海市;保温杯;98,00;否;2024年3月15日
1003;李娜;广东省;深圳市;智能手表;2.045,00;是;2024年4月2日
1004;刘洋;广东省;广州市;运动鞋;459,90;否;2024年5月20日
1005;陈静;浙江省;杭州市;护肤套装;3.300,40;是;2024年6月8日
1006;杨磊;四川省;成都市;蓝牙音箱;450,00;否;2024年7月11日
1007;赵敏;湖北省;武汉市;电饭煲;1.020,30;是;2024年8月30日
1008;黄强;江苏省;南京市;充电宝;76,90;否;2024年9月9日
1009;吴秀英;山东省;青岛市;羽绒服;899,00;是;2024年10月1日
1010;José García;福建省;厦门市;咖啡机;2.599,00;否;2024年10月18日
1011;周杰;陕西省;西安市;机械键盘;399,00;是;2024年11月11日
1012;徐丽;湖南省;长沙市;洗面奶;59,90;否;2024年12月24日
CSV

# A short GBK product list (the encoding most Chinese Excel installs still save as).
cat > "$src/products-zh-hans.csv" <<'CSV'
商品名称,类别,单价,库存,是否上架
纯棉T恤,服装,49.00,320,是
不锈钢保温杯,家居,89.00,150,是
儿童绘本套装,图书,128.00,42,否
有机绿茶,食品,66.50,500,是
CSV

# Traditional Chinese (Taiwan) customer export.
cat > "$src/customers-zh-hant.csv" <<'CSV'
會員編號,姓名,縣市,地址,購買商品,金額,是否訂閱
T001,陳美玲,臺北市,臺灣臺北市大安區忠孝東路四段100號,咖啡豆禮盒,1280,是
T002,林志明,新北市,臺灣新北市板橋區文化路一段25號,手工皂,360,否
T003,黃淑芬,台中市,臺灣台中市西屯區台灣大道三段99號,保溫瓶,890,是
T004,張家豪,高雄市,臺灣高雄市前鎮區中山二路5號,藍牙耳機,2490,否
T005,李雅婷,桃園市,臺灣桃園市中壢區中央西路二段30號,茶葉組合,650,是
T006,王俊傑,臺南市,臺灣臺南市東區長榮路一段12號,運動背包,1590,否
CSV

# Japanese customer export (kanji, hiragana, full-width katakana, full-width yen amounts).
cat > "$src/customers-ja.csv" <<'CSV'
顧客番号,氏名,フリガナ,会社名,都道府県,購入商品,金額（円）,メルマガ
J-001,田中太郎,タナカタロウ,株式会社サンプル,東京都,ノートパソコン,128000,はい
J-002,佐藤花子,サトウハナコ,有限会社みどり商事,大阪府,コーヒーメーカー,15800,いいえ
J-003,鈴木一郎,スズキイチロウ,株式会社テクノ,神奈川県,ワイヤレスイヤホン,9800,はい
J-004,高橋美咲,タカハシミサキ,合同会社ひかり,愛知県,電子レンジ,23500,いいえ
J-005,伊藤健,イトウケン,株式会社ヤマト物産,北海道,ランニングシューズ,12000,はい
J-006,渡辺さくら,ワタナベサクラ,株式会社ミライ,福岡県,加湿器,8900,いいえ
CSV

# German export as Excel writes it on a German Windows: semicolons, decimal commas, €.
cat > "$src/customers-de.csv" <<'CSV'
Kundennummer;Name;Straße;Ort;Umsatz;Währung;Newsletter
D-1001;Jürgen Müller;Hauptstraße 12;München;1.234,56 €;EUR;ja
D-1002;Anna Schäfer;Bahnhofstraße 3;Köln;987,10 €;EUR;nein
D-1003;Björn Größmann;Königsallee 45;Düsseldorf;2.045,00 €;EUR;ja
D-1004;Sophie Weiß;Lindenstraße 7;Nürnberg;15,75 €;EUR;nein
D-1005;Lukas Bäcker;Schloßweg 1;Würzburg;3.300,40 €;EUR;ja
CSV

# French and Spanish names, typographic quotes, semicolons.
cat > "$src/customers-fr-es.csv" <<'CSV'
Client;Prénom;Nom;Ville;Pays;Montant;Remarque
1;Hélène;Lefèvre;Besançon;France;1 250,00 €;“Très satisfaite”
2;François;Müller;Genève;Suisse;89,90 €;Livraison à domicile
3;José;Muñoz;Málaga;España;450,00 €;Cliente desde año 2019
4;Inés;Peña;A Coruña;España;12,50 €;Pagó con tarjeta – ¿reembolso?
5;Zoë;Dubois;Orléans;France;3 400,00 €;L’équipe l’a rappelée
CSV

# Excel "Unicode text": tab-separated, several scripts, an emoji (a UTF-16 surrogate pair).
printf '%s\t%s\t%s\t%s\n' \
  'Name' 'City' 'Spend' 'Note' \
  '张伟' '北京市' '1234.56' 'VIP 👍' \
  'Jürgen Müller' 'München' '987.10' 'Newsletter ✓' \
  '田中太郎' '東京都' '128000' 'カタカナ 🎉' \
  'Hélène Lefèvre' 'Besançon' '12.50' 'Très bien 😀' > "$src/excel-unicode-text.csv"

# Short single-line files with only three or four non-ASCII characters: the hard cases.
printf '%s\n' '1,张伟,是' > "$src/short-zh-hans.csv"
printf '%s\n' '1,陳美玲' > "$src/short-zh-hant.csv"
printf '%s\n' '1,田中さん' > "$src/short-ja.csv"
printf '%s\n' 'Müller;Köln;Straße' > "$src/short-de.csv"
printf '%s\n' 'Muñoz,Peña,José' > "$src/short-es.csv"

# Free-text reviews, written after the character lists were drafted, as a check against tuning to the files above.
cat > "$src/reviews-zh-hans.csv" <<'CSV'
订单号,评论内容,退款原因,收货地址
88001,这款吹风机声音有点大，但是干得很快。物流速度不错，包装完好，给五星好评！,无,重庆市渝北区龙溪街道松石北路88号
88002,尺码偏小，颜色和图片有色差,尺码不合适,辽宁省沈阳市和平区南京北街
88003,欧阳娜娜推荐的口红，很滋润,无,黑龙江省哈尔滨市南岗区
CSV
cat > "$src/reviews-zh-hant.csv" <<'CSV'
訂單,評論,地址
1,這款吹風機聲音有點大，但是乾得很快。物流速度不錯，包裝完好。,新竹縣竹北市光明六路東一段
2,鞋子尺碼偏小，顏色和圖片有色差,花蓮縣吉安鄉
CSV
cat > "$src/reviews-ja.csv" <<'CSV'
注文番号,レビュー,住所
1,この商品はとても使いやすく、デザインも気に入りました。配送も早かったです。,京都府京都市左京区下鴨泉川町
2,思ったより小さかったので返品します,沖縄県那覇市久茂地
CSV
# Old Japanese systems write name readings in half-width katakana.
cat > "$src/readings-ja-halfwidth.csv" <<'CSV'
ｼﾒｲ,ｼﾞｭｳｼｮ
ﾀﾅｶ ﾀﾛｳ,ﾄｳｷｮｳﾄ
ｻﾄｳ ﾊﾅｺ,ｵｵｻｶﾌ
CSV
cat > "$src/customers-pt-no-fr.csv" <<'CSV'
nome;cidade;observação
João Conceição;São Paulo;Não entregue
Åse Øvergård;Tromsø;Smørrebrød
Chloé Cœur;Perché città;Œuvre
CSV
printf '%s\n' '李四,男' > "$src/short2-zh-hans.csv"
printf '%s\n' '台灣,是' > "$src/short2-zh-hant.csv"
printf '%s\n' 'ありがとう' > "$src/short2-ja.csv"
printf '%s\n' 'Ana,Açores' > "$src/short2-pt.csv"
printf '%s\n' 'Zoë;15 €' > "$src/short2-nl.csv"

encode() { # source target-name iconv-charset [bom-hex]
  local file="$out/$2"
  : > "$file"
  if [ -n "${4:-}" ]; then printf "$4" > "$file"; fi
  iconv -f UTF-8 -t "$3" < "$src/$1" >> "$file"
}

encode customers-zh-hans.csv customers-zh-hans.gb18030.csv GB18030
encode customers-zh-hans.csv customers-zh-hans.utf-8-bom.csv UTF-8 '\xef\xbb\xbf'
encode products-zh-hans.csv products-zh-hans.gbk.csv GBK
encode customers-zh-hant.csv customers-zh-hant.big5.csv BIG5
encode customers-ja.csv customers-ja.shift_jis.csv SHIFT_JIS
encode customers-ja.csv customers-ja.cp932.csv CP932
encode customers-ja.csv customers-ja.utf-8.csv UTF-8
encode customers-de.csv customers-de.windows-1252.csv CP1252
encode customers-de.csv customers-de.utf-16le-nobom.csv UTF-16LE
encode customers-fr-es.csv customers-fr-es.windows-1252.csv CP1252
encode customers-fr-es.csv customers-fr-es.utf-16be-bom.csv UTF-16BE '\xfe\xff'
encode excel-unicode-text.csv excel-unicode-text.utf-16le-bom.csv UTF-16LE '\xff\xfe'
encode excel-unicode-text.csv excel-unicode-text.utf-16be-bom.csv UTF-16BE '\xfe\xff'
encode short-zh-hans.csv short-zh-hans.gb18030.csv GB18030
encode short-zh-hans.csv short-zh-hans.gbk.csv GBK
encode short-zh-hant.csv short-zh-hant.big5.csv BIG5
encode short-ja.csv short-ja.shift_jis.csv SHIFT_JIS
encode short-de.csv short-de.windows-1252.csv CP1252
encode short-es.csv short-es.windows-1252.csv CP1252

encode reviews-zh-hans.csv reviews-zh-hans.gbk.csv GBK
encode reviews-zh-hant.csv reviews-zh-hant.big5.csv BIG5
encode reviews-ja.csv reviews-ja.cp932.csv CP932
encode readings-ja-halfwidth.csv readings-ja-halfwidth.cp932.csv CP932
encode customers-pt-no-fr.csv customers-pt-no-fr.windows-1252.csv CP1252
encode short2-zh-hans.csv short2-zh-hans.gbk.csv GBK
encode short2-zh-hant.csv short2-zh-hant.big5.csv BIG5
encode short2-ja.csv short2-ja.cp932.csv CP932
encode short2-pt.csv short2-pt.windows-1252.csv CP1252
encode short2-nl.csv short2-nl.windows-1252.csv CP1252

# A file whose encoding changes halfway: UTF-8 lines, then GBK lines.
head -n 4 "$src/customers-zh-hans.csv" > "$out/mixed-utf8-then-gbk.csv"
tail -n 4 "$src/customers-zh-hans.csv" | iconv -f UTF-8 -t GBK >> "$out/mixed-utf8-then-gbk.csv"

echo "wrote $(ls "$out" | wc -l) entries to $out"
