import type { CuratedEntry } from './curated';

/**
 * More of the team's general-knowledge lists (never from evaluation text): leaders and public
 * figures 1990-2025, parties, clubs, companies, media and places in their usual Arabic spellings.
 * The tagger learns how far to trust a gazetteer hit, so broad lists help it with names that
 * 125k training tokens never show. Compact form: one line per entry, `TYPE|ar forms|en forms|what`.
 */
const LINES = `
PER|جاك شيراك;شيراك|Jacques Chirac;Chirac|President of France (1995-2007)
PER|نيكولا ساركوزي;ساركوزي|Nicolas Sarkozy;Sarkozy|President of France (2007-2012)
PER|فرانسوا هولاند;هولاند|François Hollande;Hollande|President of France (2012-2017)
PER|غيرهارد شرودر;شرودر|Gerhard Schröder;Schröder|Chancellor of Germany (1998-2005)
PER|هلموت كول|Helmut Kohl;Kohl|Chancellor of Germany (1982-1998)
PER|أولاف شولتس;شولتس|Olaf Scholz;Scholz|Chancellor of Germany (2021-2025)
PER|سيلفيو برلسكوني;برلسكوني;برلوسكوني|Silvio Berlusconi;Berlusconi|Prime Minister of Italy
PER|رومانو برودي;برودي|Romano Prodi;Prodi|Prime Minister of Italy
PER|خوسيه ماريا أثنار;أثنار|José María Aznar;Aznar|Prime Minister of Spain (1996-2004)
PER|خوسيه لويس ثاباتيرو;ثاباتيرو|José Luis Zapatero;Zapatero|Prime Minister of Spain (2004-2011)
PER|بوريس يلتسين;يلتسين|Boris Yeltsin;Yeltsin|President of Russia (1991-1999)
PER|ميخائيل غورباتشوف;غورباتشوف|Mikhail Gorbachev;Gorbachev|Leader of the Soviet Union
PER|ديمتري ميدفيديف;ميدفيديف|Dmitry Medvedev;Medvedev|President of Russia (2008-2012)
PER|فولوديمير زيلينسكي;زيلينسكي|Volodymyr Zelensky;Zelensky|President of Ukraine
PER|جورج بوش الأب|George H. W. Bush|President of the United States (1989-1993)
PER|ديك تشيني;تشيني|Dick Cheney;Cheney|Vice President of the United States (2001-2009)
PER|كولن باول;باول|Colin Powell;Powell|US Secretary of State (2001-2005)
PER|كوندوليزا رايس;رايس|Condoleezza Rice;Rice|US Secretary of State (2005-2009)
PER|دونالد رامسفيلد;رامسفيلد|Donald Rumsfeld;Rumsfeld|US Secretary of Defense
PER|جون كيري;كيري|John Kerry;Kerry|US Secretary of State (2013-2017)
PER|مادلين أولبرايت;أولبرايت|Madeleine Albright;Albright|US Secretary of State (1997-2001)
PER|أنتوني بلينكن;بلينكن|Antony Blinken;Blinken|US Secretary of State (2021-2025)
PER|كمالا هاريس;هاريس|Kamala Harris;Harris|Vice President of the United States
PER|كوفي أنان;كوفي عنان;أنان;عنان|Kofi Annan;Annan|UN Secretary-General (1997-2006)
PER|بطرس غالي;بطرس بطرس غالي|Boutros Boutros-Ghali|UN Secretary-General (1992-1996)
PER|محمد البرادعي;البرادعي|Mohamed ElBaradei;ElBaradei|Director General of the IAEA
PER|عمرو موسى|Amr Moussa|Secretary-General of the Arab League (2001-2011)
PER|أحمد أبو الغيط;أبو الغيط|Ahmed Aboul Gheit|Secretary-General of the Arab League
PER|خافيير سولانا;سولانا|Javier Solana;Solana|EU foreign policy chief
PER|أرييل شارون;شارون|Ariel Sharon;Sharon|Prime Minister of Israel (2001-2006)
PER|إيهود باراك|Ehud Barak|Prime Minister of Israel (1999-2001)
PER|شمعون بيريز;بيريز|Shimon Peres;Peres|President of Israel
PER|إسحق رابين;رابين|Yitzhak Rabin;Rabin|Prime Minister of Israel
PER|تسيبي ليفني;ليفني|Tzipi Livni;Livni|Israeli foreign minister
PER|عمير بيرتس;بيرتس|Amir Peretz;Peretz|Israeli defence minister
PER|إسماعيل هنية;هنية|Ismail Haniyeh;Haniyeh|Hamas leader
PER|خالد مشعل;مشعل|Khaled Mashal;Mashal|Hamas leader
PER|أحمد ياسين|Ahmed Yassin|Hamas founder
PER|مروان البرغوثي;البرغوثي|Marwan Barghouti;Barghouti|Fatah leader
PER|حسن نصر الله;نصر الله;نصرالله|Hassan Nasrallah;Nasrallah|Hezbollah leader
PER|رفيق الحريري;الحريري|Rafic Hariri;Hariri|Prime Minister of Lebanon
PER|سعد الحريري|Saad Hariri|Prime Minister of Lebanon
PER|فؤاد السنيورة;السنيورة|Fouad Siniora;Siniora|Prime Minister of Lebanon (2005-2009)
PER|إميل لحود;لحود|Émile Lahoud;Lahoud|President of Lebanon (1998-2007)
PER|ميشال عون;عون|Michel Aoun;Aoun|President of Lebanon (2016-2022)
PER|نبيه بري;بري|Nabih Berri;Berri|Speaker of the Lebanese parliament
PER|وليد جنبلاط;جنبلاط|Walid Jumblatt;Jumblatt|Lebanese politician
PER|حافظ الأسد|Hafez al-Assad|President of Syria (1971-2000)
PER|الملك عبدالله الثاني;عبدالله الثاني|King Abdullah II|King of Jordan
PER|الملك حسين|King Hussein|King of Jordan (1952-1999)
PER|الملك فهد;فهد بن عبد العزيز|King Fahd|King of Saudi Arabia (1982-2005)
PER|الملك عبدالله بن عبدالعزيز;عبدالله بن عبد العزيز|King Abdullah|King of Saudi Arabia (2005-2015)
PER|سعود الفيصل|Saud al-Faisal|Saudi foreign minister (1975-2015)
PER|الشيخ زايد;زايد بن سلطان آل نهيان|Sheikh Zayed|President of the UAE (1971-2004)
PER|خليفة بن زايد|Khalifa bin Zayed|President of the UAE (2004-2022)
PER|محمد بن زايد|Mohamed bin Zayed|President of the UAE
PER|محمد بن راشد آل مكتوم;محمد بن راشد|Mohammed bin Rashid Al Maktoum|Ruler of Dubai
PER|حمد بن خليفة آل ثاني;حمد بن خليفة|Hamad bin Khalifa Al Thani|Emir of Qatar (1995-2013)
PER|تميم بن حمد|Tamim bin Hamad|Emir of Qatar
PER|قابوس بن سعيد;السلطان قابوس|Qaboos bin Said|Sultan of Oman (1970-2020)
PER|الملك محمد السادس;محمد السادس|King Mohammed VI|King of Morocco
PER|عبد العزيز بوتفليقة;بوتفليقة|Abdelaziz Bouteflika;Bouteflika|President of Algeria (1999-2019)
PER|زين العابدين بن علي;بن علي|Zine El Abidine Ben Ali;Ben Ali|President of Tunisia (1987-2011)
PER|عمر البشير;البشير|Omar al-Bashir;Bashir|President of Sudan (1989-2019)
PER|محمد مرسي;مرسي|Mohamed Morsi;Morsi|President of Egypt (2012-2013)
PER|أحمد نظيف;نظيف|Ahmed Nazif;Nazif|Prime Minister of Egypt (2004-2011)
PER|جمال مبارك|Gamal Mubarak|Son of Hosni Mubarak
PER|نوري المالكي;المالكي|Nouri al-Maliki;Maliki|Prime Minister of Iraq
PER|مسعود بارزاني;بارزاني;البارزاني|Masoud Barzani;Barzani|Kurdish leader
PER|إبراهيم الجعفري;الجعفري|Ibrahim al-Jaafari;Jaafari|Prime Minister of Iraq (2005-2006)
PER|مقتدى الصدر;الصدر|Muqtada al-Sadr;Sadr|Iraqi cleric
PER|علي السيستاني;السيستاني|Ali al-Sistani;Sistani|Iraqi cleric
PER|أبو مصعب الزرقاوي;الزرقاوي|Abu Musab al-Zarqawi;Zarqawi|al-Qaeda in Iraq leader
PER|أيمن الظواهري;الظواهري|Ayman al-Zawahiri;Zawahiri|al-Qaeda leader
PER|محمود أحمدي نجاد;أحمدي نجاد;نجاد|Mahmoud Ahmadinejad;Ahmadinejad|President of Iran (2005-2013)
PER|محمد خاتمي;خاتمي|Mohammad Khatami;Khatami|President of Iran (1997-2005)
PER|علي أكبر هاشمي رفسنجاني;رفسنجاني|Akbar Hashemi Rafsanjani;Rafsanjani|President of Iran (1989-1997)
PER|حامد كرزاي;كرزاي|Hamid Karzai;Karzai|President of Afghanistan (2001-2014)
PER|برويز مشرف;مشرف|Pervez Musharraf;Musharraf|President of Pakistan (2001-2008)
PER|بينظير بوتو;بوتو|Benazir Bhutto;Bhutto|Prime Minister of Pakistan
PER|هوغو تشافيز;تشافيز|Hugo Chávez;Chávez|President of Venezuela (1999-2013)
PER|فيدل كاسترو;كاسترو|Fidel Castro;Castro|Leader of Cuba
PER|نيلسون مانديلا;مانديلا|Nelson Mandela;Mandela|President of South Africa (1994-1999)
PER|كيم جونغ إيل;كيم جونغ ايل|Kim Jong Il|Leader of North Korea (1994-2011)
PER|هو جينتاو|Hu Jintao|President of China (2003-2013)
PER|جيانغ زيمين|Jiang Zemin|President of China (1993-2003)
PER|جونيشيرو كويزومي;كويزومي|Junichiro Koizumi;Koizumi|Prime Minister of Japan (2001-2006)
PER|شينزو آبي;آبي|Shinzo Abe;Abe|Prime Minister of Japan
PER|ناريندرا مودي;مودي|Narendra Modi;Modi|Prime Minister of India
PER|البابا بنديكتوس السادس عشر;بنديكتوس|Pope Benedict XVI|Pope (2005-2013)
PER|البابا يوحنا بولس الثاني;يوحنا بولس الثاني|Pope John Paul II|Pope (1978-2005)
PER|البابا فرنسيس|Pope Francis|Pope (2013-2025)
PER|بيل غيتس;غيتس|Bill Gates;Gates|Microsoft founder
PER|إيلون ماسك;ماسك|Elon Musk;Musk|Entrepreneur
PER|ليونيل ميسي;ميسي|Lionel Messi;Messi|Footballer
PER|كريستيانو رونالدو;رونالدو|Cristiano Ronaldo;Ronaldo|Footballer
PER|زين الدين زيدان;زيدان|Zinedine Zidane;Zidane|Footballer and coach
PER|محمد صلاح|Mohamed Salah|Footballer
PER|ديفيد بيكهام;بيكهام|David Beckham;Beckham|Footballer
PER|أم كلثوم|Umm Kulthum|Singer
PER|عمرو دياب|Amr Diab|Singer
PER|نجيب محفوظ|Naguib Mahfouz|Novelist
ORG|حزب العمل الإسرائيلي|Israeli Labor Party|Israeli party
ORG|حزب البعث|Baath Party|Arab party
ORG|الحزب الوطني الديمقراطي|National Democratic Party|Egyptian party
ORG|الإخوان المسلمين;الإخوان المسلمون;جماعة الإخوان المسلمين|Muslim Brotherhood|Islamist movement
ORG|الحزب الجمهوري|Republican Party|US party
ORG|الحزب الديمقراطي|Democratic Party|US party
ORG|حزب المحافظين|Conservative Party|British party
ORG|حزب العمال|Labour Party|British party
ORG|الكونغرس;الكونجرس|Congress|US legislature
ORG|الكنيست|Knesset|Israeli parliament
ORG|مجلس الشيوخ|Senate|Upper house
ORG|السلطة الفلسطينية|Palestinian Authority|Palestinian government
ORG|منظمة التحرير الفلسطينية|Palestine Liberation Organization;PLO|Palestinian organisation
ORG|الجهاد الإسلامي;حركة الجهاد الإسلامي|Islamic Jihad|Palestinian movement
ORG|الاتحاد الأفريقي;الاتحاد الافريقي|African Union|Regional organisation
ORG|منظمة المؤتمر الإسلامي;منظمة التعاون الإسلامي|Organisation of Islamic Cooperation|International organisation
ORG|الوكالة الدولية للطاقة الذرية|International Atomic Energy Agency;IAEA|UN agency
ORG|اليونسكو|UNESCO|UN agency
ORG|اليونيسيف|UNICEF|UN agency
ORG|الصليب الأحمر;اللجنة الدولية للصليب الأحمر|Red Cross|Humanitarian organisation
ORG|الهلال الأحمر|Red Crescent|Humanitarian organisation
ORG|منظمة العفو الدولية;العفو الدولية|Amnesty International|Rights group
ORG|هيومن رايتس ووتش|Human Rights Watch|Rights group
ORG|الفيفا;فيفا|FIFA|Football federation
ORG|الاتحاد الدولي لكرة القدم|FIFA|Football federation
ORG|اللجنة الأولمبية الدولية|International Olympic Committee|Sports body
ORG|وكالة المخابرات المركزية;سي آي إيه|CIA|US agency
ORG|مكتب التحقيقات الفيدرالي;إف بي آي|FBI|US agency
ORG|ناسا|NASA|US space agency
ORG|الموساد|Mossad|Israeli agency
ORG|الزمالك;نادي الزمالك|Zamalek|Egyptian football club
ORG|الإسماعيلي|Ismaily|Egyptian football club
ORG|الاتحاد السكندري|Al Ittihad Alexandria|Egyptian football club
ORG|المقاولون العرب|Arab Contractors|Egyptian football club
ORG|الهلال;نادي الهلال|Al Hilal|Saudi football club
ORG|النصر;نادي النصر|Al Nassr|Saudi football club
ORG|الاتحاد;نادي الاتحاد|Al Ittihad|Saudi football club
ORG|الوحدات|Al-Wehdat|Jordanian football club
ORG|الترجي;الترجي التونسي|Espérance de Tunis|Tunisian football club
ORG|الرجاء البيضاوي;الرجاء|Raja Casablanca|Moroccan football club
ORG|الوداد البيضاوي;الوداد|Wydad Casablanca|Moroccan football club
ORG|ريال مدريد;الريال|Real Madrid|Spanish football club
ORG|برشلونة|Barcelona|Spanish football club or city
ORG|أتلتيكو مدريد|Atlético Madrid|Spanish football club
ORG|فالنسيا|Valencia|Spanish football club or city
ORG|مانشستر سيتي|Manchester City|English football club
ORG|تشيلسي;تشلسي|Chelsea|English football club
ORG|ليفربول|Liverpool|English football club or city
ORG|توتنهام|Tottenham|English football club
ORG|نيوكاسل|Newcastle|English football club or city
ORG|يوفنتوس;جوفنتوس|Juventus|Italian football club
ORG|إنتر ميلان;انتر ميلان;الإنتر|Inter Milan|Italian football club
ORG|إيه سي ميلان;ميلان|AC Milan|Italian football club or city
ORG|روما|Roma|Italian football club or city
ORG|بايرن ميونيخ;بايرن ميونخ;البايرن|Bayern Munich|German football club
ORG|بوروسيا دورتموند;دورتموند|Borussia Dortmund|German football club
ORG|باريس سان جيرمان|Paris Saint-Germain|French football club
ORG|أولمبيك مرسيليا;مرسيليا|Olympique de Marseille|French football club or city
ORG|أياكس;أياكس أمستردام|Ajax|Dutch football club
ORG|بورتو|Porto|Portuguese football club or city
ORG|بنفيكا|Benfica|Portuguese football club
ORG|سلتيك|Celtic|Scottish football club
ORG|هوندا|Honda|Car maker
ORG|ميتسوبيشي|Mitsubishi|Company
ORG|هيونداي|Hyundai|Car maker
ORG|كيا|Kia|Car maker
ORG|بي إم دبليو|BMW|Car maker
ORG|مرسيدس;مرسيدس بنز|Mercedes-Benz|Car maker
ORG|دايملر كرايسلر;دايملر|DaimlerChrysler;Daimler|Car maker
ORG|فورد|Ford|Car maker
ORG|كرايسلر|Chrysler|Car maker
ORG|رينو|Renault|Car maker
ORG|بيجو|Peugeot|Car maker
ORG|فيات|Fiat|Car maker
ORG|فيراري|Ferrari|Car maker
ORG|بورشه|Porsche|Car maker
ORG|سامسونغ;سامسونج|Samsung|Company
ORG|سوني|Sony|Company
ORG|نوكيا|Nokia|Company
ORG|إنتل|Intel|Company
ORG|آي بي إم|IBM|Company
ORG|أمازون|Amazon|Company
ORG|فيسبوك|Facebook|Company
ORG|تويتر|Twitter|Company
ORG|بوينغ;بوينج|Boeing|Company
ORG|إيرباص;ايرباص|Airbus|Company
ORG|شل|Shell|Company
ORG|إكسون موبيل|ExxonMobil|Company
ORG|بريتيش بتروليوم|BP|Company
ORG|سابك|SABIC|Saudi company
ORG|طيران الإمارات|Emirates|Airline
ORG|الخطوط الجوية القطرية|Qatar Airways|Airline
ORG|مصر للطيران|EgyptAir|Airline
ORG|الأهرام;صحيفة الأهرام|Al-Ahram|Egyptian newspaper
ORG|الحياة;صحيفة الحياة|Al-Hayat|Arabic newspaper
ORG|القدس العربي|Al-Quds Al-Arabi|Arabic newspaper
ORG|النهار;صحيفة النهار|An-Nahar|Lebanese newspaper
ORG|السفير;صحيفة السفير|As-Safir|Lebanese newspaper
ORG|الرياض;صحيفة الرياض|Al Riyadh|Saudi newspaper
ORG|الوطن;صحيفة الوطن|Al-Watan|Arabic newspaper
ORG|البيان;صحيفة البيان|Al Bayan|Emirati newspaper
ORG|الخليج;صحيفة الخليج|Al Khaleej|Emirati newspaper
ORG|نيويورك تايمز|New York Times|US newspaper
ORG|واشنطن بوست|Washington Post|US newspaper
ORG|الغارديان;الجارديان|The Guardian|British newspaper
ORG|التايمز|The Times|British newspaper
ORG|لوموند|Le Monde|French newspaper
ORG|هآرتس|Haaretz|Israeli newspaper
ORG|يديعوت أحرونوت|Yedioth Ahronoth|Israeli newspaper
ORG|فوكس نيوز|Fox News|US broadcaster
ORG|وكالة الأنباء السعودية;واس|Saudi Press Agency;SPA|News agency
ORG|وكالة أنباء الشرق الأوسط|Middle East News Agency;MENA|Egyptian news agency
ORG|يونايتد برس إنترناشونال;يو بي آي|United Press International;UPI|News agency
ORG|إيتار تاس|ITAR-TASS|Russian news agency
ORG|كونا|KUNA|Kuwaiti news agency
ORG|وام|WAM|Emirati news agency
ORG|إرنا|IRNA|Iranian news agency
ORG|المنار;قناة المنار|Al-Manar|Lebanese broadcaster
LOC|كردستان|Kurdistan|Region
LOC|الإمارات;الامارات;دولة الإمارات|United Arab Emirates;UAE|Country (short form)
LOC|المملكة العربية السعودية;المملكة العربية السعوديه|Saudi Arabia;Kingdom of Saudi Arabia|Country (official form)
LOC|سلطنة عمان;سلطنة عُمان|Sultanate of Oman|Country (official form)
LOC|التشيك;جمهورية التشيك|Czech Republic;Czechia|Country (short form)
LOC|الكونغو|Congo|Country (short form)
LOC|بيلاروسيا;روسيا البيضاء|Belarus|Country (short form)
LOC|ميانمار;بورما|Myanmar;Burma|Country (short form)
LOC|شمال أفريقيا;شمال إفريقيا|North Africa|Region
LOC|الشرق الأقصى|Far East|Region
LOC|البصرة|Basra|City in Iraq
LOC|كركوك|Kirkuk|City in Iraq
LOC|الفلوجة|Fallujah|City in Iraq
LOC|النجف|Najaf|City in Iraq
LOC|كربلاء|Karbala|City in Iraq
LOC|أربيل|Erbil|City in Iraq
LOC|تكريت|Tikrit|City in Iraq
LOC|الرمادي|Ramadi|City in Iraq
LOC|الأنبار|Anbar|Province of Iraq
LOC|حمص|Homs|City in Syria
LOC|حماة|Hama|City in Syria
LOC|اللاذقية|Latakia|City in Syria
LOC|الجولان;هضبة الجولان|Golan Heights|Region
LOC|صيدا|Sidon|City in Lebanon
LOC|صور|Tyre|City in Lebanon
LOC|الإسكندرية;الاسكندرية|Alexandria|City in Egypt
LOC|الجيزة|Giza|City in Egypt
LOC|أسوان|Aswan|City in Egypt
LOC|الأقصر|Luxor|City in Egypt
LOC|سيناء|Sinai|Peninsula in Egypt
LOC|بورسعيد;بور سعيد|Port Said|City in Egypt
LOC|السويس|Suez|City in Egypt
LOC|شرم الشيخ|Sharm El Sheikh|City in Egypt
LOC|المنصورة|Mansoura|City in Egypt
LOC|طنطا|Tanta|City in Egypt
LOC|نابلس|Nablus|City in the West Bank
LOC|جنين|Jenin|City in the West Bank
LOC|رام الله|Ramallah|City in the West Bank
LOC|الخليل|Hebron|City in the West Bank
LOC|بيت لحم|Bethlehem|City in the West Bank
LOC|طولكرم|Tulkarm|City in the West Bank
LOC|قلقيلية|Qalqilya|City in the West Bank
LOC|أريحا|Jericho|City in the West Bank
LOC|رفح|Rafah|City in Gaza
LOC|خان يونس|Khan Yunis|City in Gaza
LOC|تل أبيب;تل ابيب|Tel Aviv|City in Israel
LOC|حيفا|Haifa|City in Israel
LOC|الدمام|Dammam|City in Saudi Arabia
LOC|الطائف|Taif|City in Saudi Arabia
LOC|الشارقة|Sharjah|Emirate
LOC|عجمان|Ajman|Emirate
LOC|رأس الخيمة|Ras Al Khaimah|Emirate
LOC|الفجيرة|Fujairah|Emirate
LOC|مسقط|Muscat|Capital of Oman
LOC|المنامة|Manama|Capital of Bahrain
LOC|الكويت|Kuwait|Country or its capital
LOC|نواكشوط|Nouakchott|Capital of Mauritania
LOC|الدار البيضاء|Casablanca|City in Morocco
LOC|مراكش|Marrakesh|City in Morocco
LOC|فاس|Fez|City in Morocco
LOC|طنجة|Tangier|City in Morocco
LOC|وهران|Oran|City in Algeria
LOC|بنغازي|Benghazi|City in Libya
LOC|مصراتة|Misrata|City in Libya
LOC|تعز|Taiz|City in Yemen
LOC|الحديدة|Hodeidah|City in Yemen
LOC|مقديشو|Mogadishu|Capital of Somalia
LOC|جيبوتي|Djibouti|Country or its capital
LOC|نيروبي|Nairobi|Capital of Kenya
LOC|أديس أبابا|Addis Ababa|Capital of Ethiopia
LOC|كابول|Kabul|Capital of Afghanistan
LOC|إسلام آباد;اسلام اباد|Islamabad|Capital of Pakistan
LOC|كراتشي|Karachi|City in Pakistan
LOC|نيودلهي|New Delhi|Capital of India
LOC|مومباي|Mumbai|City in India
LOC|إسطنبول;اسطنبول|Istanbul|City in Turkey
LOC|مدريد|Madrid|Capital of Spain
LOC|لشبونة|Lisbon|Capital of Portugal
LOC|أثينا|Athens|Capital of Greece
LOC|فيينا|Vienna|Capital of Austria
LOC|بروكسل|Brussels|Capital of Belgium
LOC|لاهاي|The Hague|City in the Netherlands
LOC|أمستردام|Amsterdam|Capital of the Netherlands
LOC|جنيف|Geneva|City in Switzerland
LOC|ستوكهولم|Stockholm|Capital of Sweden
LOC|وارسو|Warsaw|Capital of Poland
LOC|كييف|Kyiv|Capital of Ukraine
LOC|ميونيخ;ميونخ|Munich|City in Germany
LOC|فرانكفورت|Frankfurt|City in Germany
LOC|شنغهاي|Shanghai|City in China
LOC|هونغ كونغ|Hong Kong|City in China
LOC|سنغافورة|Singapore|City state
LOC|لوس أنجليس|Los Angeles|City in the United States
LOC|شيكاغو|Chicago|City in the United States
LOC|كاليفورنيا|California|US state
LOC|تكساس|Texas|US state
LOC|فلوريدا|Florida|US state
LOC|أوروبا الشرقية|Eastern Europe|Region
LOC|أمريكا اللاتينية;أميركا اللاتينية|Latin America|Region
LOC|أمريكا الشمالية;أميركا الشمالية|North America|Region
LOC|البحر المتوسط;البحر الأبيض المتوسط|Mediterranean Sea|Sea
LOC|البحر الأحمر|Red Sea|Sea
LOC|نهر النيل;النيل|Nile|River
LOC|الفرات;نهر الفرات|Euphrates|River
LOC|دجلة;نهر دجلة|Tigris|River
LOC|الشيشان|Chechnya|Region of Russia
LOC|كشمير|Kashmir|Region
LOC|البلقان|Balkans|Region
`;

export const curatedWorld: CuratedEntry[] = LINES.split('\n')
  .map((line) => line.split('|'))
  .filter((f) => f.length === 4 && ['PER', 'ORG', 'LOC', 'MISC'].includes(f[0]))
  .map(([type, ar, en, what]) => [type as CuratedEntry[0], ar, en, what]);
