import type { CuratedEntry } from './curated';

/**
 * A third general-knowledge list by the team (never from evaluation text): people and
 * organisations that Arabic news of 1995-2010 and today names often, in their usual press
 * spellings (variants only where the press writes them differently: عبد الله/عبدالله,
 * ميلوسيفيتش/ميلوشيفيتش). Short forms (a family name alone) only where the word is not an
 * everyday Arabic word (no المعلم, الدوري, مشار, وسوف).
 * The English forms are translations shown next to an Arabic name; generate.ts marks these
 * entries as matched in Arabic only (the English tagger was trained without them, and names
 * such as Salt or Boston mean something else in English sports pages).
 * A section of ~730 places (Gaza and West Bank towns, Iraqi provinces, Sudan, Maghreb, Afghan
 * and Pakistani places, seas, rivers, mountains) was tried and left out: with it the Arabic dev
 * micro-F1 was 0.757 against 0.767 without (each third of it alone: 0.752-0.760); the countries
 * and CLDR cities already cover the places the tagger needs.
 * Format as in curated-world.ts: one line per entry, `TYPE|ar forms|en forms|what`; `# name`
 * lines start a section (people by field, organisations by kind).
 */
const LINES = `
# per-arab-politics
PER|عبد الله بن عبد العزيز;عبدالله بن عبدالعزيز;الأمير عبد الله|Abdullah bin Abdulaziz|King of Saudi Arabia (2005-2015)
PER|سلطان بن عبد العزيز;سلطان بن عبدالعزيز;الأمير سلطان|Sultan bin Abdulaziz|Crown Prince of Saudi Arabia
PER|نايف بن عبد العزيز;نايف بن عبدالعزيز;الأمير نايف|Nayef bin Abdulaziz|Saudi Interior Minister
PER|سعود الفيصل;الأمير سعود الفيصل|Saud al-Faisal|Saudi Foreign Minister
PER|تركي الفيصل;الأمير تركي الفيصل|Turki al-Faisal|Saudi intelligence chief and ambassador
PER|بندر بن سلطان;الأمير بندر بن سلطان|Bandar bin Sultan|Saudi ambassador to the US
PER|الوليد بن طلال;الأمير الوليد بن طلال|Al-Waleed bin Talal|Saudi prince and investor
PER|محمد بن نايف|Muhammad bin Nayef|Saudi Crown Prince (2015-2017)
PER|خالد الفيصل|Khalid al-Faisal|Governor of Mecca
PER|عادل الجبير;الجبير|Adel al-Jubeir|Saudi Foreign Minister
PER|غازي القصيبي;القصيبي|Ghazi Algosaibi|Saudi minister and writer
PER|علي النعيمي;النعيمي|Ali al-Naimi|Saudi Oil Minister
PER|جابر الأحمد الصباح;جابر الأحمد;الشيخ جابر الأحمد|Jaber al-Ahmad al-Sabah|Emir of Kuwait (1977-2006)
PER|صباح الأحمد الصباح;صباح الأحمد;الشيخ صباح الأحمد|Sabah al-Ahmad al-Sabah|Emir of Kuwait (2006-2020)
PER|سعد العبد الله الصباح;سعد العبدالله|Saad al-Abdullah al-Sabah|Emir of Kuwait (2006)
PER|نواف الأحمد;نواف الأحمد الصباح|Nawaf al-Ahmad al-Sabah|Emir of Kuwait (2020-2023)
PER|ناصر المحمد;ناصر المحمد الصباح|Nasser al-Mohammed al-Sabah|Prime Minister of Kuwait
PER|محمد الصباح;محمد صباح السالم|Mohammad al-Sabah|Kuwaiti Foreign Minister
PER|حمد بن جاسم;حمد بن جاسم بن جبر|Hamad bin Jassim|Prime Minister and Foreign Minister of Qatar
PER|الشيخة موزة;موزة بنت ناصر|Sheikha Moza|Wife of the Emir of Qatar
PER|حمد بن عيسى آل خليفة;حمد بن عيسى;الملك حمد|Hamad bin Isa Al Khalifa|King of Bahrain
PER|خليفة بن سلمان آل خليفة;خليفة بن سلمان|Khalifa bin Salman Al Khalifa|Prime Minister of Bahrain
PER|عيسى بن سلمان آل خليفة;عيسى بن سلمان|Isa bin Salman Al Khalifa|Emir of Bahrain (1961-1999)
PER|مكتوم بن راشد آل مكتوم;مكتوم بن راشد|Maktoum bin Rashid Al Maktoum|Ruler of Dubai (1990-2006)
PER|عبد الله بن زايد;عبدالله بن زايد|Abdullah bin Zayed|UAE Foreign Minister
PER|سلطان بن محمد القاسمي;سلطان القاسمي|Sultan bin Muhammad Al-Qasimi|Ruler of Sharjah
PER|منصور بن زايد|Mansour bin Zayed|UAE minister, owner of Manchester City
PER|هيثم بن طارق|Haitham bin Tariq|Sultan of Oman
PER|يوسف بن علوي|Yusuf bin Alawi|Omani Foreign Minister
PER|الملكة رانيا;رانيا العبد الله|Queen Rania|Queen of Jordan
PER|الأمير حسن بن طلال;الحسن بن طلال|Prince Hassan bin Talal|Jordanian prince
PER|الأمير علي بن الحسين|Prince Ali bin Hussein|Jordanian prince, football official
PER|فيصل الفايز|Faisal al-Fayez|Prime Minister of Jordan
PER|عدنان بدران|Adnan Badran|Prime Minister of Jordan
PER|معروف البخيت|Marouf al-Bakhit|Prime Minister of Jordan
PER|نادر الذهبي|Nader al-Dahabi|Prime Minister of Jordan
PER|علي أبو الراغب|Ali Abu al-Ragheb|Prime Minister of Jordan
PER|عبد الرؤوف الروابدة|Abdul Raouf al-Rawabdeh|Prime Minister of Jordan
PER|مروان المعشر|Marwan Muasher|Jordanian Foreign Minister
PER|عبد الإله الخطيب|Abdul Ilah Khatib|Jordanian Foreign Minister
PER|ناصر جودة|Nasser Judeh|Jordanian Foreign Minister
PER|أيمن الصفدي|Ayman Safadi|Jordanian Foreign Minister
PER|عاطف عبيد|Atef Ebeid|Prime Minister of Egypt (1999-2004)
PER|كمال الجنزوري;الجنزوري|Kamal Ganzouri|Prime Minister of Egypt
PER|عمر سليمان|Omar Suleiman|Egyptian intelligence chief and Vice President
PER|أحمد ماهر|Ahmed Maher|Egyptian Foreign Minister
PER|أحمد فتحي سرور;فتحي سرور|Ahmed Fathi Sorour|Speaker of the Egyptian parliament
PER|صفوت الشريف|Safwat El-Sherif|Egyptian Information Minister
PER|زكريا عزمي|Zakaria Azmi|Egyptian presidential chief of staff
PER|حبيب العادلي;العادلي|Habib el-Adly|Egyptian Interior Minister
PER|يوسف بطرس غالي|Youssef Boutros Ghali|Egyptian Finance Minister
PER|أيمن نور|Ayman Nour|Egyptian opposition politician
PER|سوزان مبارك|Suzanne Mubarak|Wife of President Mubarak
PER|علاء مبارك|Alaa Mubarak|Son of President Mubarak
PER|محمد حسين طنطاوي;المشير طنطاوي|Mohamed Hussein Tantawi|Egyptian Defence Minister
PER|أنور السادات;السادات|Anwar Sadat;Sadat|President of Egypt (1970-1981)
PER|جمال عبد الناصر;عبد الناصر|Gamal Abdel Nasser;Nasser|President of Egypt (1956-1970)
PER|سامح شكري|Sameh Shoukry|Egyptian Foreign Minister
PER|عصام شرف|Essam Sharaf|Prime Minister of Egypt
PER|هشام قنديل|Hisham Qandil|Prime Minister of Egypt
PER|حمدين صباحي|Hamdeen Sabahi|Egyptian politician
PER|عبد المنعم أبو الفتوح;أبو الفتوح|Abdel Moneim Aboul Fotouh|Egyptian politician
PER|محمد بديع|Mohammed Badie|Muslim Brotherhood leader
PER|مهدي عاكف|Mohammed Mahdi Akef|Muslim Brotherhood leader
PER|خيرت الشاطر|Khairat el-Shater|Muslim Brotherhood leader
PER|فاروق الشرع|Farouk al-Sharaa|Syrian Foreign Minister and Vice President
PER|عبد الحليم خدام|Abdul Halim Khaddam|Syrian Vice President
PER|وليد المعلم|Walid Muallem|Syrian Foreign Minister
PER|مصطفى طلاس;طلاس|Mustafa Tlass|Syrian Defence Minister
PER|رستم غزالي|Rustum Ghazaleh|Syrian intelligence chief in Lebanon
PER|غازي كنعان|Ghazi Kanaan|Syrian Interior Minister
PER|آصف شوكت|Assef Shawkat|Syrian intelligence chief
PER|ماهر الأسد|Maher al-Assad|Syrian commander, brother of the president
PER|رفعت الأسد|Rifaat al-Assad|Syrian politician
PER|محمد ناجي العطري;ناجي العطري|Muhammad Naji al-Otari|Prime Minister of Syria
PER|بثينة شعبان|Bouthaina Shaaban|Syrian presidential adviser
PER|فيصل المقداد|Faisal Mekdad|Syrian Foreign Minister
PER|أحمد الشرع|Ahmed al-Sharaa|President of Syria
PER|سليم الحص|Salim al-Hoss|Prime Minister of Lebanon
PER|عمر كرامي|Omar Karami|Prime Minister of Lebanon
PER|نجيب ميقاتي;ميقاتي|Najib Mikati|Prime Minister of Lebanon
PER|ميشال سليمان;ميشيل سليمان|Michel Suleiman|President of Lebanon (2008-2014)
PER|سمير جعجع;جعجع|Samir Geagea|Lebanese Forces leader
PER|أمين الجميل|Amine Gemayel|President of Lebanon (1982-1988)
PER|بيار الجميل|Pierre Gemayel|Lebanese minister
PER|بشير الجميل|Bachir Gemayel|Lebanese president-elect (1982)
PER|سليمان فرنجية|Suleiman Frangieh|Lebanese politician
PER|طلال أرسلان|Talal Arslan|Lebanese Druze politician
PER|مروان حمادة|Marwan Hamadeh|Lebanese minister
PER|جبران تويني|Gebran Tueni|Lebanese journalist and MP
PER|سمير قصير|Samir Kassir|Lebanese journalist
PER|إلياس المر;الياس المر|Elias Murr|Lebanese Defence Minister
PER|نعيم قاسم|Naim Qassem|Hezbollah deputy leader
PER|عباس الموسوي|Abbas al-Musawi|Hezbollah leader (1991-1992)
PER|تمام سلام|Tammam Salam|Prime Minister of Lebanon
PER|جبران باسيل;باسيل|Gebran Bassil|Lebanese Foreign Minister
PER|نواف سلام|Nawaf Salam|Prime Minister of Lebanon
PER|جوزيف عون|Joseph Aoun|President of Lebanon
PER|رياض سلامة|Riad Salameh|Governor of the Lebanese central bank
PER|أحمد قريع;أبو علاء|Ahmed Qurei;Abu Ala|Palestinian Prime Minister
PER|سلام فياض;فياض|Salam Fayyad;Fayyad|Palestinian Prime Minister
PER|صائب عريقات;عريقات|Saeb Erekat;Erekat|Palestinian chief negotiator
PER|نبيل شعث|Nabil Shaath|Palestinian Foreign Minister
PER|محمد دحلان;دحلان|Mohammed Dahlan;Dahlan|Fatah security chief
PER|جبريل الرجوب;الرجوب|Jibril Rajoub|Fatah security chief
PER|ياسر عبد ربه;ياسر عبدربه|Yasser Abed Rabbo|PLO official
PER|حنان عشراوي;عشراوي|Hanan Ashrawi|Palestinian politician
PER|فاروق القدومي;القدومي|Farouk Kaddoumi|PLO political department head
PER|أبو مازن|Abu Mazen|Mahmoud Abbas
PER|أبو عمار|Abu Ammar|Yasser Arafat
PER|عبد العزيز الرنتيسي;الرنتيسي|Abdel Aziz al-Rantisi|Hamas leader
PER|محمود الزهار;الزهار|Mahmoud al-Zahar|Hamas leader
PER|موسى أبو مرزوق;أبو مرزوق|Mousa Abu Marzouk|Hamas leader
PER|رمضان عبد الله شلح;رمضان شلح|Ramadan Shalah|Islamic Jihad leader
PER|فتحي الشقاقي;الشقاقي|Fathi Shaqaqi|Islamic Jihad founder
PER|أحمد جبريل|Ahmed Jibril|PFLP-GC leader
PER|جورج حبش|George Habash|PFLP founder
PER|نايف حواتمة;حواتمة|Nayef Hawatmeh|DFLP leader
PER|أحمد سعدات;سعدات|Ahmad Saadat|PFLP leader
PER|مصطفى البرغوثي|Mustafa Barghouti|Palestinian politician
PER|عزيز دويك;عزيز الدويك|Aziz Dweik|Speaker of the Palestinian parliament
PER|سعيد صيام|Said Seyam|Hamas Interior Minister
PER|يحيى عياش|Yahya Ayyash|Hamas bomb maker
PER|صلاح شحادة|Salah Shehade|Hamas military commander
PER|محمد الضيف|Mohammed Deif|Hamas military commander
PER|يحيى السنوار;السنوار|Yahya Sinwar|Hamas leader in Gaza
PER|خليل الوزير;أبو جهاد|Khalil al-Wazir;Abu Jihad|PLO commander
PER|صلاح خلف;أبو إياد|Salah Khalaf;Abu Iyad|PLO leader
PER|جلال طالباني;الطالباني;طالباني|Jalal Talabani;Talabani|President of Iraq (2005-2014)
PER|إياد علاوي;علاوي|Ayad Allawi;Allawi|Prime Minister of Iraq (2004-2005)
PER|عادل عبد المهدي|Adil Abdul-Mahdi|Iraqi Vice President and Prime Minister
PER|غازي الياور;الياور|Ghazi al-Yawer|President of Iraq (2004-2005)
PER|طارق الهاشمي|Tariq al-Hashimi|Iraqi Vice President
PER|هوشيار زيباري;زيباري|Hoshyar Zebari;Zebari|Iraqi Foreign Minister
PER|أحمد الجلبي;الجلبي|Ahmed Chalabi;Chalabi|Iraqi politician
PER|عبد العزيز الحكيم|Abdul Aziz al-Hakim|SCIRI leader
PER|محمد باقر الحكيم|Mohammed Baqir al-Hakim|SCIRI leader
PER|عمار الحكيم|Ammar al-Hakim|Iraqi Shia leader
PER|حارث الضاري;الضاري|Harith al-Dhari|Association of Muslim Scholars leader
PER|طارق عزيز|Tariq Aziz|Iraqi Deputy Prime Minister
PER|عزة إبراهيم الدوري;عزة الدوري|Izzat Ibrahim al-Douri|Iraqi Vice Chairman
PER|عدي صدام حسين;عدي|Uday Hussein|Son of Saddam Hussein
PER|قصي صدام حسين;قصي|Qusay Hussein|Son of Saddam Hussein
PER|علي حسن المجيد;علي الكيماوي|Ali Hassan al-Majid|Iraqi commander
PER|طه ياسين رمضان|Taha Yassin Ramadan|Iraqi Vice President
PER|محمد سعيد الصحاف;الصحاف|Mohammed Saeed al-Sahhaf|Iraqi Information Minister
PER|برزان التكريتي;برزان إبراهيم التكريتي|Barzan Ibrahim al-Tikriti|Saddam Hussein's half-brother
PER|ناجي صبري|Naji Sabri|Iraqi Foreign Minister
PER|حسين الشهرستاني;الشهرستاني|Hussain al-Shahristani|Iraqi Oil Minister
PER|محمود المشهداني;المشهداني|Mahmoud al-Mashhadani|Speaker of the Iraqi parliament
PER|بيان جبر;باقر جبر صولاغ;باقر صولاغ|Bayan Jabr|Iraqi Interior Minister
PER|موفق الربيعي|Mowaffak al-Rubaie|Iraqi National Security Adviser
PER|علي الدباغ;الدباغ|Ali al-Dabbagh|Iraqi government spokesman
PER|صالح المطلك;المطلك|Saleh al-Mutlaq|Iraqi politician
PER|عدنان الدليمي|Adnan al-Dulaimi|Iraqi Sunni politician
PER|عبد الستار أبو ريشة|Abdul Sattar Abu Risha|Anbar Awakening leader
PER|حيدر العبادي;العبادي|Haider al-Abadi|Prime Minister of Iraq (2014-2018)
PER|مصطفى الكاظمي;الكاظمي|Mustafa al-Kadhimi|Prime Minister of Iraq
PER|محمد شياع السوداني|Mohammed Shia al-Sudani|Prime Minister of Iraq
PER|نيجيرفان بارزاني|Nechirvan Barzani|Kurdistan Region leader
PER|مصطفى بارزاني;الملا مصطفى بارزاني|Mustafa Barzani|Kurdish leader
PER|برهم صالح|Barham Salih|President of Iraq
PER|حسن الترابي;الترابي|Hassan al-Turabi;Turabi|Sudanese Islamist leader
PER|سلفا كير;سلفاكير;سلفا كير ميارديت|Salva Kiir|President of South Sudan
PER|جون قرنق;قرنق|John Garang;Garang|SPLM leader
PER|علي عثمان محمد طه;علي عثمان طه|Ali Osman Taha|Sudanese Vice President
PER|الصادق المهدي|Sadiq al-Mahdi|Prime Minister of Sudan, Umma party leader
PER|محمد عثمان الميرغني;الميرغني|Mohammed Osman al-Mirghani|Sudanese DUP leader
PER|مني أركو مناوي;مني مناوي;ميني مناوي|Minni Minnawi|Darfur rebel leader
PER|عبد الواحد محمد نور;عبد الواحد نور|Abdul Wahid al-Nur|Darfur rebel leader
PER|خليل إبراهيم|Khalil Ibrahim|JEM leader
PER|موسى هلال|Musa Hilal|Janjaweed leader
PER|أحمد هارون|Ahmed Haroun|Sudanese minister
PER|مصطفى عثمان إسماعيل|Mustafa Osman Ismail|Sudanese Foreign Minister
PER|لام أكول|Lam Akol|Sudanese Foreign Minister
PER|رياك مشار|Riek Machar|South Sudanese Vice President
PER|عبد الفتاح البرهان|Abdel Fattah al-Burhan|Sudanese army chief
PER|محمد حمدان دقلو;حميدتي|Mohamed Hamdan Dagalo;Hemedti|RSF commander
PER|عبد الله حمدوك;حمدوك|Abdalla Hamdok|Prime Minister of Sudan
PER|سيف الإسلام القذافي;سيف الاسلام القذافي|Saif al-Islam Gaddafi|Son of Muammar Gaddafi
PER|عبد الرحمن شلقم;شلقم|Abdel Rahman Shalgham|Libyan Foreign Minister
PER|موسى كوسا|Moussa Koussa|Libyan Foreign Minister
PER|عبد السلام جلود|Abdessalam Jalloud|Libyan Prime Minister
PER|مصطفى عبد الجليل|Mustafa Abdul Jalil|Libyan NTC chairman
PER|خليفة حفتر;حفتر|Khalifa Haftar;Haftar|Libyan commander
PER|فايز السراج|Fayez al-Sarraj|Libyan Prime Minister
PER|عبد الحميد الدبيبة;الدبيبة|Abdul Hamid Dbeibah|Libyan Prime Minister
PER|اليمين زروال;زروال|Liamine Zéroual|President of Algeria (1994-1999)
PER|أحمد أويحيى;أويحيى|Ahmed Ouyahia|Prime Minister of Algeria
PER|عبد العزيز بلخادم;بلخادم|Abdelaziz Belkhadem|Prime Minister of Algeria
PER|عباسي مدني|Abbassi Madani|FIS leader
PER|علي بلحاج|Ali Belhadj|FIS leader
PER|هواري بومدين;بومدين|Houari Boumediene|President of Algeria (1965-1978)
PER|الشاذلي بن جديد|Chadli Bendjedid|President of Algeria (1979-1992)
PER|محمد بوضياف;بوضياف|Mohamed Boudiaf|President of Algeria (1992)
PER|عبد المجيد تبون;تبون|Abdelmadjid Tebboune|President of Algeria
PER|أحمد بن بلة;بن بلة|Ahmed Ben Bella|President of Algeria (1962-1965)
PER|الملك الحسن الثاني;الحسن الثاني|King Hassan II|King of Morocco (1961-1999)
PER|عبد الرحمن اليوسفي|Abderrahmane Youssoufi|Prime Minister of Morocco
PER|إدريس جطو;جطو|Driss Jettou|Prime Minister of Morocco
PER|عباس الفاسي|Abbas El Fassi|Prime Minister of Morocco
PER|إدريس البصري|Driss Basri|Moroccan Interior Minister
PER|محمد بن عيسى|Mohamed Benaissa|Moroccan Foreign Minister
PER|الطيب الفاسي الفهري|Taieb Fassi Fihri|Moroccan Foreign Minister
PER|عبد الإله بنكيران;بنكيران|Abdelilah Benkirane|Prime Minister of Morocco
PER|سعد الدين العثماني|Saadeddine Othmani|Prime Minister of Morocco
PER|ناصر بوريطة;بوريطة|Nasser Bourita|Moroccan Foreign Minister
PER|محمد عبد العزيز المراكشي|Mohamed Abdelaziz|Polisario Front leader
PER|الحبيب بورقيبة;بورقيبة|Habib Bourguiba;Bourguiba|President of Tunisia (1957-1987)
PER|راشد الغنوشي;الغنوشي|Rached Ghannouchi|Ennahda leader
PER|الباجي قائد السبسي;قائد السبسي;السبسي|Beji Caid Essebsi|President of Tunisia
PER|المنصف المرزوقي;المرزوقي|Moncef Marzouki|President of Tunisia
PER|قيس سعيد|Kais Saied|President of Tunisia
PER|ليلى الطرابلسي|Leila Trabelsi|Wife of President Ben Ali
PER|علي عبد الله صالح;علي عبدالله صالح|Ali Abdullah Saleh|President of Yemen (1978-2012)
PER|عبد ربه منصور هادي|Abd Rabbuh Mansur Hadi|President of Yemen (2012-2022)
PER|عبد الملك الحوثي|Abdul-Malik al-Houthi|Houthi leader
PER|حسين بدر الدين الحوثي;حسين الحوثي|Hussein al-Houthi|Houthi founder
PER|عبد الله بن حسين الأحمر;عبد الله الأحمر|Abdullah al-Ahmar|Speaker of the Yemeni parliament
PER|علي سالم البيض|Ali Salim al-Beidh|South Yemen leader
PER|عبد القادر باجمال;باجمال|Abdul Qadir Bajamal|Prime Minister of Yemen
PER|أبو بكر القربي;القربي|Abu Bakr al-Qirbi|Yemeni Foreign Minister
PER|توكل كرمان|Tawakkol Karman|Yemeni activist, Nobel laureate
PER|معاوية ولد سيدي أحمد الطايع;ولد الطايع|Maaouya Ould Sid'Ahmed Taya|President of Mauritania
PER|اعلي ولد محمد فال;علي ولد محمد فال|Ely Ould Mohamed Vall|Mauritanian leader
PER|محمد ولد عبد العزيز|Mohamed Ould Abdel Aziz|President of Mauritania
PER|سيدي ولد الشيخ عبد الله|Sidi Ould Cheikh Abdallahi|President of Mauritania
PER|عبد الله يوسف أحمد;عبد الله يوسف|Abdullahi Yusuf Ahmed|President of Somalia
PER|شريف شيخ أحمد|Sharif Sheikh Ahmed|President of Somalia
PER|حسن شيخ محمود|Hassan Sheikh Mohamud|President of Somalia
PER|محمد فرح عيديد;عيديد|Mohamed Farrah Aidid|Somali warlord
PER|إسماعيل عمر جيله|Ismail Omar Guelleh|President of Djibouti
PER|أحمد عبد الله سامبي|Ahmed Abdallah Sambi|President of the Comoros
# per-iran-turkey-israel
PER|روح الله الخميني;الخميني;آية الله الخميني|Ruhollah Khomeini;Khomeini|Supreme Leader of Iran (1979-1989)
PER|علي لاريجاني;لاريجاني|Ali Larijani;Larijani|Iranian nuclear negotiator and speaker
PER|منوشهر متكي;متكي|Manouchehr Mottaki;Mottaki|Iranian Foreign Minister
PER|كمال خرازي;خرازي|Kamal Kharrazi|Iranian Foreign Minister
PER|علي أكبر ولايتي;ولايتي|Ali Akbar Velayati|Iranian Foreign Minister
PER|مير حسين موسوي|Mir-Hossein Mousavi|Iranian opposition leader
PER|مهدي كروبي;كروبي|Mehdi Karroubi|Iranian opposition leader
PER|حسين علي منتظري;منتظري|Hussein-Ali Montazeri|Iranian cleric
PER|محمد جواد ظريف|Mohammad Javad Zarif;Zarif|Iranian Foreign Minister
PER|قاسم سليماني|Qasem Soleimani|Quds Force commander
PER|إبراهيم رئيسي|Ebrahim Raisi;Raisi|President of Iran
PER|مسعود بزشكيان;بزشكيان|Masoud Pezeshkian|President of Iran
PER|علي أكبر صالحي|Ali Akbar Salehi|Iranian nuclear chief
PER|سعيد جليلي|Saeed Jalili|Iranian nuclear negotiator
PER|عباس عراقجي;عراقجي|Abbas Araghchi|Iranian Foreign Minister
PER|أحمد جنتي;جنتي|Ahmad Jannati|Iranian cleric
PER|عبد الله غول;غول|Abdullah Gül;Gul|President of Turkey
PER|بولنت أجاويد;أجاويد;أجفيد|Bülent Ecevit;Ecevit|Prime Minister of Turkey
PER|نجم الدين أربكان;أربكان|Necmettin Erbakan;Erbakan|Prime Minister of Turkey
PER|أحمد داود أوغلو;داود أوغلو|Ahmet Davutoğlu|Turkish Foreign Minister
PER|عبد الله أوجلان;أوجلان|Abdullah Öcalan;Ocalan|PKK leader
PER|تانسو تشيلر;تشيلر|Tansu Çiller|Prime Minister of Turkey
PER|سليمان ديميريل;ديميريل|Süleyman Demirel|President of Turkey
PER|أحمد نجدت سيزر;سيزر|Ahmet Necdet Sezer|President of Turkey
PER|هاكان فيدان;فيدان|Hakan Fidan|Turkish Foreign Minister
PER|مصطفى كمال أتاتورك;أتاتورك|Mustafa Kemal Atatürk;Ataturk|Founder of modern Turkey
PER|إيهود أولمرت;أولمرت|Ehud Olmert;Olmert|Prime Minister of Israel (2006-2009)
PER|أفيغدور ليبرمان;ليبرمان;أفيغدور ليبرلمان|Avigdor Lieberman;Lieberman|Israeli Foreign Minister
PER|شاؤول موفاز;موفاز|Shaul Mofaz;Mofaz|Israeli Defence Minister
PER|بنيامين بن إليعازر;بن إليعازر;بن اليعازر|Binyamin Ben-Eliezer|Israeli Defence Minister
PER|سيلفان شالوم|Silvan Shalom|Israeli Foreign Minister
PER|دان حالوتس;حالوتس|Dan Halutz|Israeli army chief
PER|موشيه كتساف;كتساف|Moshe Katsav|President of Israel
PER|عمرام متسناع;متسناع|Amram Mitzna|Israeli Labour leader
PER|غابي أشكنازي;أشكنازي|Gabi Ashkenazi|Israeli army chief
PER|موشيه يعالون;يعالون|Moshe Ya'alon|Israeli army chief
PER|ديفيد ليفي|David Levy|Israeli Foreign Minister
PER|عوزي لانداو|Uzi Landau|Israeli minister
PER|إسحق شامير;شامير|Yitzhak Shamir|Prime Minister of Israel
PER|مناحيم بيغن;بيغن|Menachem Begin|Prime Minister of Israel
PER|غولدا مائير|Golda Meir|Prime Minister of Israel
PER|موشيه ديان|Moshe Dayan|Israeli Defence Minister
PER|دوف فايسغلاس|Dov Weissglass|Adviser to Ariel Sharon
PER|رؤوفين ريفلين;ريفلين|Reuven Rivlin|President of Israel
PER|إسحق هرتسوغ;هرتسوغ|Isaac Herzog|President of Israel
PER|نفتالي بينيت;بينيت|Naftali Bennett|Prime Minister of Israel
PER|يائير لابيد;لابيد|Yair Lapid|Prime Minister of Israel
PER|بيني غانتس;غانتس|Benny Gantz|Israeli Defence Minister
PER|يوآف غالانت;غالانت|Yoav Gallant|Israeli Defence Minister
PER|إيتمار بن غفير;بن غفير|Itamar Ben-Gvir|Israeli minister
PER|بتسلئيل سموتريتش;سموتريتش|Bezalel Smotrich|Israeli minister
PER|عزمي بشارة|Azmi Bishara|Arab-Israeli politician
PER|أحمد الطيبي|Ahmad Tibi|Arab-Israeli MP
PER|جلعاد شاليط;شاليط|Gilad Shalit|Captured Israeli soldier
# per-world-politics
PER|بول وولفويتز;وولفويتز|Paul Wolfowitz;Wolfowitz|US Deputy Defense Secretary
PER|جون بولتون;بولتون|John Bolton;Bolton|US ambassador to the UN
PER|روبرت غيتس;روبرت جيتس|Robert Gates|US Secretary of Defense
PER|جون نغروبونتي;نغروبونتي;نيغروبونتي|John Negroponte|US ambassador to Iraq
PER|زلماي خليل زاد;خليل زاد|Zalmay Khalilzad|US ambassador to Iraq and Afghanistan
PER|بول بريمر;بريمر|Paul Bremer;Bremer|US administrator of Iraq
PER|ديفيد بترايوس;بترايوس|David Petraeus;Petraeus|US general
PER|تومي فرانكس|Tommy Franks|US general
PER|ريكاردو سانشيز|Ricardo Sanchez|US general in Iraq
PER|جورج كيسي|George Casey|US general in Iraq
PER|ستانلي ماكريستال|Stanley McChrystal|US general in Afghanistan
PER|جون أبي زيد|John Abizaid|US CENTCOM commander
PER|رايان كروكر;كروكر|Ryan Crocker|US ambassador to Iraq
PER|جون ماكين;ماكين|John McCain;McCain|US senator
PER|سارة بالين;بالين|Sarah Palin;Palin|Governor of Alaska
PER|آل غور|Al Gore|US Vice President
PER|جون إدواردز|John Edwards|US senator
PER|نانسي بيلوسي;بيلوسي|Nancy Pelosi;Pelosi|Speaker of the US House
PER|هنري كيسنجر;كيسنجر|Henry Kissinger;Kissinger|US Secretary of State
PER|جيمس بيكر|James Baker|US Secretary of State
PER|وارن كريستوفر|Warren Christopher|US Secretary of State
PER|دنيس روس|Dennis Ross|US Middle East envoy
PER|مارتن إنديك;إنديك|Martin Indyk|US diplomat
PER|جورج ميتشل|George Mitchell|US Middle East envoy
PER|ستيفن هادلي|Stephen Hadley|US National Security Adviser
PER|رونالد ريغان;ريغان|Ronald Reagan;Reagan|President of the United States
PER|جيمي كارتر;كارتر|Jimmy Carter;Carter|President of the United States
PER|جون كينيدي|John F. Kennedy|President of the United States
PER|ريتشارد نيكسون;نيكسون|Richard Nixon;Nixon|President of the United States
PER|جو ليبرمان|Joe Lieberman|US senator
PER|أنتوني زيني|Anthony Zinni|US general and envoy
PER|ويليام كوهين|William Cohen|US Secretary of Defense
PER|ساندي بيرغر|Sandy Berger|US National Security Adviser
PER|جورج تينيت;تينيت|George Tenet|CIA director
PER|روبرت مولر|Robert Mueller|FBI director
PER|كارل روف|Karl Rove|Bush adviser
PER|آري فلايشر|Ari Fleischer|White House spokesman
PER|سكوت ماكليلان|Scott McClellan|White House spokesman
PER|شون ماكورماك|Sean McCormack|State Department spokesman
PER|ريتشارد باوتشر;باوتشر|Richard Boucher|State Department spokesman
PER|ريتشارد أرميتاج;أرميتاج|Richard Armitage|US Deputy Secretary of State
PER|ديفيد ولش|David Welch|US Assistant Secretary of State
PER|مايك بنس|Mike Pence;Pence|US Vice President
PER|ريكس تيلرسون;تيلرسون|Rex Tillerson|US Secretary of State
PER|ماركو روبيو;روبيو|Marco Rubio;Rubio|US Secretary of State
PER|جاريد كوشنر;كوشنر|Jared Kushner;Kushner|Trump adviser
PER|بيرني ساندرز;ساندرز|Bernie Sanders|US senator
PER|لويد أوستن|Lloyd Austin|US Secretary of Defense
PER|جيك سوليفان|Jake Sullivan|US National Security Adviser
PER|ستيف ويتكوف;ويتكوف|Steve Witkoff|US envoy
PER|جاك سترو;سترو|Jack Straw;Straw|British Foreign Secretary
PER|جون ميجور|John Major|Prime Minister of the United Kingdom
PER|مارغريت تاتشر;تاتشر|Margaret Thatcher;Thatcher|Prime Minister of the United Kingdom
PER|ديفيد ميليباند;ميليباند|David Miliband|British Foreign Secretary
PER|روبن كوك|Robin Cook|British Foreign Secretary
PER|جيفري هون|Geoff Hoon|British Defence Secretary
PER|بوريس جونسون|Boris Johnson|Prime Minister of the United Kingdom
PER|ريشي سوناك;سوناك|Rishi Sunak;Sunak|Prime Minister of the United Kingdom
PER|كير ستارمر;ستارمر|Keir Starmer;Starmer|Prime Minister of the United Kingdom
PER|الملكة إليزابيث;الملكة اليزابيث;الملكة إليزابيث الثانية|Queen Elizabeth II|Queen of the United Kingdom
PER|الأمير تشارلز;الملك تشارلز|Prince Charles;King Charles|British royal
PER|الأميرة ديانا;الأميرة دايانا|Princess Diana|British royal
PER|الأمير وليام;الأمير ويليام|Prince William|British royal
PER|الأمير هاري|Prince Harry|British royal
PER|دومينيك دو فيلبان;دو فيلبان;دوفيلبان|Dominique de Villepin;Villepin|Prime Minister of France
PER|ليونيل جوسبان;جوسبان|Lionel Jospin;Jospin|Prime Minister of France
PER|ميشال بارنييه;بارنييه|Michel Barnier|French Foreign Minister
PER|برنار كوشنير;كوشنير|Bernard Kouchner;Kouchner|French Foreign Minister
PER|فرانسوا ميتران;ميتران|François Mitterrand;Mitterrand|President of France
PER|جان ماري لوبان|Jean-Marie Le Pen|French far-right leader
PER|مارين لوبان|Marine Le Pen|French far-right leader
PER|ميشيل أليو ماري;ميشال أليو ماري|Michèle Alliot-Marie|French Defence Minister
PER|هوبير فيدرين;فيدرين|Hubert Védrine|French Foreign Minister
PER|فيليب دوست بلازي;دوست بلازي|Philippe Douste-Blazy|French Foreign Minister
PER|جان بيير رافاران;رافاران|Jean-Pierre Raffarin|Prime Minister of France
PER|فرانسوا فيون;فيون|François Fillon;Fillon|Prime Minister of France
PER|شارل ديغول;ديغول|Charles de Gaulle;de Gaulle|President of France
PER|لوران فابيوس;فابيوس|Laurent Fabius|French Foreign Minister
PER|جان إيف لودريان;لودريان|Jean-Yves Le Drian|French Foreign Minister
PER|يوشكا فيشر|Joschka Fischer|German Foreign Minister
PER|فرانك فالتر شتاينماير;شتاينماير|Frank-Walter Steinmeier;Steinmeier|German Foreign Minister
PER|فريدريش ميرتس|Friedrich Merz;Merz|Chancellor of Germany
PER|إيغور إيفانوف|Igor Ivanov|Russian Foreign Minister
PER|سيرغي إيفانوف|Sergei Ivanov|Russian Defence Minister
PER|يفغيني بريماكوف;بريماكوف|Yevgeny Primakov;Primakov|Prime Minister of Russia
PER|ميخائيل فرادكوف;فرادكوف|Mikhail Fradkov|Prime Minister of Russia
PER|فيكتور تشيرنوميردين;تشيرنوميردين|Viktor Chernomyrdin|Prime Minister of Russia
PER|ميخائيل كاسيانوف;كاسيانوف|Mikhail Kasyanov|Prime Minister of Russia
PER|ألكسندر سلطانوف|Alexander Saltanov|Russian Middle East envoy
PER|هانز بليكس;بليكس|Hans Blix;Blix|UN weapons inspector
PER|سيرجيو فييرا دي ميلو;دي ميلو|Sérgio Vieira de Mello|UN envoy to Iraq
PER|الأخضر الإبراهيمي;لخضر الإبراهيمي;الإبراهيمي|Lakhdar Brahimi;Brahimi|UN envoy
PER|تيري رود لارسن;رود لارسن|Terje Rød-Larsen|UN envoy
PER|ديتليف ميليس;ميليس|Detlev Mehlis;Mehlis|UN investigator
PER|سيرج براميرتس;براميرتس|Serge Brammertz|UN investigator
PER|كريس باتن|Chris Patten|EU Commissioner
PER|خوسيه مانويل باروسو;باروسو|José Manuel Barroso;Barroso|President of the European Commission
PER|بينيتا فيريرو فالدنر|Benita Ferrero-Waldner|EU Commissioner
PER|كاثرين آشتون;آشتون|Catherine Ashton|EU foreign policy chief
PER|جوزيب بوريل;بوريل|Josep Borrell;Borrell|EU foreign policy chief
PER|أورسولا فون دير لاين;فون دير لاين|Ursula von der Leyen|President of the European Commission
PER|ينس ستولتنبرغ;ستولتنبرغ|Jens Stoltenberg|NATO Secretary-General
PER|ياب دي هوب شيفر|Jaap de Hoop Scheffer|NATO Secretary-General
PER|أندرس فوغ راسموسن|Anders Fogh Rasmussen|NATO Secretary-General
PER|فيكتور يوشينكو;يوشينكو|Viktor Yushchenko;Yushchenko|President of Ukraine
PER|يوليا تيموشينكو;تيموشينكو|Yulia Tymoshenko|Prime Minister of Ukraine
PER|فيكتور يانوكوفيتش;يانوكوفيتش|Viktor Yanukovych|President of Ukraine
PER|ميخائيل ساكاشفيلي;ساكاشفيلي|Mikheil Saakashvili|President of Georgia
PER|إدوارد شيفرنادزه;شيفرنادزه|Eduard Shevardnadze|President of Georgia
PER|إلهام علييف;علييف|Ilham Aliyev;Aliyev|President of Azerbaijan
PER|ألكسندر لوكاشينكو;لوكاشينكو|Alexander Lukashenko|President of Belarus
PER|نور سلطان نزارباييف;نزارباييف|Nursultan Nazarbayev|President of Kazakhstan
PER|إسلام كريموف;كريموف|Islam Karimov|President of Uzbekistan
PER|سلوبودان ميلوسيفيتش;ميلوسيفيتش;ميلوشيفيتش|Slobodan Milošević;Milosevic|President of Yugoslavia
PER|رادوفان كاراديتش;كاراديتش;كرادجيتش|Radovan Karadžić;Karadzic|Bosnian Serb leader
PER|راتكو ملاديتش;ملاديتش|Ratko Mladić;Mladic|Bosnian Serb commander
PER|علي عزت بيغوفيتش;عزت بيغوفيتش|Alija Izetbegović|President of Bosnia
PER|إبراهيم روغوفا;روغوفا|Ibrahim Rugova|Kosovo leader
PER|أتال بيهاري فاجبايي;فاجبايي|Atal Bihari Vajpayee|Prime Minister of India
PER|مانموهان سينغ|Manmohan Singh|Prime Minister of India
PER|سونيا غاندي|Sonia Gandhi|Indian Congress leader
PER|راهول غاندي|Rahul Gandhi|Indian Congress leader
PER|المهاتما غاندي|Mahatma Gandhi|Indian independence leader
PER|نواز شريف|Nawaz Sharif|Prime Minister of Pakistan
PER|شهباز شريف|Shehbaz Sharif|Prime Minister of Pakistan
PER|آصف علي زرداري;زرداري|Asif Ali Zardari;Zardari|President of Pakistan
PER|يوسف رضا جيلاني;جيلاني|Yousaf Raza Gilani|Prime Minister of Pakistan
PER|شوكت عزيز|Shaukat Aziz|Prime Minister of Pakistan
PER|عمران خان|Imran Khan|Prime Minister of Pakistan, cricketer
PER|خورشيد محمود قصوري|Khurshid Kasuri|Pakistani Foreign Minister
PER|برويز مشرف|Pervez Musharraf|President of Pakistan
PER|عبد القدير خان|Abdul Qadeer Khan|Pakistani nuclear scientist
PER|الملا محمد عمر;الملا عمر|Mullah Omar|Taliban leader
PER|قلب الدين حكمتيار;حكمتيار|Gulbuddin Hekmatyar;Hekmatyar|Afghan warlord
PER|أحمد شاه مسعود;شاه مسعود|Ahmad Shah Massoud;Massoud|Afghan commander
PER|برهان الدين رباني|Burhanuddin Rabbani;Rabbani|President of Afghanistan
PER|عبد الرشيد دوستم;دوستم|Abdul Rashid Dostum;Dostum|Afghan warlord
PER|عبد الله عبد الله|Abdullah Abdullah|Afghan Foreign Minister
PER|أشرف غني|Ashraf Ghani|President of Afghanistan
PER|إسماعيل خان|Ismail Khan|Afghan warlord
PER|جلال الدين حقاني;حقاني|Jalaluddin Haqqani;Haqqani|Afghan militant leader
PER|سراج الدين حقاني|Sirajuddin Haqqani|Afghan militant leader
PER|بيت الله محسود;محسود|Baitullah Mehsud;Mehsud|Pakistani Taliban leader
PER|ذبيح الله مجاهد|Zabihullah Mujahid|Taliban spokesman
PER|هبة الله آخوندزاده|Hibatullah Akhundzada|Taliban leader
PER|سوهارتو|Suharto|President of Indonesia
PER|ميغاواتي سوكارنو بوتري;ميغاواتي|Megawati Sukarnoputri|President of Indonesia
PER|سوسيلو بامبانغ يودويونو;يودويونو|Susilo Bambang Yudhoyono|President of Indonesia
PER|عبد الرحمن واحد|Abdurrahman Wahid|President of Indonesia
PER|مهاتير محمد|Mahathir Mohamad|Prime Minister of Malaysia
PER|عبد الله أحمد بدوي|Abdullah Ahmad Badawi|Prime Minister of Malaysia
PER|أنور إبراهيم|Anwar Ibrahim|Malaysian politician
PER|غلوريا أرويو;أرويو|Gloria Arroyo|President of the Philippines
PER|تاكسين شيناواترا;شيناواترا|Thaksin Shinawatra|Prime Minister of Thailand
PER|أونغ سان سو تشي|Aung San Suu Kyi|Burmese opposition leader
PER|ون جيا باو|Wen Jiabao|Premier of China
PER|لي بينغ|Li Peng|Premier of China
PER|جو رونغ جي|Zhu Rongji|Premier of China
PER|لي كه تشيانغ|Li Keqiang|Premier of China
PER|وانغ يي|Wang Yi|Chinese Foreign Minister
PER|ماو تسي تونغ|Mao Zedong|Leader of China
PER|دينغ شياو بينغ|Deng Xiaoping|Leader of China
PER|تشين شوي بيان|Chen Shui-bian|President of Taiwan
PER|كيم داي جونغ|Kim Dae-jung|President of South Korea
PER|روه مو هيون|Roh Moo-hyun|President of South Korea
PER|لي ميونغ باك|Lee Myung-bak|President of South Korea
PER|كيم إيل سونغ|Kim Il-sung|Leader of North Korea
PER|ياسو فوكودا;فوكودا|Yasuo Fukuda|Prime Minister of Japan
PER|جون هوارد|John Howard|Prime Minister of Australia
PER|كيفن راد|Kevin Rudd|Prime Minister of Australia
PER|جان كريتيان;كريتيان|Jean Chrétien|Prime Minister of Canada
PER|ستيفن هاربر;هاربر|Stephen Harper|Prime Minister of Canada
PER|جاستن ترودو;ترودو|Justin Trudeau;Trudeau|Prime Minister of Canada
PER|فيسنتي فوكس|Vicente Fox|President of Mexico
PER|ألفارو أوريبي;أوريبي|Álvaro Uribe|President of Colombia
PER|أوغستو بينوشيه;بينوشيه|Augusto Pinochet;Pinochet|Chilean dictator
PER|نيكولاس مادورو;مادورو|Nicolás Maduro;Maduro|President of Venezuela
PER|دانيال أورتيغا;أورتيغا|Daniel Ortega|President of Nicaragua
PER|راؤول كاسترو|Raúl Castro|President of Cuba
PER|إرنستو تشي غيفارا;تشي غيفارا;غيفارا|Che Guevara|Revolutionary
PER|لويس إيناسيو لولا دا سيلفا;لولا دا سيلفا|Lula da Silva;Lula|President of Brazil
PER|إيفو موراليس;موراليس|Evo Morales|President of Bolivia
PER|جايير بولسونارو;بولسونارو|Jair Bolsonaro|President of Brazil
PER|روبرت موغابي;موغابي|Robert Mugabe;Mugabe|President of Zimbabwe
PER|ثابو مبيكي;مبيكي|Thabo Mbeki;Mbeki|President of South Africa
PER|جاكوب زوما;زوما|Jacob Zuma;Zuma|President of South Africa
PER|أولوسيغون أوباسانجو;أوباسانجو|Olusegun Obasanjo;Obasanjo|President of Nigeria
PER|ميليس زيناوي;زيناوي|Meles Zenawi;Zenawi|Prime Minister of Ethiopia
PER|آبي أحمد|Abiy Ahmed|Prime Minister of Ethiopia
PER|أسياس أفورقي;أفورقي|Isaias Afwerki;Afwerki|President of Eritrea
PER|يويري موسيفيني;موسيفيني|Yoweri Museveni;Museveni|President of Uganda
PER|بول كاغامي;كاغامي|Paul Kagame;Kagame|President of Rwanda
PER|مواي كيباكي;كيباكي|Mwai Kibaki;Kibaki|President of Kenya
PER|إدريس ديبي;ديبي|Idriss Déby;Deby|President of Chad
PER|لوران غباغبو;غباغبو|Laurent Gbagbo|President of Ivory Coast
PER|عبد الله واد|Abdoulaye Wade|President of Senegal
PER|تشارلز تايلور|Charles Taylor|President of Liberia
PER|جوزيف كابيلا;كابيلا|Joseph Kabila;Kabila|President of DR Congo
PER|إيلين جونسون سيرليف|Ellen Johnson Sirleaf|President of Liberia
PER|البابا شنودة;البابا شنودة الثالث;شنودة|Pope Shenouda III|Coptic Pope
PER|البابا تواضروس;تواضروس|Pope Tawadros II|Coptic Pope
PER|البطريرك صفير;نصر الله صفير;مار نصر الله بطرس صفير|Patriarch Sfeir|Maronite Patriarch
PER|بشارة الراعي;البطريرك الراعي|Bechara Boutros al-Rahi|Maronite Patriarch
PER|الدالاي لاما|Dalai Lama|Tibetan leader
PER|ديزموند توتو|Desmond Tutu|South African archbishop
PER|الأم تيريزا|Mother Teresa|Catholic nun
PER|البابا ليو الرابع عشر|Pope Leo XIV|Pope
# per-militants-clerics
PER|أبو بكر البغدادي|Abu Bakr al-Baghdadi|ISIS leader
PER|أبو عمر البغدادي|Abu Omar al-Baghdadi|Islamic State of Iraq leader
PER|أبو أيوب المصري|Abu Ayyub al-Masri|al-Qaeda in Iraq leader
PER|أبو محمد الجولاني;الجولاني|Abu Mohammad al-Julani|Nusra Front leader
PER|أبو حمزة المصري|Abu Hamza al-Masri|Islamist cleric in London
PER|أبو قتادة;أبو قتادة الفلسطيني|Abu Qatada|Islamist cleric
PER|عمر عبد الرحمن;الشيخ عمر عبد الرحمن|Omar Abdel-Rahman|Egyptian militant cleric
PER|خالد شيخ محمد|Khalid Sheikh Mohammed|al-Qaeda operative
PER|رمزي بن الشيبة;رمزي بن الشيبه|Ramzi bin al-Shibh|al-Qaeda operative
PER|رمزي يوسف|Ramzi Yousef|Militant
PER|أنور العولقي;العولقي|Anwar al-Awlaki|al-Qaeda cleric
PER|سيف العدل|Saif al-Adel|al-Qaeda commander
PER|محمد عطا|Mohamed Atta|9/11 hijacker
PER|أبو زبيدة|Abu Zubaydah|al-Qaeda operative
PER|زكريا موسوي;موسوي|Zacarias Moussaoui|al-Qaeda operative
PER|سليمان أبو غيث|Sulaiman Abu Ghaith|al-Qaeda spokesman
PER|أبو حفص المصري|Abu Hafs al-Masri|al-Qaeda commander
PER|عماد مغنية|Imad Mughniyeh|Hezbollah commander
PER|أبو نضال|Abu Nidal|Militant leader
PER|أبو العباس|Abu Abbas|PLF leader
PER|عبد الله عزام|Abdullah Azzam|Jihadist ideologue
PER|شامل باساييف;باساييف|Shamil Basayev;Basayev|Chechen rebel leader
PER|أصلان مسخادوف;مسخادوف|Aslan Maskhadov;Maskhadov|Chechen leader
PER|رمضان قديروف;قديروف|Ramzan Kadyrov;Kadyrov|Chechen leader
PER|أحمد قديروف|Akhmad Kadyrov|Chechen leader
PER|ابن الخطاب|Ibn al-Khattab|Chechnya militant commander
PER|عبد الملك دروكدال;دروكدال|Abdelmalek Droukdel|AQIM leader
PER|مختار بلمختار;بلمختار|Mokhtar Belmokhtar|Militant leader
PER|حسن حطاب|Hassan Hattab|GSPC leader
PER|عنتر زوابري;زوابري|Antar Zouabri|GIA leader
PER|أبو يحيى الليبي|Abu Yahya al-Libi|al-Qaeda ideologue
PER|أبو مصعب السوري|Abu Musab al-Suri|Jihadist ideologue
PER|ناصر الوحيشي;الوحيشي|Nasir al-Wuhayshi|AQAP leader
PER|أبو بكر شيكاو;شيكاو|Abubakar Shekau|Boko Haram leader
PER|يوسف القرضاوي;القرضاوي|Yusuf al-Qaradawi;Qaradawi|Islamic scholar
PER|محمد سيد طنطاوي;الشيخ طنطاوي|Muhammad Sayyid Tantawy|Grand Imam of al-Azhar
PER|أحمد الطيب|Ahmed el-Tayeb|Grand Imam of al-Azhar
PER|علي جمعة|Ali Gomaa|Grand Mufti of Egypt
PER|نصر فريد واصل|Nasr Farid Wasil|Grand Mufti of Egypt
PER|عبد العزيز آل الشيخ|Abdul-Aziz Al ash-Sheikh|Grand Mufti of Saudi Arabia
PER|عبد العزيز بن باز;ابن باز;بن باز|Abd al-Aziz ibn Baz;Ibn Baz|Grand Mufti of Saudi Arabia
PER|محمد بن صالح العثيمين;ابن عثيمين;العثيمين|Muhammad ibn al-Uthaymeen|Saudi scholar
PER|عائض القرني|Aidh al-Qarni|Saudi preacher
PER|سلمان العودة|Salman al-Ouda|Saudi preacher
PER|سفر الحوالي|Safar al-Hawali|Saudi preacher
PER|عمرو خالد|Amr Khaled|Egyptian preacher
PER|محمد متولي الشعراوي;الشعراوي|Mohamed Metwally El Shaarawy|Egyptian preacher
PER|عبد الحميد كشك;الشيخ كشك|Abdelhamid Kishk|Egyptian preacher
PER|موسى الصدر;الإمام موسى الصدر|Musa al-Sadr|Lebanese Shia cleric
PER|محمد مهدي شمس الدين|Mohammad Mahdi Shamseddine|Lebanese Shia cleric
PER|عبد الأمير قبلان;قبلان|Abdul Amir Qabalan|Lebanese Shia cleric
PER|محمد رشيد قباني;قباني|Mohammed Rashid Qabbani|Grand Mufti of Lebanon
PER|محمد حسين فضل الله|Mohammad Hussein Fadlallah;Fadlallah|Lebanese Shia cleric
PER|صبحي الطفيلي|Subhi al-Tufayli|Hezbollah secretary-general
PER|محمد صادق الصدر|Mohammad Sadeq al-Sadr|Iraqi Shia cleric
PER|محمد باقر الصدر|Mohammad Baqir al-Sadr|Iraqi Shia cleric
PER|محمد سعيد الحكيم|Muhammad Saeed al-Hakim|Iraqi Shia cleric
PER|أبو القاسم الخوئي;الخوئي|Abu al-Qasim al-Khoei|Iraqi Shia cleric
PER|عبد المجيد الخوئي|Abdul Majid al-Khoei|Iraqi Shia cleric
PER|أحمد الكبيسي;الكبيسي|Ahmed al-Kubaisi|Iraqi cleric
PER|محمد سليم العوا;العوا|Mohammad Selim al-Awa|Egyptian Islamic thinker
PER|أحمد ديدات|Ahmed Deedat|Muslim preacher
PER|ذاكر نايك|Zakir Naik|Muslim preacher
PER|فتح الله غولن;غولن|Fethullah Gülen;Gulen|Turkish preacher
PER|حسن البنا|Hassan al-Banna|Muslim Brotherhood founder
PER|سيد قطب|Sayyid Qutb|Islamist thinker
PER|صالح المغامسي|Saleh al-Maghamsi|Saudi preacher
# per-football
PER|حسام حسن|Hossam Hassan|Egyptian footballer and coach
PER|إبراهيم حسن|Ibrahim Hassan|Egyptian footballer
PER|أحمد حسن|Ahmed Hassan|Egyptian footballer
PER|محمد أبو تريكة;أبو تريكة;أبوتريكة|Mohamed Aboutrika;Aboutrika|Egyptian footballer
PER|محمد بركات|Mohamed Barakat|Egyptian footballer
PER|عماد متعب|Emad Moteab|Egyptian footballer
PER|عمرو زكي|Amr Zaki|Egyptian footballer
PER|حسني عبد ربه;حسني عبدربه|Hosny Abd Rabo|Egyptian footballer
PER|وائل جمعة|Wael Gomaa|Egyptian footballer
PER|عصام الحضري|Essam El-Hadary;El-Hadary|Egyptian goalkeeper
PER|أحمد حسام ميدو;ميدو|Ahmed Hossam Mido;Mido|Egyptian footballer
PER|محمد زيدان|Mohamed Zidan|Egyptian footballer
PER|هاني رمزي|Hany Ramzy|Egyptian footballer
PER|حازم إمام|Hazem Emam|Egyptian footballer
PER|أحمد شوبير;شوبير|Ahmed Shobair;Shobair|Egyptian goalkeeper and broadcaster
PER|محمود الخطيب;بيبو|Mahmoud El Khatib;Bibo|Egyptian footballer, Al Ahly president
PER|عبد الستار صبري|Abdel Sattar Sabry|Egyptian footballer
PER|طارق السعيد|Tarek El-Said|Egyptian footballer
PER|محمد شوقي|Mohamed Shawky|Egyptian footballer
PER|شادي محمد|Shady Mohamed|Egyptian footballer
PER|سيد معوض|Sayed Moawad|Egyptian footballer
PER|أحمد فتحي|Ahmed Fathy|Egyptian footballer
PER|محمد عبد الوهاب|Mohamed Abdel Wahab|Egyptian footballer; also the composer
PER|حسن شحاتة;شحاتة|Hassan Shehata;Shehata|Egypt national team coach
PER|مانويل جوزيه|Manuel José|Al Ahly coach
PER|محمود الجوهري|Mahmoud El-Gohary|Egypt national team coach
PER|طاهر أبو زيد|Taher Abouzeid|Egyptian footballer
PER|فاروق جعفر|Farouk Gaafar|Egyptian footballer and coach
PER|مجدي عبد الغني|Magdi Abdelghani|Egyptian footballer
PER|حمادة صدقي|Hamada Sedki|Egyptian coach
PER|عماد النحاس|Emad El-Nahhas|Egyptian footballer
PER|ياسر رضوان|Yasser Radwan|Egyptian footballer
PER|جمال حمزة|Gamal Hamza|Egyptian footballer
PER|عبد الحليم علي|Abdel Halim Ali|Egyptian footballer
PER|حسام غالي|Hossam Ghaly|Egyptian footballer
PER|أحمد المحمدي|Ahmed Elmohamady|Egyptian footballer
PER|محمود عبد الرازق;شيكابالا|Mahmoud Abdel Razek;Shikabala|Egyptian footballer
PER|محمد ناجي جدو|Mohamed Nagy Gedo|Egyptian footballer
PER|أحمد عيد عبد الملك|Ahmed Eid Abdel Malek|Egyptian footballer
PER|أسامة حسني|Osama Hosny|Egyptian footballer
PER|إبراهيم سعيد|Ibrahim Said|Egyptian footballer
PER|محمد النني;النني|Mohamed Elneny|Egyptian footballer
PER|عمر مرموش;مرموش|Omar Marmoush|Egyptian footballer
PER|محمود حسن تريزيجيه;تريزيجيه|Trezeguet|Egyptian footballer
PER|ربيع ياسين|Rabie Yassin|Egyptian footballer and coach
PER|شوقي غريب|Shawky Gharib|Egyptian coach
PER|مختار مختار|Mokhtar Mokhtar|Egyptian coach
PER|طارق يحيى|Tarek Yehia|Egyptian coach
PER|محسن صالح|Mohsen Saleh|Egyptian coach
PER|هاني أبو ريدة|Hany Abo Rida|Egyptian football official
PER|سمير زاهر|Samir Zaher|Egyptian FA president
PER|حسن حمدي|Hassan Hamdy|Al Ahly president
PER|صالح سليم|Saleh Selim|Al Ahly president
PER|مرتضى منصور|Mortada Mansour|Zamalek president
PER|ممدوح عباس|Mamdouh Abbas|Zamalek president
PER|سامي الجابر|Sami Al-Jaber|Saudi footballer
PER|ماجد عبد الله|Majed Abdullah|Saudi footballer
PER|ياسر القحطاني;القحطاني|Yasser Al-Qahtani|Saudi footballer
PER|محمد نور|Mohammed Noor|Saudi footballer
PER|نواف التمياط;التمياط|Nawaf Al-Temyat|Saudi footballer
PER|حمزة إدريس|Hamzah Idris|Saudi footballer
PER|محمد الدعيع;الدعيع|Mohamed Al-Deayea;Al-Deayea|Saudi goalkeeper
PER|سعيد العويران;العويران|Saeed Al-Owairan|Saudi footballer
PER|فؤاد أنور|Fuad Anwar|Saudi footballer
PER|يوسف الثنيان;الثنيان|Youssef Al-Thunayan|Saudi footballer
PER|مالك معاذ|Malek Mouath|Saudi footballer
PER|سعد الحارثي|Saad Al-Harthi|Saudi footballer
PER|رضا تكر|Redha Tukar|Saudi footballer
PER|محمد الشلهوب;الشلهوب|Mohammad Al-Shalhoub|Saudi footballer
PER|تيسير الجاسم|Taisir Al-Jassim|Saudi footballer
PER|سعود كريري|Saud Kariri|Saudi footballer
PER|نايف هزازي;هزازي|Naif Hazazi|Saudi footballer
PER|ناصر الشمراني;الشمراني|Nasser Al-Shamrani|Saudi footballer
PER|أسامة هوساوي;هوساوي|Osama Hawsawi|Saudi footballer
PER|ناصر الجوهر|Nasser Al-Johar|Saudi coach
PER|سالم الدوسري|Salem Al-Dawsari|Saudi footballer
PER|خالد مسعد|Khalid Massad|Saudi footballer
PER|عبيد الدوسري|Obeid Al-Dosari|Saudi footballer
PER|منصور مفتاح|Mansour Muftah|Qatari footballer
PER|سيباستيان سوريا|Sebastián Soria|Qatari footballer
PER|خلفان إبراهيم|Khalfan Ibrahim|Qatari footballer
PER|المعز علي|Almoez Ali|Qatari footballer
PER|أكرم عفيف|Akram Afif|Qatari footballer
PER|حسن الهيدوس;الهيدوس|Hassan Al-Haydos|Qatari footballer
PER|جاسم يعقوب|Jasem Al-Huwaidi|Kuwaiti footballer
PER|بشار عبد الله|Bashar Abdullah|Kuwaiti footballer
PER|بدر المطوع|Bader Al-Mutawa|Kuwaiti footballer
PER|فيصل الدخيل|Faisal Al-Dakhil|Kuwaiti footballer
PER|عدنان الطلياني|Adnan Al-Talyani|Emirati footballer
PER|إسماعيل مطر|Ismail Matar|Emirati footballer
PER|عمر عبد الرحمن;عموري|Omar Abdulrahman;Amoory|Emirati footballer
PER|علي مبخوت|Ali Mabkhout|Emirati footballer
PER|زهير بخيت|Zuhair Bakheet|Emirati footballer
PER|يونس محمود|Younis Mahmoud|Iraqi footballer
PER|نشأت أكرم|Nashat Akram|Iraqi footballer
PER|هوار ملا محمد|Hawar Mulla Mohammed|Iraqi footballer
PER|عدنان حمد|Adnan Hamad|Iraqi coach
PER|أحمد راضي|Ahmed Radhi|Iraqi footballer
PER|حسين سعيد|Hussein Saeed|Iraqi footballer
PER|نور صبري|Noor Sabri|Iraqi goalkeeper
PER|عامر شفيع|Amer Shafi|Jordanian goalkeeper
PER|مصطفى حجي|Mustapha Hadji|Moroccan footballer
PER|يوسف حجي|Youssef Hadji|Moroccan footballer
PER|نور الدين النيبت;النيبت|Noureddine Naybet|Moroccan footballer
PER|يوسف شيبو;شيبو|Youssef Chippo|Moroccan footballer
PER|مروان الشماخ;الشماخ|Marouane Chamakh|Moroccan footballer
PER|بادو الزاكي;الزاكي|Badou Zaki|Moroccan goalkeeper and coach
PER|عبد السلام وادو|Abdeslam Ouaddou|Moroccan footballer
PER|حسين خرجة|Houssine Kharja|Moroccan footballer
PER|أشرف حكيمي|Achraf Hakimi|Moroccan footballer
PER|ياسين بونو;بونو|Yassine Bounou;Bono|Moroccan goalkeeper
PER|حكيم زياش;زياش|Hakim Ziyech;Ziyech|Moroccan footballer
PER|وليد الركراكي;الركراكي|Walid Regragui|Moroccan coach
PER|يوسف النصيري;النصيري|Youssef En-Nesyri|Moroccan footballer
PER|سفيان أمرابط;أمرابط|Sofyan Amrabat|Moroccan footballer
PER|محمد التيمومي;التيمومي|Mohamed Timoumi|Moroccan footballer
PER|صلاح الدين بصير|Salaheddine Bassir|Moroccan footballer
PER|طلال القرقوري|Talal El Karkouri|Moroccan footballer
PER|زبير بية|Zoubeir Baya|Tunisian footballer
PER|سامي الطرابلسي|Sami Trabelsi|Tunisian footballer
PER|راضي الجعايدي;الجعايدي|Radhi Jaïdi|Tunisian footballer
PER|علي بومنيجل|Ali Boumnijel|Tunisian goalkeeper
PER|عادل الشاذلي|Adel Chedli|Tunisian footballer
PER|روجيه لومير;لومير|Roger Lemerre|Tunisia coach
PER|وهبي الخزري;الخزري|Wahbi Khazri|Tunisian footballer
PER|رابح ماجر;ماجر|Rabah Madjer|Algerian footballer
PER|لخضر بلومي;بلومي|Lakhdar Belloumi|Algerian footballer
PER|رياض محرز|Riyad Mahrez;Mahrez|Algerian footballer
PER|إسلام سليماني|Islam Slimani|Algerian footballer
PER|رابح سعدان;سعدان|Rabah Saâdane|Algeria coach
PER|رفيق صايفي;صايفي|Rafik Saïfi|Algerian footballer
PER|كريم زياني;زياني|Karim Ziani|Algerian footballer
PER|مجيد بوقرة;بوقرة|Madjid Bougherra|Algerian footballer
PER|عنتر يحيى|Antar Yahia|Algerian footballer
PER|نذير بلحاج|Nadir Belhadj|Algerian footballer
PER|وحيد حليلوزيتش;حليلوزيتش|Vahid Halilhodžić|Coach
PER|جمال بلماضي;بلماضي|Djamel Belmadi|Algeria coach
PER|رونالدينيو;رونالدينهو|Ronaldinho|Brazilian footballer
PER|ريفالدو|Rivaldo|Brazilian footballer
PER|روماريو|Romário|Brazilian footballer
PER|بيليه|Pelé|Brazilian footballer
PER|دييغو مارادونا;مارادونا|Diego Maradona;Maradona|Argentine footballer
PER|كاكا|Kaká|Brazilian footballer
PER|روبرتو كارلوس|Roberto Carlos|Brazilian footballer
PER|كافو|Cafu|Brazilian footballer
PER|أدريانو|Adriano|Brazilian footballer
PER|روبينيو|Robinho|Brazilian footballer
PER|تييري هنري;تيري هنري|Thierry Henry|French footballer
PER|ديدييه دروغبا;دروغبا;دروجبا|Didier Drogba;Drogba|Ivorian footballer
PER|صامويل إيتو;إيتو|Samuel Eto'o;Eto'o|Cameroonian footballer
PER|نوانكو كانو|Nwankwo Kanu|Nigerian footballer
PER|جورج وياه|George Weah;Weah|Liberian footballer
PER|جاي جاي أوكوشا;أوكوشا|Jay-Jay Okocha|Nigerian footballer
PER|مايكل أوين|Michael Owen|English footballer
PER|واين روني;روني|Wayne Rooney;Rooney|English footballer
PER|ستيفن جيرارد;جيرارد|Steven Gerrard;Gerrard|English footballer
PER|فرانك لامبارد;لامبارد|Frank Lampard;Lampard|English footballer
PER|جون تيري|John Terry|English footballer
PER|ريو فرديناند|Rio Ferdinand|English footballer
PER|بول سكولز|Paul Scholes|English footballer
PER|ريان غيغز;رايان غيغز|Ryan Giggs|Welsh footballer
PER|لويس فيغو;فيغو|Luís Figo;Figo|Portuguese footballer
PER|راؤول غونزاليس|Raúl González|Spanish footballer
PER|إيكر كاسياس;كاسياس|Iker Casillas;Casillas|Spanish goalkeeper
PER|تشافي هيرنانديز;تشافي|Xavi|Spanish footballer
PER|أندريس إنييستا;إنييستا|Andrés Iniesta;Iniesta|Spanish footballer
PER|كارليس بويول;بويول|Carles Puyol;Puyol|Spanish footballer
PER|فرناندو توريس;توريس|Fernando Torres;Torres|Spanish footballer
PER|ديفيد فيا|David Villa|Spanish footballer
PER|فابيو كانافارو;كانافارو|Fabio Cannavaro|Italian footballer
PER|فرانشيسكو توتي;توتي|Francesco Totti;Totti|Italian footballer
PER|أليساندرو ديل بييرو;ديل بييرو|Alessandro Del Piero|Italian footballer
PER|باولو مالديني;مالديني|Paolo Maldini;Maldini|Italian footballer
PER|أندريا بيرلو;بيرلو|Andrea Pirlo;Pirlo|Italian footballer
PER|جانلويجي بوفون;بوفون|Gianluigi Buffon;Buffon|Italian goalkeeper
PER|أندريه شيفتشينكو;شيفتشينكو|Andriy Shevchenko;Shevchenko|Ukrainian footballer
PER|فيليبو إنزاغي;إنزاغي|Filippo Inzaghi|Italian footballer
PER|كريستيان فييري;فييري|Christian Vieri|Italian footballer
PER|ميروسلاف كلوزه;كلوزه;كلوزة|Miroslav Klose;Klose|German footballer
PER|مايكل بالاك;بالاك|Michael Ballack;Ballack|German footballer
PER|أوليفر كان|Oliver Kahn|German goalkeeper
PER|بافيل نيدفيد;نيدفيد|Pavel Nedvěd|Czech footballer
PER|زلاتان إبراهيموفيتش;إبراهيموفيتش|Zlatan Ibrahimović;Ibrahimovic|Swedish footballer
PER|رود فان نيستلروي;فان نيستلروي|Ruud van Nistelrooy|Dutch footballer
PER|دينيس بيركامب;بيركامب|Dennis Bergkamp|Dutch footballer
PER|باتريك فييرا|Patrick Vieira|French footballer
PER|فرانك ريبيري;ريبيري|Franck Ribéry;Ribery|French footballer
PER|كريم بنزيمة;بنزيمة;بنزيما|Karim Benzema;Benzema|French footballer
PER|ميشيل بلاتيني;بلاتيني|Michel Platini;Platini|French footballer, UEFA president
PER|فرانز بيكنباور;بيكنباور|Franz Beckenbauer;Beckenbauer|German footballer
PER|يوهان كرويف;كرويف|Johan Cruyff;Cruyff|Dutch footballer
PER|نيمار|Neymar|Brazilian footballer
PER|كيليان مبابي;مبابي|Kylian Mbappé;Mbappe|French footballer
PER|إرلينغ هالاند;هالاند|Erling Haaland;Haaland|Norwegian footballer
PER|روبرت ليفاندوفسكي;ليفاندوفسكي|Robert Lewandowski;Lewandowski|Polish footballer
PER|لوكا مودريتش;مودريتش|Luka Modrić;Modric|Croatian footballer
PER|ساديو ماني|Sadio Mané|Senegalese footballer
PER|هاري كين|Harry Kane|English footballer
PER|مسعود أوزيل;أوزيل|Mesut Özil;Ozil|German footballer
PER|سيرجيو راموس;راموس|Sergio Ramos;Ramos|Spanish footballer
PER|غاريث بيل|Gareth Bale|Welsh footballer
PER|أنطوان غريزمان;غريزمان|Antoine Griezmann;Griezmann|French footballer
PER|لامين يامال;يامال|Lamine Yamal|Spanish footballer
PER|أليكس فيرغسون;فيرغسون;فيرجسون|Alex Ferguson;Ferguson|Manchester United manager
PER|أرسين فينغر;فينغر;فينجر|Arsène Wenger;Wenger|Arsenal manager
PER|جوزيه مورينيو;مورينيو|José Mourinho;Mourinho|Football manager
PER|فابيو كابيلو;كابيلو|Fabio Capello;Capello|Football manager
PER|ماركو فان باستن;فان باستن|Marco van Basten|Dutch footballer and coach
PER|لويز فيليبي سكولاري;سكولاري|Luiz Felipe Scolari;Scolari|Football manager
PER|سفين غوران إريكسون|Sven-Göran Eriksson|Football manager
PER|جوس هيدينك;هيدينك|Guus Hiddink;Hiddink|Football manager
PER|مارسيلو ليبي|Marcello Lippi;Lippi|Football manager
PER|فرانك ريكارد;ريكارد|Frank Rijkaard;Rijkaard|Football manager
PER|رافائيل بينيتيز;بينيتيز|Rafael Benítez;Benitez|Football manager
PER|بيب غوارديولا;غوارديولا;جوارديولا|Pep Guardiola;Guardiola|Football manager
PER|كارلو أنشيلوتي;أنشيلوتي|Carlo Ancelotti;Ancelotti|Football manager
PER|يورغن كلوب;كلوب|Jürgen Klopp;Klopp|Football manager
PER|برونو ميتسو;ميتسو|Bruno Metsu;Metsu|Football coach
PER|هنري ميشيل|Henri Michel|Football coach
PER|فيليب تروسييه;تروسييه|Philippe Troussier|Football coach
PER|كارلوس ألبرتو بيريرا;بيريرا|Carlos Alberto Parreira;Parreira|Football coach
PER|ديدييه ديشان;ديشان|Didier Deschamps;Deschamps|French coach
PER|هيكتور كوبر;كوبر|Héctor Cúper;Cuper|Football coach
PER|مارك فوتا|Marc Wotte|Football coach
PER|جوزيف بلاتر;سيب بلاتر;بلاتر|Sepp Blatter;Blatter|FIFA president
PER|جياني إنفانتينو;إنفانتينو|Gianni Infantino;Infantino|FIFA president
PER|عيسى حياتو;حياتو|Issa Hayatou;Hayatou|CAF president
PER|محمد بن همام;بن همام|Mohamed bin Hammam|AFC president
PER|جاك روغ|Jacques Rogge|IOC president
PER|خوان أنطونيو سامارانش;سامارانش|Juan Antonio Samaranch|IOC president
PER|مايكل شوماخر;شوماخر|Michael Schumacher;Schumacher|Racing driver
PER|لويس هاميلتون|Lewis Hamilton|Racing driver
PER|تايغر وودز|Tiger Woods|Golfer
PER|محمد علي كلاي|Muhammad Ali|Boxer
PER|مايك تايسون;تايسون|Mike Tyson;Tyson|Boxer
PER|نسيم حميد|Naseem Hamed|Boxer
PER|هشام الكروج;الكروج|Hicham El Guerrouj|Moroccan athlete
PER|نوال المتوكل|Nawal El Moutawakel|Moroccan athlete
PER|سعيد عويطة;عويطة|Saïd Aouita|Moroccan athlete
PER|نور الدين مرسلي;مرسلي|Noureddine Morceli|Algerian athlete
PER|حسيبة بولمرقة;بولمرقة|Hassiba Boulmerka|Algerian athlete
PER|أسامة الملولي;الملولي|Oussama Mellouli|Tunisian swimmer
PER|أنس جابر|Ons Jabeur|Tunisian tennis player
PER|روجر فيدرر;فيدرر|Roger Federer;Federer|Tennis player
PER|رافائيل نادال;نادال|Rafael Nadal;Nadal|Tennis player
PER|نوفاك ديوكوفيتش;ديوكوفيتش|Novak Djokovic;Djokovic|Tennis player
PER|أندريه أغاسي;أغاسي|Andre Agassi;Agassi|Tennis player
PER|بيت سامبراس;سامبراس|Pete Sampras;Sampras|Tennis player
PER|سيرينا ويليامز|Serena Williams|Tennis player
PER|فينوس ويليامز|Venus Williams|Tennis player
PER|ماريا شارابوفا;شارابوفا|Maria Sharapova;Sharapova|Tennis player
PER|أوسين بولت;يوسين بولت|Usain Bolt|Sprinter
PER|لانس أرمسترونغ|Lance Armstrong|Cyclist
PER|مايكل جوردان|Michael Jordan|Basketball player
# per-culture
PER|عبد الحليم حافظ|Abdel Halim Hafez|Egyptian singer
PER|فيروز;السيدة فيروز|Fairuz|Lebanese singer
PER|وردة الجزائرية|Warda Al-Jazairia|Algerian singer
PER|فريد الأطرش|Farid al-Atrash|Syrian-Egyptian singer
PER|أسمهان|Asmahan|Singer
PER|صباح فخري|Sabah Fakhri|Syrian singer
PER|وديع الصافي|Wadih El Safi|Lebanese singer
PER|نانسي عجرم;عجرم|Nancy Ajram;Ajram|Lebanese singer
PER|هيفاء وهبي;هيفا وهبي|Haifa Wehbe|Lebanese singer
PER|إليسا;اليسا|Elissa|Lebanese singer
PER|راغب علامة|Ragheb Alama|Lebanese singer
PER|كاظم الساهر|Kadim Al Sahir|Iraqi singer
PER|محمد منير|Mohamed Mounir|Egyptian singer
PER|تامر حسني|Tamer Hosny|Egyptian singer
PER|شيرين عبد الوهاب|Sherine Abdel-Wahab|Egyptian singer
PER|ماجدة الرومي|Magida El Roumi|Lebanese singer
PER|جورج وسوف|George Wassouf|Syrian singer
PER|وائل كفوري|Wael Kfoury|Lebanese singer
PER|نوال الزغبي|Nawal Al Zoghbi|Lebanese singer
PER|أصالة نصري|Assala Nasri|Syrian singer
PER|محمد عبده|Mohammed Abdu|Saudi singer
PER|عبد المجيد عبد الله|Abdul Majeed Abdullah|Saudi singer
PER|راشد الماجد|Rashed Al-Majed|Saudi singer
PER|حسين الجسمي|Hussain Al Jassmi|Emirati singer
PER|ديانا حداد|Diana Haddad|Lebanese singer
PER|الشاب خالد|Cheb Khaled|Algerian singer
PER|الشاب مامي|Cheb Mami|Algerian singer
PER|هاني شاكر|Hany Shaker|Egyptian singer
PER|مدحت صالح|Medhat Saleh|Egyptian singer
PER|محمد فؤاد|Mohamed Fouad|Egyptian singer
PER|شعبان عبد الرحيم|Shaaban Abdel Rahim|Egyptian singer
PER|علي الحجار|Ali El Haggar|Egyptian singer
PER|لطفي بوشناق|Lotfi Bouchnak|Tunisian singer
PER|ذكرى محمد|Thekra|Tunisian singer
PER|سميرة سعيد|Samira Said|Moroccan singer
PER|عبد الهادي بلخياط|Abdelhadi Belkhayat|Moroccan singer
PER|مارسيل خليفة|Marcel Khalife|Lebanese musician
PER|زياد الرحباني|Ziad Rahbani|Lebanese composer
PER|منصور الرحباني|Mansour Rahbani|Lebanese composer
PER|عاصي الرحباني|Assi Rahbani|Lebanese composer
PER|ملحم بركات|Melhem Barakat|Lebanese singer
PER|صابر الرباعي|Saber Rebaï|Tunisian singer
PER|محمد حماقي;حماقي|Mohamed Hamaki|Egyptian singer
PER|عمرو مصطفى|Amr Mostafa|Egyptian composer
PER|عادل إمام|Adel Emam|Egyptian actor
PER|أحمد زكي|Ahmed Zaki|Egyptian actor
PER|عمر الشريف|Omar Sharif|Egyptian actor
PER|يسرا|Yousra|Egyptian actress
PER|نور الشريف|Nour El-Sherif|Egyptian actor
PER|محمود عبد العزيز|Mahmoud Abdel Aziz|Egyptian actor
PER|ليلى علوي|Laila Elwi|Egyptian actress
PER|إلهام شاهين|Elham Shahin|Egyptian actress
PER|نبيلة عبيد|Nabila Ebeid|Egyptian actress
PER|نادية الجندي|Nadia El Gendy|Egyptian actress
PER|فاتن حمامة|Faten Hamama|Egyptian actress
PER|سعاد حسني|Soad Hosny|Egyptian actress
PER|محمد هنيدي;هنيدي|Mohamed Henedy|Egyptian actor
PER|أحمد السقا|Ahmed El Sakka|Egyptian actor
PER|منى زكي|Mona Zaki|Egyptian actress
PER|هند صبري|Hend Sabry|Tunisian actress
PER|كريم عبد العزيز|Karim Abdel Aziz|Egyptian actor
PER|أحمد حلمي|Ahmed Helmy|Egyptian actor
PER|محمد سعد;اللمبي|Mohamed Saad|Egyptian actor
PER|يحيى الفخراني;الفخراني|Yehia El-Fakharany|Egyptian actor
PER|محمود ياسين|Mahmoud Yassin|Egyptian actor
PER|حسين فهمي|Hussein Fahmy|Egyptian actor
PER|سمير غانم|Samir Ghanem|Egyptian actor
PER|يوسف شاهين|Youssef Chahine|Egyptian film director
PER|دريد لحام|Duraid Lahham|Syrian actor
PER|ياسر العظمة|Yasser Al-Azma|Syrian actor
PER|جمال سليمان|Jamal Suleiman|Syrian actor
PER|سلوم حداد|Salloum Haddad|Syrian actor
PER|أيمن زيدان|Ayman Zeidan|Syrian actor
PER|غسان مسعود|Ghassan Massoud|Syrian actor
PER|باسم ياخور|Bassem Yakhour|Syrian actor
PER|سعاد عبد الله|Souad Abdullah|Kuwaiti actress
PER|حياة الفهد|Hayat Al-Fahad|Kuwaiti actress
PER|عبد الحسين عبد الرضا|Abdulhussain Abdulredha|Kuwaiti actor
PER|ناصر القصبي;القصبي|Nasser Al Qasabi|Saudi actor
PER|عبد الله السدحان;السدحان|Abdullah Al-Sadhan|Saudi actor
PER|مصطفى العقاد;العقاد|Moustapha Akkad|Syrian-American film director
PER|طه حسين|Taha Hussein|Egyptian writer
PER|توفيق الحكيم|Tawfiq al-Hakim|Egyptian writer
PER|يوسف إدريس|Yusuf Idris|Egyptian writer
PER|جمال الغيطاني;الغيطاني|Gamal al-Ghitani|Egyptian writer
PER|علاء الأسواني|Alaa Al Aswany|Egyptian writer
PER|نوال السعداوي;السعداوي|Nawal El Saadawi|Egyptian writer
PER|محمود درويش|Mahmoud Darwish|Palestinian poet
PER|نزار قباني|Nizar Qabbani|Syrian poet
PER|أدونيس|Adonis|Syrian poet
PER|سميح القاسم|Samih al-Qasim|Palestinian poet
PER|غسان كنفاني;كنفاني|Ghassan Kanafani|Palestinian writer
PER|إدوارد سعيد|Edward Said|Palestinian-American scholar
PER|عبد الرحمن منيف|Abdul Rahman Munif|Saudi writer
PER|الطيب صالح|Tayeb Salih|Sudanese writer
PER|أحلام مستغانمي;مستغانمي|Ahlam Mosteghanemi|Algerian writer
PER|جبران خليل جبران|Khalil Gibran|Lebanese writer
PER|أمين معلوف|Amin Maalouf|Lebanese-French writer
PER|محمد حسنين هيكل|Mohamed Hassanein Heikal|Egyptian journalist
PER|فهمي هويدي|Fahmi Howeidi|Egyptian journalist
PER|عبد الباري عطوان;عطوان|Abdel Bari Atwan|Palestinian journalist
PER|فيصل القاسم|Faisal al-Qassem|Al Jazeera presenter
PER|أحمد منصور|Ahmed Mansour|Al Jazeera presenter
PER|تيسير علوني|Tayseer Allouni|Al Jazeera journalist
PER|سامي الحاج|Sami al-Hajj|Al Jazeera cameraman
PER|عبد الوهاب البياتي;البياتي|Abdul Wahab Al-Bayati|Iraqi poet
PER|بدر شاكر السياب;السياب|Badr Shakir al-Sayyab|Iraqi poet
PER|محمد مهدي الجواهري;الجواهري|Muhammad Mahdi al-Jawahiri|Iraqi poet
PER|أحمد شوقي|Ahmed Shawqi|Egyptian poet
PER|أحمد فؤاد نجم|Ahmed Fouad Negm|Egyptian poet
PER|عبد الرحمن الأبنودي;الأبنودي|Abdel Rahman el-Abnudi|Egyptian poet
PER|إبراهيم الكوني|Ibrahim al-Koni|Libyan writer
PER|حنا مينه|Hanna Mina|Syrian writer
PER|زكي نجيب محمود|Zaki Naguib Mahmoud|Egyptian philosopher
PER|عباس محمود العقاد|Abbas el-Akkad|Egyptian writer
PER|أحمد زويل;زويل|Ahmed Zewail;Zewail|Egyptian-American chemist, Nobel laureate
PER|مجدي يعقوب|Magdi Yacoub|Egyptian-British surgeon
PER|فاروق الباز|Farouk El-Baz|Egyptian-American scientist
PER|زها حديد|Zaha Hadid|Iraqi-British architect
PER|سلمان رشدي;رشدي|Salman Rushdie;Rushdie|British-Indian writer
PER|غابرييل غارسيا ماركيز;ماركيز|Gabriel García Márquez|Colombian writer
PER|باولو كويلو;كويلو|Paulo Coelho;Coelho|Brazilian writer
PER|أورهان باموق;باموق|Orhan Pamuk;Pamuk|Turkish writer
PER|نعوم تشومسكي;تشومسكي|Noam Chomsky;Chomsky|American linguist
PER|فرانسيس فوكوياما;فوكوياما|Francis Fukuyama;Fukuyama|American political scientist
PER|صموئيل هنتنغتون;هنتنغتون|Samuel Huntington;Huntington|American political scientist
PER|برنارد لويس|Bernard Lewis|Orientalist
PER|نجيب ساويرس;ساويرس|Naguib Sawiris;Sawiris|Egyptian businessman
PER|نصيف ساويرس|Nassef Sawiris|Egyptian businessman
PER|أحمد عز|Ahmed Ezz|Egyptian businessman and politician
PER|محمد الفايد;الفايد|Mohamed Al-Fayed;Al-Fayed|Egyptian businessman
PER|دودي الفايد;عماد الفايد|Dodi Fayed|Egyptian film producer
PER|هشام طلعت مصطفى|Hisham Talaat Moustafa|Egyptian businessman
PER|محمد العبار;العبار|Mohamed Alabbar|Emirati businessman
PER|وارن بافيت;بافيت|Warren Buffett;Buffett|American investor
PER|ستيف جوبز|Steve Jobs|Apple co-founder
PER|مارك زوكربيرغ;زوكربيرغ;زوكربيرج|Mark Zuckerberg;Zuckerberg|Facebook founder
PER|جيف بيزوس;بيزوس|Jeff Bezos;Bezos|Amazon founder
PER|روبرت مردوخ;مردوخ|Rupert Murdoch;Murdoch|Media owner
PER|جورج سوروس;سوروس|George Soros;Soros|Investor
PER|كارلوس سليم|Carlos Slim|Mexican businessman
PER|لاكشمي ميتال|Lakshmi Mittal;Mittal|Indian businessman
PER|ألن غرينسبان;غرينسبان|Alan Greenspan;Greenspan|Federal Reserve chairman
PER|بن برنانكي;برنانكي|Ben Bernanke;Bernanke|Federal Reserve chairman
PER|جان كلود تريشيه;تريشيه|Jean-Claude Trichet;Trichet|ECB president
PER|دومينيك ستروس كان;ستروس كان|Dominique Strauss-Kahn|IMF managing director
PER|كريستين لاغارد;لاغارد|Christine Lagarde;Lagarde|IMF managing director
PER|بول وولفوفيتز|Paul Wolfowitz|World Bank president
PER|جيمس وولفنسون;وولفنسون|James Wolfensohn|World Bank president
PER|مايكل جاكسون|Michael Jackson|American singer
PER|مادونا|Madonna|American singer
PER|بريتني سبيرز|Britney Spears|American singer
PER|شاكيرا|Shakira|Colombian singer
PER|توم كروز|Tom Cruise|American actor
PER|أنجلينا جولي;أنجيلينا جولي|Angelina Jolie|American actress
PER|براد بيت|Brad Pitt|American actor
PER|أرنولد شوارزنيغر;شوارزنيغر;شوارزنيجر|Arnold Schwarzenegger;Schwarzenegger|Actor and Governor of California
PER|ميل غيبسون|Mel Gibson|American actor
PER|ليوناردو دي كابريو|Leonardo DiCaprio|American actor
PER|جورج كلوني|George Clooney|American actor
PER|ستيفن سبيلبرغ;سبيلبرغ|Steven Spielberg;Spielberg|American director
PER|مايكل مور|Michael Moore|American filmmaker
PER|ألبرت أينشتاين;أينشتاين;آينشتاين|Albert Einstein;Einstein|Physicist
PER|ويليام شكسبير;شكسبير|William Shakespeare;Shakespeare|English writer
PER|جوليان أسانج;أسانج|Julian Assange;Assange|WikiLeaks founder
PER|إدوارد سنودن;سنودن|Edward Snowden;Snowden|Whistleblower
PER|مالالا يوسفزاي|Malala Yousafzai|Pakistani activist
PER|غريتا تونبرغ|Greta Thunberg|Swedish activist
# org-clubs
ORG|الأهلي;النادي الأهلي;الأهلي المصري;نادي الأهلي|Al Ahly|Egyptian football club
ORG|الزمالك المصري|Zamalek|Egyptian football club
ORG|الإسماعيلي المصري;النادي الإسماعيلي|Ismaily|Egyptian football club
ORG|المصري البورسعيدي;النادي المصري|Al Masry|Egyptian football club (Port Said)
ORG|إنبي;نادي إنبي|ENPPI|Egyptian football club
ORG|نادي حرس الحدود|Haras El Hodoud|Egyptian football club
ORG|غزل المحلة|Ghazl El Mahalla|Egyptian football club
ORG|بتروجت|Petrojet|Egyptian football club
ORG|نادي الترسانة|Tersana|Egyptian football club
ORG|طلائع الجيش|Tala'ea El Gaish|Egyptian football club
ORG|سموحة;نادي سموحة|Smouha|Egyptian football club
ORG|وادي دجلة;نادي وادي دجلة|Wadi Degla|Egyptian football club
ORG|بيراميدز;نادي بيراميدز|Pyramids FC|Egyptian football club
ORG|الأوليمبي السكندري|Olympic Club|Egyptian football club
ORG|نادي المنصورة|Mansoura SC|Egyptian football club
ORG|الأهلي السعودي;أهلي جدة|Al-Ahli Saudi|Saudi football club
ORG|الهلال السعودي|Al Hilal|Saudi football club
ORG|النصر السعودي|Al Nassr|Saudi football club
ORG|الاتحاد السعودي;اتحاد جدة|Al-Ittihad|Saudi football club
ORG|نادي الشباب|Al-Shabab|Saudi football club
ORG|نادي الاتفاق|Al-Ettifaq|Saudi football club
ORG|القادسية السعودي;نادي القادسية|Al-Qadsiah|Saudi football club
ORG|الوحدة السعودي;نادي الوحدة|Al-Wehda|Saudi football club
ORG|الفتح السعودي|Al-Fateh|Saudi football club
ORG|نادي الرائد|Al-Raed|Saudi football club
ORG|الفيصلي|Al-Faisaly|Saudi / Jordanian football club
ORG|نادي التعاون|Al-Taawoun|Saudi football club
ORG|نادي الحزم|Al-Hazem|Saudi football club
ORG|السد القطري;نادي السد|Al Sadd|Qatari football club
ORG|الريان القطري;نادي الريان|Al-Rayyan|Qatari football club
ORG|الغرافة;نادي الغرافة|Al-Gharafa|Qatari football club
ORG|العربي القطري|Al-Arabi (Qatar)|Qatari football club
ORG|قطر القطري;نادي قطر|Qatar SC|Qatari football club
ORG|الوكرة القطري;نادي الوكرة|Al-Wakrah|Qatari football club
ORG|الخور القطري|Al-Khor|Qatari football club
ORG|أم صلال|Umm Salal|Qatari football club
ORG|الدحيل|Al-Duhail|Qatari football club
ORG|لخويا|Lekhwiya|Qatari football club
ORG|العين الإماراتي;نادي العين|Al Ain FC|Emirati football club
ORG|نادي الوصل|Al-Wasl|Emirati football club
ORG|الشارقة الإماراتي;نادي الشارقة|Sharjah FC|Emirati football club
ORG|الجزيرة الإماراتي;نادي الجزيرة|Al Jazira Club|Emirati football club
ORG|الوحدة الإماراتي|Al-Wahda (UAE)|Emirati football club
ORG|النصر الإماراتي|Al-Nasr (UAE)|Emirati football club
ORG|الأهلي الإماراتي;شباب الأهلي|Al-Ahli Dubai|Emirati football club
ORG|بني ياس;نادي بني ياس|Baniyas Club|Emirati football club
ORG|القادسية الكويتي|Al-Qadsia|Kuwaiti football club
ORG|الكويت الكويتي;نادي الكويت|Kuwait SC|Kuwaiti football club
ORG|العربي الكويتي|Al-Arabi (Kuwait)|Kuwaiti football club
ORG|السالمية الكويتي;نادي السالمية|Al-Salmiya|Kuwaiti football club
ORG|كاظمة;نادي كاظمة|Kazma SC|Kuwaiti football club
ORG|المحرق البحريني;نادي المحرق|Muharraq Club|Bahraini football club
ORG|الرفاع البحريني;نادي الرفاع|Riffa SC|Bahraini football club
ORG|ظفار العماني;نادي ظفار|Dhofar Club|Omani football club
ORG|الوحدات الأردني|Al-Wehdat|Jordanian football club
ORG|الفيصلي الأردني|Al-Faisaly (Jordan)|Jordanian football club
ORG|شباب الأردن|Shabab Al-Ordon|Jordanian football club
ORG|الزوراء;نادي الزوراء|Al-Zawraa|Iraqi football club
ORG|الشرطة العراقي;نادي الشرطة|Al-Shorta|Iraqi football club
ORG|القوة الجوية العراقي;نادي القوة الجوية|Al-Quwa Al-Jawiya|Iraqi football club
ORG|الطلبة العراقي;نادي الطلبة|Al-Talaba|Iraqi football club
ORG|الاتحاد الحلبي;اتحاد حلب|Al-Ittihad Aleppo|Syrian football club
ORG|الكرامة السوري;نادي الكرامة|Al-Karamah|Syrian football club
ORG|نادي الجيش|Al-Jaish|Syrian football club
ORG|الأنصار اللبناني;نادي الأنصار|Al-Ansar|Lebanese football club
ORG|النجمة اللبناني;نادي النجمة|Nejmeh SC|Lebanese football club
ORG|الجيش الملكي;نادي الجيش الملكي|FAR Rabat|Moroccan football club
ORG|الفتح الرباطي|FUS Rabat|Moroccan football club
ORG|المغرب الفاسي|Maghreb de Fès|Moroccan football club
ORG|الكوكب المراكشي|Kawkab Marrakech|Moroccan football club
ORG|حسنية أكادير|Hassania Agadir|Moroccan football club
ORG|أولمبيك خريبكة|Olympique Khouribga|Moroccan football club
ORG|النادي القنيطري|KAC Kénitra|Moroccan football club
ORG|نهضة بركان|RS Berkane|Moroccan football club
ORG|النجم الساحلي;نجم الساحل|Étoile du Sahel|Tunisian football club
ORG|النادي الإفريقي;النادي الأفريقي|Club Africain|Tunisian football club
ORG|النادي الصفاقسي|CS Sfaxien|Tunisian football club
ORG|الملعب التونسي|Stade Tunisien|Tunisian football club
ORG|الاتحاد المنستيري|US Monastir|Tunisian football club
ORG|الترجي الرياضي;الترجي الرياضي التونسي|Espérance de Tunis|Tunisian football club
ORG|شبيبة القبائل|JS Kabylie|Algerian football club
ORG|مولودية الجزائر|MC Alger|Algerian football club
ORG|وفاق سطيف|ES Sétif|Algerian football club
ORG|اتحاد العاصمة|USM Alger|Algerian football club
ORG|شباب بلوزداد|CR Belouizdad|Algerian football club
ORG|مولودية وهران|MC Oran|Algerian football club
ORG|الاتحاد الليبي|Al-Ittihad Tripoli|Libyan football club
ORG|الأهلي الليبي;أهلي طرابلس;أهلي بنغازي|Al-Ahly Tripoli|Libyan football club
ORG|الهلال السوداني|Al-Hilal Omdurman|Sudanese football club
ORG|المريخ السوداني|Al-Merrikh|Sudanese football club
ORG|مانشستر يونايتد;مان يونايتد|Manchester United|English football club
ORG|أرسنال;آرسنال|Arsenal|English football club
ORG|إيفرتون|Everton|English football club
ORG|أستون فيلا|Aston Villa|English football club
ORG|وست هام;وست هام يونايتد|West Ham United|English football club
ORG|ليدز يونايتد|Leeds United|English football club
ORG|بلاكبيرن روفرز;بلاكبيرن|Blackburn Rovers|English football club
ORG|بولتون واندررز|Bolton Wanderers|English football club
ORG|فولهام|Fulham|English football club
ORG|بورتسموث|Portsmouth FC|English football club
ORG|ميدلسبره|Middlesbrough|English football club
ORG|لاتسيو|Lazio|Italian football club
ORG|فيورنتينا|Fiorentina|Italian football club
ORG|بارما|Parma|Italian football club
ORG|نابولي|Napoli|Italian football club
ORG|سامبدوريا|Sampdoria|Italian football club
ORG|أودينيزي|Udinese|Italian football club
ORG|أتالانتا|Atalanta|Italian football club
ORG|باير ليفركوزن;ليفركوزن|Bayer Leverkusen|German football club
ORG|شالكه|Schalke 04|German football club
ORG|فيردر بريمن|Werder Bremen|German football club
ORG|هامبورغ الألماني|Hamburger SV|German football club
ORG|شتوتغارت|VfB Stuttgart|German football club
ORG|فولفسبورغ|VfL Wolfsburg|German football club
ORG|أولمبيك ليون;ليون الفرنسي|Olympique Lyonnais|French football club
ORG|موناكو الفرنسي;نادي موناكو|AS Monaco|French football club
ORG|بوردو الفرنسي|Bordeaux|French football club
ORG|ليل الفرنسي|Lille|French football club
ORG|باريس سان جرمان;سان جيرمان|Paris Saint-Germain|French football club
ORG|بي إس في أيندهوفن;أيندهوفن|PSV Eindhoven|Dutch football club
ORG|فينورد|Feyenoord|Dutch football club
ORG|ديبورتيفو لاكورونيا;ديبورتيفو|Deportivo La Coruña|Spanish football club
ORG|إشبيلية;إشبيلية الإسباني|Sevilla FC|Spanish football club
ORG|فياريال|Villarreal|Spanish football club
ORG|ريال سوسيداد|Real Sociedad|Spanish football club
ORG|أتلتيك بلباو|Athletic Bilbao|Spanish football club
ORG|ريال بيتيس|Real Betis|Spanish football club
ORG|سبورتنغ لشبونة|Sporting CP|Portuguese football club
ORG|غلطة سراي;جلطة سراي|Galatasaray|Turkish football club
ORG|فنربخشة;فنربهشه|Fenerbahçe|Turkish football club
ORG|بشكتاش|Beşiktaş|Turkish football club
ORG|سيسكا موسكو|CSKA Moscow|Russian football club
ORG|سبارتاك موسكو|Spartak Moscow|Russian football club
ORG|زينيت سان بطرسبرغ;زينيت|Zenit Saint Petersburg|Russian football club
ORG|دينامو كييف|Dynamo Kyiv|Ukrainian football club
ORG|شاختار دونيتسك|Shakhtar Donetsk|Ukrainian football club
ORG|رينجرز;غلاسكو رينجرز|Rangers|Scottish football club
ORG|أندرلخت|Anderlecht|Belgian football club
ORG|كلوب بروج|Club Brugge|Belgian football club
ORG|بوكا جونيورز|Boca Juniors|Argentine football club
ORG|ريفر بليت|River Plate|Argentine football club
ORG|فلامنغو|Flamengo|Brazilian football club
ORG|إنتر ميامي|Inter Miami|American football club
ORG|مازيمبي;تي بي مازيمبي|TP Mazembe|Congolese football club
ORG|كانون ياوندي|Canon Yaoundé|Cameroonian football club
ORG|أسيك ميموزا|ASEC Mimosas|Ivorian football club
ORG|صن داونز;ماميلودي صن داونز|Mamelodi Sundowns|South African football club
ORG|أورلاندو بايريتس|Orlando Pirates|South African football club
ORG|إنيمبا|Enyimba|Nigerian football club
# org-sport-bodies
ORG|الاتحاد المصري لكرة القدم;اتحاد الكرة المصري|Egyptian Football Association|Football federation
ORG|الاتحاد السعودي لكرة القدم|Saudi Arabian Football Federation|Football federation
ORG|الاتحاد القطري لكرة القدم|Qatar Football Association|Football federation
ORG|الاتحاد الإماراتي لكرة القدم|UAE Football Association|Football federation
ORG|الاتحاد الكويتي لكرة القدم|Kuwait Football Association|Football federation
ORG|الاتحاد المغربي لكرة القدم;الجامعة الملكية المغربية لكرة القدم|Royal Moroccan Football Federation|Football federation
ORG|الاتحاد التونسي لكرة القدم;الجامعة التونسية لكرة القدم|Tunisian Football Federation|Football federation
ORG|الاتحاد الجزائري لكرة القدم|Algerian Football Federation|Football federation
ORG|الاتحاد العراقي لكرة القدم|Iraq Football Association|Football federation
ORG|الاتحاد الأردني لكرة القدم|Jordan Football Association|Football federation
ORG|الاتحاد الآسيوي لكرة القدم;الاتحاد الآسيوي|Asian Football Confederation;AFC|Football confederation
ORG|الاتحاد الأفريقي لكرة القدم;الاتحاد الإفريقي لكرة القدم;الكاف|Confederation of African Football;CAF|Football confederation
ORG|الاتحاد الأوروبي لكرة القدم;يويفا;اليويفا|UEFA|Football confederation
ORG|الاتحاد العربي لكرة القدم|Union of Arab Football Associations|Football federation
ORG|اللجنة الأولمبية المصرية|Egyptian Olympic Committee|Olympic committee
ORG|اللجنة الأولمبية الآسيوية;المجلس الأولمبي الآسيوي|Olympic Council of Asia|Olympic committee
ORG|الاتحاد الدولي لألعاب القوى|IAAF;World Athletics|Athletics federation
ORG|الاتحاد الدولي للتنس|International Tennis Federation|Tennis federation
ORG|الاتحاد الدولي لكرة السلة|FIBA|Basketball federation
# org-parties-militias
ORG|حزب الوفد;حزب الوفد الجديد|Wafd Party|Egyptian party
ORG|حزب الغد|Ghad Party|Egyptian party
ORG|حزب التجمع;حزب التجمع الوطني التقدمي الوحدوي|Tagammu Party|Egyptian party
ORG|الحزب الناصري;الحزب العربي الديمقراطي الناصري|Nasserist Party|Egyptian party
ORG|حزب الحرية والعدالة|Freedom and Justice Party|Egyptian party
ORG|حزب النور|Al-Nour Party|Egyptian party
ORG|حركة كفاية|Kefaya|Egyptian movement
ORG|حزب الليكود;الليكود;تكتل الليكود|Likud|Israeli party
ORG|حزب كديما;كديما;كاديما|Kadima|Israeli party
ORG|حزب شاس;شاس|Shas|Israeli party
ORG|حزب ميرتس|Meretz|Israeli party
ORG|حزب العمل;حزب العمل الإسرائيلي|Labor Party (Israel)|Israeli party
ORG|إسرائيل بيتنا;حزب إسرائيل بيتنا|Yisrael Beiteinu|Israeli party
ORG|حزب العدالة والتنمية|Justice and Development Party|Turkish / Moroccan party
ORG|حزب الشعب الجمهوري|Republican People's Party|Turkish party
ORG|حزب الحركة القومية|Nationalist Movement Party|Turkish party
ORG|حزب الرفاه|Welfare Party|Turkish party
ORG|حزب العمال الكردستاني;العمال الكردستاني|Kurdistan Workers' Party;PKK|Kurdish militant party
ORG|الاتحاد الوطني الكردستاني|Patriotic Union of Kurdistan;PUK|Iraqi Kurdish party
ORG|الحزب الديمقراطي الكردستاني|Kurdistan Democratic Party;KDP|Iraqi Kurdish party
ORG|المجلس الأعلى للثورة الإسلامية في العراق;المجلس الأعلى للثورة الإسلامية|SCIRI|Iraqi party
ORG|المجلس الأعلى الإسلامي العراقي;المجلس الإسلامي الأعلى|Islamic Supreme Council of Iraq|Iraqi party
ORG|حزب الدعوة;حزب الدعوة الإسلامية|Islamic Dawa Party|Iraqi party
ORG|التيار الصدري|Sadrist Movement|Iraqi movement
ORG|جيش المهدي|Mahdi Army|Iraqi militia
ORG|منظمة بدر;فيلق بدر|Badr Organisation|Iraqi militia
ORG|هيئة علماء المسلمين|Association of Muslim Scholars|Iraqi Sunni body
ORG|الحزب الإسلامي العراقي|Iraqi Islamic Party|Iraqi party
ORG|جبهة التوافق العراقية;جبهة التوافق|Iraqi Accord Front|Iraqi coalition
ORG|القائمة العراقية|Iraqi National List|Iraqi coalition
ORG|الائتلاف العراقي الموحد|United Iraqi Alliance|Iraqi coalition
ORG|المؤتمر الوطني العراقي|Iraqi National Congress|Iraqi party
ORG|الوفاق الوطني العراقي;حركة الوفاق الوطني|Iraqi National Accord|Iraqi party
ORG|جبهة الحوار الوطني|Iraqi National Dialogue Front|Iraqi party
ORG|مجالس الصحوة;الصحوات|Awakening Councils|Iraqi Sunni militias
ORG|الحشد الشعبي;هيئة الحشد الشعبي|Popular Mobilization Forces|Iraqi militias
ORG|كتائب حزب الله|Kata'ib Hezbollah|Iraqi militia
ORG|عصائب أهل الحق|Asa'ib Ahl al-Haq|Iraqi militia
ORG|جيش أنصار السنة;أنصار السنة|Ansar al-Sunna|Iraqi militant group
ORG|الجيش الإسلامي في العراق|Islamic Army in Iraq|Iraqi militant group
ORG|أنصار الإسلام|Ansar al-Islam|Iraqi militant group
ORG|جماعة التوحيد والجهاد;التوحيد والجهاد|Tawhid and Jihad|Militant group
ORG|دولة العراق الإسلامية|Islamic State of Iraq|Militant group
ORG|تنظيم القاعدة في بلاد الرافدين|al-Qaeda in Iraq|Militant group
ORG|مجلس شورى المجاهدين|Mujahideen Shura Council|Militant group
ORG|تيار المستقبل|Future Movement|Lebanese party
ORG|حركة أمل|Amal Movement|Lebanese party
ORG|التيار الوطني الحر|Free Patriotic Movement|Lebanese party
ORG|القوات اللبنانية|Lebanese Forces|Lebanese party
ORG|حزب الكتائب;حزب الكتائب اللبنانية;الكتائب اللبنانية|Kataeb Party|Lebanese party
ORG|الحزب التقدمي الاشتراكي|Progressive Socialist Party|Lebanese party
ORG|قوى 14 آذار;قوى الرابع عشر من آذار|March 14 Alliance|Lebanese coalition
ORG|قوى 8 آذار|March 8 Alliance|Lebanese coalition
ORG|الحزب السوري القومي الاجتماعي|Syrian Social Nationalist Party|Lebanese-Syrian party
ORG|تيار المردة|Marada Movement|Lebanese party
ORG|جيش لبنان الجنوبي;جيش لحد|South Lebanon Army|Militia
ORG|فتح الإسلام|Fatah al-Islam|Militant group
ORG|عصبة الأنصار|Asbat al-Ansar|Militant group
ORG|الجبهة الشعبية لتحرير فلسطين;الجبهة الشعبية|Popular Front for the Liberation of Palestine;PFLP|Palestinian faction
ORG|الجبهة الشعبية القيادة العامة;الجبهة الشعبية لتحرير فلسطين القيادة العامة|PFLP-GC|Palestinian faction
ORG|الجبهة الديمقراطية لتحرير فلسطين;الجبهة الديمقراطية|Democratic Front for the Liberation of Palestine;DFLP|Palestinian faction
ORG|كتائب شهداء الأقصى|al-Aqsa Martyrs' Brigades|Palestinian militant group
ORG|كتائب عز الدين القسام;كتائب القسام|Izz ad-Din al-Qassam Brigades|Hamas military wing
ORG|سرايا القدس|al-Quds Brigades|Islamic Jihad military wing
ORG|لجان المقاومة الشعبية|Popular Resistance Committees|Palestinian militant group
ORG|ألوية الناصر صلاح الدين|al-Nasser Salah al-Deen Brigades|Palestinian militant group
ORG|جيش الإسلام|Army of Islam|Militant group
ORG|حزب التحرير;حزب التحرير الإسلامي|Hizb ut-Tahrir|Islamist party
ORG|الجماعة الإسلامية|al-Gama'a al-Islamiyya|Islamist group
ORG|جماعة الجهاد;تنظيم الجهاد|Egyptian Islamic Jihad|Militant group
ORG|الجبهة الإسلامية للإنقاذ;جبهة الإنقاذ الإسلامية;جبهة الإنقاذ|Islamic Salvation Front;FIS|Algerian party
ORG|الجماعة الإسلامية المسلحة|Armed Islamic Group;GIA|Algerian militant group
ORG|الجماعة السلفية للدعوة والقتال|GSPC|Algerian militant group
ORG|تنظيم القاعدة في بلاد المغرب الإسلامي;القاعدة في بلاد المغرب الإسلامي|al-Qaeda in the Islamic Maghreb;AQIM|Militant group
ORG|تنظيم القاعدة في جزيرة العرب;القاعدة في جزيرة العرب|al-Qaeda in the Arabian Peninsula;AQAP|Militant group
ORG|جبهة النصرة|al-Nusra Front|Syrian militant group
ORG|هيئة تحرير الشام|Hay'at Tahrir al-Sham|Syrian militant group
ORG|الجيش السوري الحر|Free Syrian Army|Syrian rebel force
ORG|قوات سوريا الديمقراطية;قسد|Syrian Democratic Forces;SDF|Syrian militia
ORG|حركة الشباب المجاهدين;حركة الشباب الصومالية|al-Shabaab|Somali militant group
ORG|المحاكم الإسلامية;اتحاد المحاكم الإسلامية|Islamic Courts Union|Somali movement
ORG|بوكو حرام;جماعة بوكو حرام|Boko Haram|Nigerian militant group
ORG|حركة تحرير السودان;جيش تحرير السودان|Sudan Liberation Movement|Darfur rebel group
ORG|حركة العدل والمساواة|Justice and Equality Movement;JEM|Darfur rebel group
ORG|الحركة الشعبية لتحرير السودان;الحركة الشعبية|Sudan People's Liberation Movement;SPLM|Sudanese party
ORG|الجيش الشعبي لتحرير السودان|Sudan People's Liberation Army;SPLA|Sudanese army
ORG|الجنجويد;ميليشيا الجنجويد|Janjaweed|Sudanese militia
ORG|قوات الدعم السريع;الدعم السريع|Rapid Support Forces;RSF|Sudanese paramilitary
ORG|حزب المؤتمر الوطني;المؤتمر الوطني الحاكم|National Congress Party|Sudanese party
ORG|المؤتمر الشعبي;حزب المؤتمر الشعبي|Popular Congress Party|Sudanese party
ORG|حزب الأمة;حزب الأمة القومي|Umma Party|Sudanese party
ORG|الحزب الاتحادي الديمقراطي|Democratic Unionist Party|Sudanese party
ORG|حزب الاستقلال|Istiqlal Party|Moroccan party
ORG|الاتحاد الاشتراكي للقوات الشعبية|Socialist Union of Popular Forces|Moroccan party
ORG|جماعة العدل والإحسان;العدل والإحسان|Justice and Spirituality|Moroccan movement
ORG|جبهة البوليساريو;البوليساريو|Polisario Front|Sahrawi movement
ORG|جبهة التحرير الوطني;جبهة التحرير الوطني الجزائرية|National Liberation Front;FLN|Algerian party
ORG|التجمع الوطني الديمقراطي|National Rally for Democracy|Algerian party
ORG|حركة مجتمع السلم;حمس|Movement of Society for Peace|Algerian party
ORG|التجمع الدستوري الديمقراطي|Constitutional Democratic Rally|Tunisian party
ORG|حركة النهضة|Ennahda|Tunisian party
ORG|حزب المؤتمر الشعبي العام;المؤتمر الشعبي العام|General People's Congress|Yemeni party
ORG|التجمع اليمني للإصلاح;حزب الإصلاح|Al-Islah|Yemeni party
ORG|الحراك الجنوبي|Southern Movement|Yemeni movement
ORG|أنصار الله|Ansar Allah|Houthi movement
ORG|جبهة العمل الإسلامي;حزب جبهة العمل الإسلامي|Islamic Action Front|Jordanian party
ORG|الحرس الثوري;الحرس الثوري الإيراني;حرس الثورة|Islamic Revolutionary Guard Corps|Iranian force
ORG|فيلق القدس|Quds Force|Iranian force
ORG|الباسيج;قوات التعبئة|Basij|Iranian militia
ORG|مجاهدي خلق;منظمة مجاهدي خلق;مجاهدين خلق|People's Mujahedin of Iran|Iranian opposition group
ORG|جند الله|Jundallah|Militant group
ORG|تحالف الشمال|Northern Alliance|Afghan coalition
ORG|الحزب الإسلامي;الحزب الإسلامي الأفغاني|Hezb-e Islami|Afghan party
ORG|حركة طالبان باكستان;طالبان باكستان|Pakistani Taliban|Militant group
ORG|عسكر طيبة;لشكر طيبة|Lashkar-e-Taiba|Militant group
ORG|جيش محمد|Jaish-e-Mohammed|Militant group
ORG|حزب الشعب الباكستاني|Pakistan Peoples Party|Pakistani party
ORG|الرابطة الإسلامية;الرابطة الإسلامية الباكستانية|Pakistan Muslim League|Pakistani party
ORG|حزب المؤتمر الهندي;حزب المؤتمر|Indian National Congress|Indian party
ORG|حزب بهاراتيا جاناتا|Bharatiya Janata Party;BJP|Indian party
ORG|نمور التاميل;نمور تحرير تاميل إيلام|Tamil Tigers;LTTE|Sri Lankan rebel group
ORG|الجيش الجمهوري الإيرلندي;الجيش الجمهوري الأيرلندي|Irish Republican Army;IRA|Militant group
ORG|منظمة إيتا;إيتا|ETA|Basque separatist group
ORG|فارك;القوات المسلحة الثورية الكولومبية|FARC|Colombian rebel group
ORG|الجماعة الإسلامية الإندونيسية|Jemaah Islamiyah|Militant group
ORG|جماعة أبو سياف;أبو سياف|Abu Sayyaf|Philippine militant group
ORG|الحزب الشيوعي الصيني|Chinese Communist Party|Chinese party
ORG|الحزب الشيوعي|Communist Party|Party
ORG|الحزب الديمقراطي المسيحي;الاتحاد الديمقراطي المسيحي|Christian Democratic Union|German party
ORG|الحزب الاشتراكي الديمقراطي|Social Democratic Party|German party
ORG|حزب الخضر|Green Party|Party
ORG|الحزب الاشتراكي الفرنسي|French Socialist Party|French party
ORG|الجبهة الوطنية الفرنسية;الجبهة الوطنية|National Front (France)|French party
ORG|حزب الديمقراطيين الأحرار;الديمقراطيين الأحرار|Liberal Democrats|British party
ORG|حزب روسيا الموحدة;روسيا الموحدة|United Russia|Russian party
ORG|حزب المؤتمر الوطني الأفريقي;المؤتمر الوطني الأفريقي|African National Congress;ANC|South African party
# org-institutions
ORG|الجمعية العامة للأمم المتحدة;الجمعية العامة|UN General Assembly|UN body
ORG|المفوضية العليا لشؤون اللاجئين;مفوضية اللاجئين;المفوضية العليا للأمم المتحدة لشؤون اللاجئين|UNHCR|UN agency
ORG|الأونروا;وكالة غوث وتشغيل اللاجئين الفلسطينيين;وكالة الأونروا|UNRWA|UN agency
ORG|برنامج الغذاء العالمي;برنامج الأغذية العالمي|World Food Programme;WFP|UN agency
ORG|منظمة الأغذية والزراعة;الفاو;منظمة الفاو|Food and Agriculture Organization;FAO|UN agency
ORG|برنامج الأمم المتحدة الإنمائي|UNDP|UN agency
ORG|مجلس حقوق الإنسان;مجلس حقوق الإنسان الدولي|UN Human Rights Council|UN body
ORG|لجنة حقوق الإنسان|UN Commission on Human Rights|UN body
ORG|محكمة العدل الدولية|International Court of Justice|UN court
ORG|المحكمة الجنائية الدولية|International Criminal Court|Court
ORG|المحكمة الدولية ليوغسلافيا السابقة|ICTY|Court
ORG|المحكمة الدولية الخاصة بلبنان|Special Tribunal for Lebanon|Court
ORG|لجنة التحقيق الدولية|UN investigation commission|UN body
ORG|قوات اليونيفيل;اليونيفيل;قوة الأمم المتحدة المؤقتة في لبنان|UNIFIL|UN force
ORG|لجنة الأمم المتحدة للرصد والتحقق والتفتيش;أنموفيك|UNMOVIC|UN body
ORG|منظمة العمل الدولية|International Labour Organization|UN agency
ORG|منظمة الطيران المدني الدولي|ICAO|UN agency
ORG|الاتحاد الدولي للاتصالات|International Telecommunication Union|UN agency
ORG|المنظمة البحرية الدولية|International Maritime Organization|UN agency
ORG|مؤتمر الأمم المتحدة للتجارة والتنمية;الأونكتاد|UNCTAD|UN body
ORG|الإسكوا;اللجنة الاقتصادية والاجتماعية لغربي آسيا|ESCWA|UN body
ORG|المنظمة العربية للتربية والثقافة والعلوم;الألكسو|ALECSO|Arab League body
ORG|البرلمان الأوروبي|European Parliament|EU body
ORG|المفوضية الأوروبية|European Commission|EU body
ORG|البنك المركزي الأوروبي|European Central Bank|EU body
ORG|مجلس أوروبا|Council of Europe|Organisation
ORG|منظمة الأمن والتعاون في أوروبا|OSCE|Organisation
ORG|مجموعة الثماني;مجموعة الدول الثماني|G8|Group
ORG|مجموعة العشرين|G20|Group
ORG|مجموعة السبع;مجموعة الدول السبع|G7|Group
ORG|رابطة دول جنوب شرق آسيا;آسيان|ASEAN|Organisation
ORG|منظمة شنغهاي للتعاون|Shanghai Cooperation Organisation|Organisation
ORG|منظمة الأقطار العربية المصدرة للبترول;أوابك|OAPEC|Organisation
ORG|البنك الإسلامي للتنمية|Islamic Development Bank|Development bank
ORG|الصندوق العربي للإنماء الاقتصادي والاجتماعي|Arab Fund for Economic and Social Development|Fund
ORG|الكومنولث|Commonwealth|Organisation
ORG|منظمة الدول الأمريكية;منظمة الدول الأميركية|Organization of American States|Organisation
ORG|اتحاد المغرب العربي|Arab Maghreb Union|Organisation
ORG|حركة عدم الانحياز|Non-Aligned Movement|Organisation
ORG|منظمة الوحدة الأفريقية;منظمة الوحدة الإفريقية|Organisation of African Unity|Organisation
ORG|اللجنة الرباعية الدولية;اللجنة الرباعية;الرباعية الدولية|Middle East Quartet|Diplomatic group
ORG|وكالة الطاقة الدولية|International Energy Agency|Organisation
ORG|منظمة حظر الأسلحة الكيميائية|OPCW|Organisation
ORG|الإنتربول;الشرطة الدولية|Interpol|Organisation
ORG|غرينبيس;السلام الأخضر|Greenpeace|NGO
ORG|أطباء بلا حدود;منظمة أطباء بلا حدود|Médecins Sans Frontières|NGO
ORG|أوكسفام|Oxfam|NGO
ORG|مراسلون بلا حدود;منظمة مراسلون بلا حدود|Reporters Without Borders|NGO
ORG|لجنة حماية الصحفيين|Committee to Protect Journalists|NGO
ORG|الاتحاد الدولي للصحفيين|International Federation of Journalists|NGO
ORG|المرصد السوري لحقوق الإنسان|Syrian Observatory for Human Rights|NGO
ORG|بتسيلم|B'Tselem|Israeli NGO
ORG|السلام الآن;حركة السلام الآن|Peace Now|Israeli NGO
ORG|مؤسسة بيل وميليندا غيتس|Bill & Melinda Gates Foundation|Foundation
ORG|مؤسسة الفكر العربي|Arab Thought Foundation|Foundation
ORG|الاتحاد العام التونسي للشغل|Tunisian General Labour Union|Union
ORG|مجلس الشعب;مجلس الشعب المصري|People's Assembly|Egyptian / Syrian parliament
ORG|مجلس الشورى;مجلس الشورى السعودي|Shura Council|Parliament
ORG|مجلس الأمة;مجلس الأمة الكويتي|National Assembly (Kuwait)|Parliament
ORG|مجلس النواب;مجلس النواب اللبناني;مجلس النواب العراقي|Chamber of Deputies|Parliament
ORG|المجلس التشريعي الفلسطيني;المجلس التشريعي|Palestinian Legislative Council|Parliament
ORG|المجلس الوطني الفلسطيني|Palestine National Council|Parliament
ORG|المجلس الوطني الاتحادي|Federal National Council|UAE parliament
ORG|المجلس الوطني الانتقالي|National Transitional Council|Libyan body
ORG|مجلس الحكم الانتقالي;مجلس الحكم العراقي;مجلس الحكم|Iraqi Governing Council|Iraqi body
ORG|سلطة الائتلاف المؤقتة|Coalition Provisional Authority|US body in Iraq
ORG|مجلس قيادة الثورة|Revolutionary Command Council|Iraqi body
ORG|مجلس صيانة الدستور|Guardian Council|Iranian body
ORG|مجلس خبراء القيادة|Assembly of Experts|Iranian body
ORG|مجلس تشخيص مصلحة النظام|Expediency Discernment Council|Iranian body
ORG|الدوما;مجلس الدوما|State Duma|Russian parliament
ORG|مجلس العموم;مجلس العموم البريطاني|House of Commons|British parliament
ORG|مجلس اللوردات|House of Lords|British parliament
ORG|مجلس النواب الأمريكي;مجلس النواب الأميركي|US House of Representatives|US parliament
ORG|المحكمة العليا;المحكمة العليا الأميركية|Supreme Court|Court
ORG|داونينغ ستريت|Downing Street|British government
ORG|الإليزيه;قصر الإليزيه|Élysée Palace|French presidency
ORG|الخارجية الأميركية;وزارة الخارجية الأمريكية|US State Department|US ministry
ORG|مجلس الأمن القومي|National Security Council|Government body
ORG|الاحتياطي الفدرالي;الاحتياطي الفيدرالي;مجلس الاحتياطي الاتحادي|Federal Reserve|US central bank
ORG|بنك إنجلترا|Bank of England|Central bank
ORG|البنك المركزي المصري|Central Bank of Egypt|Central bank
ORG|مؤسسة النقد العربي السعودي|Saudi Arabian Monetary Agency|Central bank
ORG|الشين بيت;الشاباك;جهاز الأمن العام الإسرائيلي|Shin Bet|Israeli security service
ORG|وكالة الأمن القومي|National Security Agency|US agency
ORG|الكي جي بي|KGB|Soviet security service
ORG|جهاز الأمن الفيدرالي الروسي|FSB|Russian security service
ORG|إم آي 6;ام آي 6|MI6|British intelligence
ORG|سكوتلاند يارد|Scotland Yard|British police
ORG|الجيش الإسرائيلي;جيش الدفاع الإسرائيلي|Israel Defense Forces|Israeli army
ORG|القوة الدولية للمساعدة على إرساء الأمن;إيساف;قوات إيساف|ISAF|NATO force
ORG|بلاك ووتر|Blackwater|Security company
ORG|الأزهر;الأزهر الشريف;جامعة الأزهر|al-Azhar|Egyptian Islamic institution
ORG|دار الإفتاء;دار الإفتاء المصرية|Dar al-Ifta|Egyptian religious authority
ORG|رابطة العالم الإسلامي|Muslim World League|Organisation
ORG|الفاتيكان;الكرسي الرسولي|Vatican;Holy See|Catholic Church
ORG|مجلس الكنائس العالمي|World Council of Churches|Organisation
ORG|جامعة القاهرة|Cairo University|University
ORG|جامعة عين شمس|Ain Shams University|University
ORG|جامعة الإسكندرية|Alexandria University|University
ORG|جامعة أسيوط|Assiut University|University
ORG|الجامعة الأميركية في بيروت;الجامعة الأمريكية في بيروت|American University of Beirut|University
ORG|الجامعة الأميركية بالقاهرة;الجامعة الأمريكية بالقاهرة;الجامعة الأميركية في القاهرة|American University in Cairo|University
ORG|الجامعة اللبنانية|Lebanese University|University
ORG|جامعة القديس يوسف|Saint Joseph University|University
ORG|جامعة الملك سعود|King Saud University|University
ORG|جامعة الملك عبد العزيز;جامعة الملك عبدالعزيز|King Abdulaziz University|University
ORG|جامعة الملك فهد للبترول والمعادن|King Fahd University of Petroleum and Minerals|University
ORG|جامعة الإمام محمد بن سعود الإسلامية|Imam Muhammad ibn Saud Islamic University|University
ORG|جامعة الكويت|Kuwait University|University
ORG|جامعة قطر|Qatar University|University
ORG|جامعة الإمارات;جامعة الإمارات العربية المتحدة|UAE University|University
ORG|جامعة السلطان قابوس|Sultan Qaboos University|University
ORG|الجامعة الأردنية|University of Jordan|University
ORG|جامعة اليرموك|Yarmouk University|University
ORG|جامعة دمشق|Damascus University|University
ORG|جامعة بغداد|University of Baghdad|University
ORG|جامعة بيرزيت|Birzeit University|University
ORG|جامعة النجاح;جامعة النجاح الوطنية|An-Najah National University|University
ORG|الجامعة الإسلامية بغزة;الجامعة الإسلامية في غزة|Islamic University of Gaza|University
ORG|جامعة الخرطوم|University of Khartoum|University
ORG|جامعة محمد الخامس|Mohammed V University|University
ORG|جامعة هارفارد|Harvard University|University
ORG|جامعة أكسفورد|University of Oxford|University
ORG|جامعة كامبريدج|University of Cambridge|University
ORG|جامعة السوربون;السوربون|Sorbonne|University
ORG|جامعة ستانفورد|Stanford University|University
ORG|جامعة كولومبيا|Columbia University|University
ORG|جامعة جورج تاون|Georgetown University|University
ORG|جامعة برنستون|Princeton University|University
ORG|جامعة ييل|Yale University|University
ORG|معهد ماساتشوستس للتكنولوجيا|Massachusetts Institute of Technology;MIT|University
ORG|الجامعة العبرية|Hebrew University|University
ORG|جامعة تل أبيب|Tel Aviv University|University
ORG|مركز الأهرام للدراسات السياسية والاستراتيجية|Al-Ahram Center for Political and Strategic Studies|Think tank
ORG|مؤسسة راند|RAND Corporation|Think tank
ORG|معهد بروكينغز;مؤسسة بروكينغز|Brookings Institution|Think tank
ORG|مجلس العلاقات الخارجية|Council on Foreign Relations|Think tank
ORG|المعهد الدولي للدراسات الاستراتيجية|International Institute for Strategic Studies|Think tank
ORG|مركز دراسات الوحدة العربية|Centre for Arab Unity Studies|Think tank
ORG|بورصة نيويورك|New York Stock Exchange|Stock exchange
ORG|ناسداك|NASDAQ|Stock exchange
ORG|بورصة لندن|London Stock Exchange|Stock exchange
ORG|سوق دبي المالي|Dubai Financial Market|Stock exchange
ORG|البورصة المصرية;بورصة القاهرة والإسكندرية|Egyptian Exchange|Stock exchange
ORG|السوق المالية السعودية|Saudi Exchange;Tadawul|Stock exchange
ORG|سوق الكويت للأوراق المالية|Kuwait Stock Exchange|Stock exchange
ORG|بورصة طوكيو|Tokyo Stock Exchange|Stock exchange
# org-companies
ORG|تويوتا|Toyota|Japanese car maker
ORG|نيسان موتور;شركة نيسان|Nissan|Japanese car maker
ORG|فولكسفاغن;فولكس فاغن;فولكسفاجن|Volkswagen|German car maker
ORG|جنرال موتورز|General Motors|American car maker
ORG|شيفروليه;شفروليه|Chevrolet|American car brand
ORG|أودي|Audi|German car maker
ORG|فولفو|Volvo|Swedish car maker
ORG|سوزوكي|Suzuki|Japanese car maker
ORG|مازدا|Mazda|Japanese car maker
ORG|لاند روفر|Land Rover|British car maker
ORG|جاغوار|Jaguar|British car maker
ORG|رولز رويس|Rolls-Royce|British company
ORG|لامبورغيني|Lamborghini|Italian car maker
ORG|أوبل|Opel|German car maker
ORG|سيتروين|Citroën|French car maker
ORG|سكودا|Škoda|Czech car maker
ORG|تسلا|Tesla|American car maker
ORG|ماكلارين|McLaren|British racing team
ORG|شركة نفط الكويت|Kuwait Oil Company|Oil company
ORG|مؤسسة البترول الكويتية|Kuwait Petroleum Corporation|Oil company
ORG|أدنوك;شركة بترول أبوظبي الوطنية|ADNOC|Oil company
ORG|قطر للبترول|Qatar Petroleum|Oil company
ORG|سوناطراك|Sonatrach|Algerian oil company
ORG|توتال;توتال إنرجيز|Total|French oil company
ORG|شيفرون|Chevron|American oil company
ORG|غازبروم|Gazprom|Russian gas company
ORG|لوك أويل;لوكويل|Lukoil|Russian oil company
ORG|يوكوس|Yukos|Russian oil company
ORG|روسنفت|Rosneft|Russian oil company
ORG|بتروناس|Petronas|Malaysian oil company
ORG|إيني|Eni|Italian oil company
ORG|ريبسول|Repsol|Spanish oil company
ORG|هاليبرتون|Halliburton|American oil services company
ORG|كونوكو فيليبس|ConocoPhillips|American oil company
ORG|الشركة الوطنية للنفط;المؤسسة الوطنية للنفط|National Oil Corporation|Oil company
ORG|شركة نفط الجنوب|South Oil Company|Iraqi oil company
ORG|الهيئة المصرية العامة للبترول|Egyptian General Petroleum Corporation|Oil company
ORG|موتورولا|Motorola|American company
ORG|اريكسون|Ericsson|Swedish company
ORG|سيمنز|Siemens|German company
ORG|فيليبس|Philips|Dutch company
ORG|إل جي|LG|Korean company
ORG|باناسونيك|Panasonic|Japanese company
ORG|توشيبا|Toshiba|Japanese company
ORG|هواوي|Huawei|Chinese company
ORG|لينوفو|Lenovo|Chinese company
ORG|علي بابا|Alibaba|Chinese company
ORG|مجموعة زين|Zain|Kuwaiti telecom company
ORG|موبايلي|Mobily|Saudi telecom company
ORG|مؤسسة الإمارات للاتصالات|Etisalat|Emirati telecom company
ORG|الاتصالات السعودية;شركة الاتصالات السعودية|Saudi Telecom Company;STC|Saudi telecom company
ORG|فودافون|Vodafone|British telecom company
ORG|أوراسكوم;أوراسكوم تليكوم|Orascom|Egyptian company
ORG|موبينيل|Mobinil|Egyptian telecom company
ORG|المصرية للاتصالات|Telecom Egypt|Egyptian telecom company
ORG|كيوتل|Qtel|Qatari telecom company
ORG|بتلكو|Batelco|Bahraini telecom company
ORG|الوطنية للاتصالات|Wataniya Telecom|Kuwaiti telecom company
ORG|فرانس تيليكوم;فرانس تليكوم|France Télécom|French telecom company
ORG|بريتيش تيليكوم|British Telecom|British telecom company
ORG|الخطوط الجوية العربية السعودية;الخطوط السعودية;الخطوط الجوية السعودية|Saudi Arabian Airlines;Saudia|Airline
ORG|طيران الخليج|Gulf Air|Airline
ORG|الخطوط الجوية الكويتية|Kuwait Airways|Airline
ORG|الملكية الأردنية;الخطوط الملكية الأردنية|Royal Jordanian|Airline
ORG|الخطوط الملكية المغربية|Royal Air Maroc|Airline
ORG|الخطوط التونسية;الخطوط الجوية التونسية|Tunisair|Airline
ORG|الخطوط الجوية الجزائرية|Air Algérie|Airline
ORG|الخطوط الجوية اليمنية|Yemenia|Airline
ORG|الخطوط الجوية السورية|Syrian Air|Airline
ORG|طيران الشرق الأوسط|Middle East Airlines|Airline
ORG|الطيران العماني;الخطوط الجوية العمانية|Oman Air|Airline
ORG|الاتحاد للطيران|Etihad Airways|Airline
ORG|العربية للطيران|Air Arabia|Airline
ORG|فلاي دبي|flydubai|Airline
ORG|الخطوط الجوية البريطانية;بريتش إيروايز|British Airways|Airline
ORG|لوفتهانزا|Lufthansa|Airline
ORG|إير فرانس;الخطوط الجوية الفرنسية|Air France|Airline
ORG|الخطوط الجوية التركية|Turkish Airlines|Airline
ORG|الخطوط الجوية الملكية الهولندية|KLM|Airline
ORG|إتش إس بي سي|HSBC|Bank
ORG|سيتي غروب;سيتي جروب;سيتي بنك|Citigroup;Citibank|Bank
ORG|غولدمان ساكس;جولدمان ساكس|Goldman Sachs|Bank
ORG|ليمان براذرز|Lehman Brothers|Bank
ORG|ميريل لينش|Merrill Lynch|Bank
ORG|مورغان ستانلي;مورجان ستانلي|Morgan Stanley|Bank
ORG|جي بي مورغان;جيه بي مورغان|JPMorgan|Bank
ORG|بنك أوف أميركا;بنك أوف أمريكا|Bank of America|Bank
ORG|دويتشه بنك|Deutsche Bank|Bank
ORG|يو بي إس|UBS|Bank
ORG|باركليز|Barclays|Bank
ORG|بي إن بي باريبا|BNP Paribas|Bank
ORG|البنك الأهلي المصري|National Bank of Egypt|Bank
ORG|بنك مصر|Banque Misr|Bank
ORG|البنك الأهلي التجاري|National Commercial Bank|Saudi bank
ORG|مصرف الراجحي;بنك الراجحي|Al Rajhi Bank|Saudi bank
ORG|بنك الكويت الوطني|National Bank of Kuwait|Bank
ORG|بيت التمويل الكويتي|Kuwait Finance House|Bank
ORG|بنك الإمارات دبي الوطني|Emirates NBD|Bank
ORG|بنك دبي الإسلامي|Dubai Islamic Bank|Bank
ORG|بنك قطر الوطني|Qatar National Bank|Bank
ORG|البنك العربي|Arab Bank|Bank
ORG|مجموعة بن لادن;مجموعة بن لادن السعودية|Saudi Binladin Group|Construction company
ORG|إعمار العقارية|Emaar|Real estate company
ORG|داماك|Damac|Real estate company
ORG|دبي العالمية|Dubai World|Holding company
ORG|موانئ دبي العالمية|DP World|Port operator
ORG|المملكة القابضة;شركة المملكة القابضة|Kingdom Holding|Holding company
ORG|جهاز قطر للاستثمار|Qatar Investment Authority|Sovereign fund
ORG|كوكاكولا;كوكا كولا|Coca-Cola|Beverage company
ORG|بيبسي;بيبسيكو|PepsiCo|Beverage company
ORG|ماكدونالدز|McDonald's|Restaurant chain
ORG|ستاربكس|Starbucks|Coffee chain
ORG|نستله|Nestlé|Food company
ORG|يونيليفر|Unilever|Consumer goods company
ORG|بروكتر آند غامبل|Procter & Gamble|Consumer goods company
ORG|وول مارت|Walmart|Retailer
ORG|ياهو|Yahoo|Internet company
ORG|إنرون|Enron|Energy company
ORG|جنرال إلكتريك|General Electric|Company
ORG|لوكهيد مارتن|Lockheed Martin|Defence company
ORG|نورثروب غرومان|Northrop Grumman|Defence company
ORG|رايثيون|Raytheon|Defence company
ORG|بي إيه إي سيستمز|BAE Systems|Defence company
ORG|داسو;داسو للطيران|Dassault|Defence company
ORG|ديزني;والت ديزني|Disney|Media company
ORG|وارنر براذرز|Warner Bros.|Film studio
ORG|يوتيوب|YouTube|Video website
ORG|ويكيليكس|WikiLeaks|Website
ORG|إنستغرام;انستغرام|Instagram|Social network
ORG|واتساب|WhatsApp|Messaging service
ORG|تيك توك|TikTok|Social network
ORG|نتفليكس|Netflix|Streaming company
ORG|أوبر|Uber|Company
ORG|أوبن إيه آي|OpenAI|Company
ORG|إنفيديا|Nvidia|Company
ORG|إيرباص إندستري|Airbus Industrie|Aircraft maker
ORG|أوراكل|Oracle|Software company
ORG|سيسكو|Cisco|Network company
ORG|هيوليت باكارد|Hewlett-Packard|Computer company
ORG|ديل|Dell|Computer company
ORG|بلاك بيري|BlackBerry|Phone maker
ORG|دي إتش إل|DHL|Logistics company
ORG|فيديكس|FedEx|Logistics company
ORG|أديداس|Adidas|Sportswear company
ORG|نايكي|Nike|Sportswear company
ORG|ستاندرد آند بورز|Standard & Poor's|Rating agency
ORG|موديز|Moody's|Rating agency
ORG|فيتش|Fitch|Rating agency
# org-media
ORG|صحيفة الأخبار;جريدة الأخبار|Al-Akhbar|Newspaper
ORG|صحيفة الجمهورية;جريدة الجمهورية|Al-Gomhuria|Egyptian newspaper
ORG|المصري اليوم;صحيفة المصري اليوم|Al-Masry Al-Youm|Egyptian newspaper
ORG|صحيفة الشروق;جريدة الشروق|Al-Shorouk|Newspaper
ORG|صحيفة الدستور;جريدة الدستور|Al-Dustour|Newspaper
ORG|روز اليوسف;روزاليوسف|Rose al-Yusuf|Egyptian magazine
ORG|أخبار اليوم;صحيفة أخبار اليوم|Akhbar el-Yom|Egyptian newspaper
ORG|صحيفة الوفد;جريدة الوفد|Al-Wafd|Egyptian newspaper
ORG|صحيفة الأهرام ويكلي;الأهرام ويكلي|Al-Ahram Weekly|Egyptian newspaper
ORG|الأهرام العربي|Al-Ahram Al-Arabi|Egyptian magazine
ORG|صحيفة الرأي;جريدة الرأي|Al-Rai|Jordanian newspaper
ORG|صحيفة الغد;جريدة الغد|Al-Ghad|Jordanian newspaper
ORG|العرب اليوم;صحيفة العرب اليوم|Al-Arab Al-Yawm|Jordanian newspaper
ORG|جوردان تايمز|Jordan Times|Jordanian newspaper
ORG|صحيفة عكاظ;عكاظ|Okaz|Saudi newspaper
ORG|صحيفة الجزيرة السعودية|Al-Jazirah|Saudi newspaper
ORG|صحيفة المدينة;جريدة المدينة|Al-Madina|Saudi newspaper
ORG|صحيفة الاقتصادية;الاقتصادية السعودية|Al-Eqtisadiah|Saudi newspaper
ORG|عرب نيوز|Arab News|Saudi newspaper
ORG|سعودي جازيت|Saudi Gazette|Saudi newspaper
ORG|صحيفة القبس;القبس|Al-Qabas|Kuwaiti newspaper
ORG|صحيفة السياسة الكويتية;صحيفة السياسة|Al-Seyassah|Kuwaiti newspaper
ORG|صحيفة الرأي العام|Al-Rai Al-Aam|Kuwaiti newspaper
ORG|صحيفة الأنباء الكويتية;صحيفة الأنباء|Al-Anbaa|Kuwaiti newspaper
ORG|صحيفة الراية;الراية القطرية|Al-Raya|Qatari newspaper
ORG|صحيفة الشرق القطرية;الشرق القطرية|Al-Sharq|Qatari newspaper
ORG|صحيفة الوطن القطرية|Al-Watan (Qatar)|Qatari newspaper
ORG|غلف نيوز|Gulf News|Emirati newspaper
ORG|صحيفة الاتحاد الإماراتية;صحيفة الاتحاد|Al-Ittihad|Emirati newspaper
ORG|صحيفة الأيام البحرينية;صحيفة الأيام|Al-Ayam|Newspaper
ORG|صحيفة الوسط;جريدة الوسط|Al-Wasat|Bahraini newspaper
ORG|صحيفة الزمان;الزمان اللندنية|Azzaman|Iraqi newspaper
ORG|صحيفة الصباح العراقية;صحيفة الصباح|Al-Sabah|Iraqi newspaper
ORG|صحيفة المدى|Al-Mada|Iraqi newspaper
ORG|صحيفة تشرين;تشرين السورية|Tishreen|Syrian newspaper
ORG|صحيفة البعث|Al-Baath|Syrian newspaper
ORG|صحيفة الثورة;الثورة السورية|Al-Thawra|Syrian newspaper
ORG|صحيفة الوطن السورية|Al-Watan (Syria)|Syrian newspaper
ORG|صحيفة المستقبل;جريدة المستقبل|Al-Mustaqbal|Lebanese newspaper
ORG|صحيفة اللواء;جريدة اللواء|Al-Liwaa|Lebanese newspaper
ORG|صحيفة الديار;جريدة الديار|Ad-Diyar|Lebanese newspaper
ORG|صحيفة الأخبار اللبنانية|Al-Akhbar (Lebanon)|Lebanese newspaper
ORG|لوريان لوجور|L'Orient-Le Jour|Lebanese newspaper
ORG|ديلي ستار|The Daily Star|Lebanese newspaper
ORG|صحيفة الأيام الفلسطينية|Al-Ayyam|Palestinian newspaper
ORG|صحيفة القدس;جريدة القدس|Al-Quds|Palestinian newspaper
ORG|صحيفة الحياة الجديدة|Al-Hayat Al-Jadida|Palestinian newspaper
ORG|صحيفة الخبر الجزائرية;صحيفة الخبر|El Khabar|Algerian newspaper
ORG|صحيفة الشروق الجزائرية|Echorouk|Algerian newspaper
ORG|صحيفة المجاهد|El Moudjahid|Algerian newspaper
ORG|صحيفة الصباح التونسية|Assabah|Tunisian newspaper
ORG|صحيفة العلم|Al-Alam|Moroccan newspaper
ORG|صحيفة الاتحاد الاشتراكي|Al-Ittihad Al-Ishtiraki|Moroccan newspaper
ORG|صحيفة الثورة اليمنية|Al-Thawra (Yemen)|Yemeni newspaper
ORG|صحيفة الوطن السعودية|Al-Watan (Saudi)|Saudi newspaper
ORG|صحيفة معاريف;معاريف|Maariv|Israeli newspaper
ORG|جيروزاليم بوست|Jerusalem Post|Israeli newspaper
ORG|صحيفة يديعوت أحرونوت|Yedioth Ahronoth|Israeli newspaper
ORG|صحيفة هآرتس|Haaretz|Israeli newspaper
ORG|لوفيغارو;لو فيغارو|Le Figaro|French newspaper
ORG|ليبراسيون|Libération|French newspaper
ORG|لوباريزيان|Le Parisien|French newspaper
ORG|دير شبيغل;شبيغل|Der Spiegel|German magazine
ORG|بيلد;صحيفة بيلد|Bild|German newspaper
ORG|فرانكفورتر ألغماينه|Frankfurter Allgemeine|German newspaper
ORG|فايننشال تايمز;فاينانشال تايمز;الفايننشال تايمز|Financial Times|British newspaper
ORG|وول ستريت جورنال;وول ستريت جورنال الأمريكية|Wall Street Journal|American newspaper
ORG|الإيكونوميست;ذي إيكونوميست|The Economist|British magazine
ORG|نيوزويك;مجلة نيوزويك|Newsweek|American magazine
ORG|مجلة تايم|Time|American magazine
ORG|الإندبندنت;إندبندنت|The Independent|British newspaper
ORG|الديلي تلغراف;ديلي تلغراف;التلغراف|The Daily Telegraph|British newspaper
ORG|الصنداي تايمز;صنداي تايمز|The Sunday Times|British newspaper
ORG|الأوبزرفر|The Observer|British newspaper
ORG|ديلي ميل|Daily Mail|British newspaper
ORG|ذا صن;صحيفة صن|The Sun|British newspaper
ORG|لوس أنجليس تايمز|Los Angeles Times|American newspaper
ORG|يو إس إيه توداي|USA Today|American newspaper
ORG|كريستيان ساينس مونيتور|Christian Science Monitor|American newspaper
ORG|نيويوركر;مجلة نيويوركر|The New Yorker|American magazine
ORG|إزفستيا|Izvestia|Russian newspaper
ORG|برافدا|Pravda|Russian newspaper
ORG|كومرسانت|Kommersant|Russian newspaper
ORG|الشعب اليومية;صحيفة الشعب اليومية|People's Daily|Chinese newspaper
ORG|تشاينا ديلي|China Daily|Chinese newspaper
ORG|حرييت;صحيفة حرييت|Hürriyet|Turkish newspaper
ORG|كيهان;صحيفة كيهان|Kayhan|Iranian newspaper
ORG|صحيفة الأهرام المسائي|Al-Ahram Al-Masai|Egyptian newspaper
ORG|قناة الحرة;الحرة الفضائية;تلفزيون الحرة|Alhurra|TV channel
ORG|إم بي سي;ام بي سي;قناة إم بي سي|MBC|TV channel
ORG|إل بي سي;قناة إل بي سي;المؤسسة اللبنانية للإرسال|LBC|TV channel
ORG|إن بي إن;قناة إن بي إن|NBN|TV channel
ORG|تلفزيون المستقبل;قناة المستقبل|Future TV|TV channel
ORG|تلفزيون الجديد;قناة الجديد|Al Jadeed|TV channel
ORG|روتانا|Rotana|Media company
ORG|قناة دريم;دريم|Dream TV|TV channel
ORG|أوربت;شبكة أوربت|Orbit|TV network
ORG|شبكة راديو وتلفزيون العرب;إيه آر تي|ART|TV network
ORG|نايل سات|Nilesat|Satellite operator
ORG|عرب سات;عربسات|Arabsat|Satellite operator
ORG|قناة النيل للأخبار;النيل للأخبار|Nile News|TV channel
ORG|قناة العالم|Al-Alam|Iranian TV channel
ORG|قناة الشرقية|Al Sharqiya|Iraqi TV channel
ORG|قناة الفرات|Al-Furat|Iraqi TV channel
ORG|قناة الأقصى;فضائية الأقصى|Al-Aqsa TV|TV channel
ORG|قناة الجزيرة الرياضية;الجزيرة الرياضية|Al Jazeera Sports|TV channel
ORG|الجزيرة الإنجليزية;الجزيرة الدولية|Al Jazeera English|TV channel
ORG|قناة أبوظبي;تلفزيون أبوظبي;أبوظبي الفضائية|Abu Dhabi TV|TV channel
ORG|قناة دبي;تلفزيون دبي|Dubai TV|TV channel
ORG|التلفزيون المصري|Egyptian Television|TV channel
ORG|التلفزيون السوري|Syrian Television|TV channel
ORG|التلفزيون الإيراني|Iranian Television|TV channel
ORG|التلفزيون الإسرائيلي|Israeli Television|TV channel
ORG|إذاعة الجيش الإسرائيلي|Army Radio|Radio station
ORG|إذاعة مونت كارلو;مونت كارلو الدولية|Monte Carlo Doualiya|Radio station
ORG|إذاعة صوت أمريكا;صوت أمريكا;صوت أميركا|Voice of America|Radio station
ORG|إذاعة لندن;هيئة الإذاعة البريطانية|BBC|Broadcaster
ORG|راديو سوا|Radio Sawa|Radio station
ORG|سكاي نيوز;سكاي نيوز عربية|Sky News|TV channel
ORG|يورونيوز|Euronews|TV channel
ORG|فرانس 24|France 24|TV channel
ORG|آر تي|Russia Today;RT|TV channel
ORG|إيه بي سي;شبكة إيه بي سي|ABC|TV network
ORG|سي بي إس;شبكة سي بي إس|CBS|TV network
ORG|إن بي سي;شبكة إن بي سي|NBC|TV network
ORG|بلومبرغ;وكالة بلومبرغ;بلومبيرغ|Bloomberg|News agency
ORG|داو جونز|Dow Jones|Financial news company
ORG|وكالة الأنباء الفلسطينية;وفا|WAFA|News agency
ORG|وكالة الأنباء السورية;سانا|SANA|News agency
ORG|وكالة الأنباء العراقية|Iraqi News Agency|News agency
ORG|وكالة المغرب العربي للأنباء|Maghreb Arabe Presse|News agency
ORG|وكالة الأنباء الجزائرية|Algerie Presse Service|News agency
ORG|وكالة تونس أفريقيا للأنباء;وكالة تونس إفريقيا للأنباء|Tunis Afrique Presse|News agency
ORG|وكالة الأنباء القطرية|Qatar News Agency|News agency
ORG|وكالة الأنباء الأردنية;بترا|Petra|News agency
ORG|وكالة أنباء الإمارات|Emirates News Agency|News agency
ORG|وكالة أنباء البحرين|Bahrain News Agency|News agency
ORG|وكالة الأنباء العمانية|Oman News Agency|News agency
ORG|وكالة الأنباء اليمنية|Saba News Agency|News agency
ORG|وكالة الأنباء الكويتية|Kuwait News Agency|News agency
ORG|وكالة الأنباء الليبية;وكالة الجماهيرية للأنباء|Libyan News Agency|News agency
ORG|وكالة السودان للأنباء;سونا|Sudan News Agency|News agency
ORG|وكالة الأنباء اللبنانية;الوكالة الوطنية للإعلام|National News Agency (Lebanon)|News agency
ORG|وكالة الأنباء الإيرانية;وكالة الجمهورية الإسلامية للأنباء|IRNA|News agency
ORG|وكالة فارس|Fars News Agency|News agency
ORG|وكالة مهر|Mehr News Agency|News agency
ORG|شينخوا;وكالة أنباء الصين الجديدة;وكالة شينخوا|Xinhua|News agency
ORG|كيودو;وكالة كيودو|Kyodo|News agency
ORG|نوفوستي;وكالة نوفوستي|RIA Novosti|News agency
ORG|إنترفاكس;وكالة إنترفاكس|Interfax|News agency
ORG|أنسا;وكالة أنسا|ANSA|News agency
ORG|يونهاب;وكالة يونهاب|Yonhap|News agency
ORG|وكالة الأناضول|Anadolu Agency|News agency
ORG|وكالة الأنباء الألمانية|Deutsche Presse-Agentur;DPA|News agency
ORG|أسوشيتد برس;اسوشيتدبرس;أسوشيتدبرس;أسوشييتد برس|Associated Press|News agency
ORG|قدس برس|Quds Press|News agency
ORG|وكالة معا|Ma'an News Agency|News agency
`;

/** Entries by section name (the `# name` lines above). */
export const curatedMoreSections: Record<string, CuratedEntry[]> = {};
let section = '';
for (const line of LINES.split('\n')) {
  if (line.startsWith('# ')) section = line.slice(2).trim();
  const f = line.split('|');
  if (f.length !== 4 || !['PER', 'ORG', 'LOC', 'MISC'].includes(f[0])) continue;
  (curatedMoreSections[section] ??= []).push([f[0] as CuratedEntry[0], f[1], f[2], f[3]]);
}

export const curatedMore: CuratedEntry[] = Object.values(curatedMoreSections).flat();
