import type { CuratedEntry } from './curated';

/**
 * Well-known English-language names that UK/US/world news (1995 to today) mentions: companies
 * and their short forms, institutions, regulators, central banks, parties, media, sports bodies
 * and clubs, charities, universities; UK and Irish towns and counties, US states and cities,
 * big Canadian, Australian and Indian cities, regions and seas. Written by the team from general
 * knowledge, never from evaluation text. Arabic forms are given where the usual press spelling
 * is known; an empty Arabic part means none is listed (the entry then matches English only).
 * Names that are ordinary English words alone (Shell, Next, Reading, Bath) are left out or
 * given only in a longer form, since matching ignores case. Same compact form as
 * curated-world.ts: one line per entry, `TYPE|ar forms|en forms|what`; `#` lines are headings.
 */
const LINES = `
# --- Technology, telecoms, internet ---
ORG|نتفليكس|Netflix|Streaming company
ORG|إنفيديا;انفيديا|Nvidia|Chip maker
ORG|أوراكل|Oracle|Software company
ORG|سيسكو|Cisco;Cisco Systems|Network equipment maker
ORG|ديل|Dell|Computer maker
ORG|هيوليت باكارد;إتش بي|Hewlett-Packard;HP|Computer maker
ORG||Compaq|Computer maker
ORG|زيروكس|Xerox|Office equipment maker
ORG|موتورولا|Motorola|Electronics company
ORG|كوالكوم|Qualcomm|Chip maker
ORG||Texas Instruments|Chip maker
ORG||AMD;Advanced Micro Devices|Chip maker
ORG||Micron Technology|Chip maker
ORG||Broadcom|Chip maker
ORG||Salesforce|Software company
ORG|أدوبي|Adobe|Software company
ORG||SAP AG|Software company
ORG|سيمنس;سيمنز|Siemens|German engineering company
ORG|فيليبس|Philips|Dutch electronics company
ORG|إريكسون|Ericsson|Telecoms equipment maker
ORG|ألكاتل|Alcatel;Alcatel-Lucent|Telecoms equipment maker
ORG||Lucent Technologies;Lucent|Telecoms equipment maker
ORG||Nortel;Nortel Networks|Telecoms equipment maker
ORG|بلاك بيري|BlackBerry;Research In Motion|Phone maker
ORG|ياهو|Yahoo;Yahoo!|Internet company
ORG|إيباي|eBay|Internet company
ORG|باي بال|PayPal|Payments company
ORG||AOL;America Online|Internet company
ORG|تايم وارنر|Time Warner;AOL Time Warner|Media company
ORG|وارنر براذرز|Warner Bros;Warner Brothers;Warner Bros.|Film studio
ORG||Warner Music;Warner Music Group|Music company
ORG|باناسونيك|Panasonic;Matsushita|Japanese electronics company
ORG|توشيبا|Toshiba|Japanese electronics company
ORG|هيتاشي|Hitachi|Japanese electronics company
ORG|فوجيتسو|Fujitsu|Japanese technology company
ORG|نينتندو|Nintendo|Games company
ORG|سيغا|Sega|Games company
ORG|هواوي|Huawei|Chinese technology company
ORG|زد تي إي|ZTE|Chinese telecoms equipment maker
ORG|شاومي|Xiaomi|Chinese phone maker
ORG|لينوفو|Lenovo|Chinese computer maker
ORG||Alibaba|Chinese internet company
ORG|تينسنت|Tencent|Chinese internet company
ORG|بايدو|Baidu|Chinese internet company
ORG|بايت دانس|ByteDance|Chinese internet company
ORG|تيك توك|TikTok|Social network
ORG|فوكسكون|Foxconn|Electronics manufacturer
ORG||TSMC;Taiwan Semiconductor|Chip maker
ORG|إل جي|LG Electronics;LG|South Korean electronics company
ORG||SK Hynix|Chip maker
ORG|إنفوسيس|Infosys|Indian IT company
ORG||Wipro|Indian IT company
ORG|تاتا|Tata;Tata Group;Tata Consultancy Services|Indian conglomerate
ORG|ريلاينس|Reliance Industries|Indian conglomerate
ORG|أوبر|Uber|Ride-hailing company
ORG||Lyft|Ride-hailing company
ORG||Airbnb|Lodging platform
ORG|سبوتيفاي|Spotify|Music streaming company
ORG|سناب شات|Snapchat;Snap Inc|Social network
ORG|إنستغرام;انستغرام|Instagram|Social network
ORG|واتساب|WhatsApp|Messaging service
ORG|يوتيوب|YouTube|Video platform
ORG|لينكد إن|LinkedIn|Social network
ORG|أوبن إيه آي|OpenAI|AI company
ORG||DeepMind;Google DeepMind|AI company
ORG||Anthropic|AI company
ORG|تسلا|Tesla;Tesla Motors|Car maker
ORG|سبيس إكس|SpaceX|Space company
ORG|ميتا|Meta Platforms|Technology company
ORG||Alphabet Inc|Google's parent company
ORG||X Corp|Social network company
ORG|فودافون|Vodafone|Telecoms company
ORG||BT Group;British Telecom;British Telecommunications|British telecoms company
ORG||Deutsche Telekom|German telecoms company
ORG||T-Mobile|Telecoms company
ORG|فيرايزون|Verizon|US telecoms company
ORG|إيه تي آند تي|AT&T|US telecoms company
ORG||Comcast|US cable company
ORG||Telefonica|Spanish telecoms company
ORG||Vivendi|French media company
ORG||France Telecom|French telecoms company
ORG||Telecom Italia|Italian telecoms company
ORG||NTT;NTT DoCoMo|Japanese telecoms company
ORG|سوفت بنك|SoftBank|Japanese investment company
ORG|تشاينا موبايل|China Mobile|Chinese telecoms company
ORG||Etisalat|Emirati telecoms company
ORG||Telstra|Australian telecoms company
ORG||BSkyB;British Sky Broadcasting|British broadcaster
ORG|سكاي نيوز|Sky News|British broadcaster
ORG||Virgin Media|British cable company
ORG||Virgin Group|British conglomerate
ORG||Cable & Wireless|British telecoms company
ORG||Marconi|British telecoms company
ORG||ARM Holdings|British chip designer
ORG||Sage Group|British software company
ORG|دايسون|Dyson|British appliance maker
ORG|سامسونج للإلكترونيات|Samsung Electronics|South Korean electronics company
ORG||Hynix|Chip maker
ORG||Activision Blizzard;Activision|Games company
ORG||Electronic Arts|Games company
ORG||Twitter Inc|Social network
# --- Media ---
ORG|آي تي في|ITV|British broadcaster
ORG||Channel 4|British broadcaster
ORG||Channel 5|British broadcaster
ORG|إن بي سي|NBC|US broadcaster
ORG|سي بي إس|CBS|US broadcaster
ORG|إيه بي سي|ABC News|US broadcaster
ORG||NBC News|US broadcaster
ORG||CBS News|US broadcaster
ORG|إم إس إن بي سي|MSNBC|US broadcaster
ORG||PBS|US broadcaster
ORG||NPR;National Public Radio|US broadcaster
ORG||HBO|US broadcaster
ORG|ديزني|Disney;Walt Disney;Walt Disney Company|Entertainment company
ORG|باراماونت|Paramount Pictures|Film studio
ORG||Universal Pictures;Universal Studios;Universal Music|Entertainment company
ORG||20th Century Fox;Twentieth Century Fox|Film studio
ORG||Viacom|Media company
ORG||MTV|Music television channel
ORG||Pixar|Animation studio
ORG||DreamWorks|Film studio
ORG||Sony Pictures;Sony Music|Entertainment company
ORG||EMI|Music company
ORG||Bertelsmann|German media company
ORG||Reed Elsevier;RELX|Publisher
ORG||Thomson Reuters|News and data company
ORG||WPP|Advertising group
ORG||Saatchi & Saatchi|Advertising agency
ORG|نيوز كورب|News Corp;News Corporation|Media company
ORG||News International|British newspaper publisher
ORG|بلومبرغ;بلومبيرغ|Bloomberg;Bloomberg News|News and data company
ORG|فايننشال تايمز|Financial Times;FT|British newspaper
ORG|وول ستريت جورنال|Wall Street Journal|US newspaper
ORG|ديلي ميل|Daily Mail|British newspaper
ORG|ديلي تلغراف;التلغراف|Daily Telegraph;Sunday Telegraph|British newspaper
ORG||Daily Mirror;Sunday Mirror|British newspaper
ORG||Daily Express;Sunday Express|British newspaper
ORG||Evening Standard|British newspaper
ORG|صنداي تايمز|Sunday Times|British newspaper
ORG||News of the World|British newspaper
ORG||Daily Star|British newspaper
ORG||The Scotsman|Scottish newspaper
ORG||The Herald|Scottish newspaper
ORG||Irish Times|Irish newspaper
ORG||Irish Independent|Irish newspaper
ORG|يو إس إيه توداي|USA Today|US newspaper
ORG|لوس أنجليس تايمز|Los Angeles Times;LA Times|US newspaper
ORG||Chicago Tribune|US newspaper
ORG||Boston Globe|US newspaper
ORG||New York Post|US newspaper
ORG||New Yorker|US magazine
ORG|مجلة تايم|Time magazine|US magazine
ORG|نيوزويك|Newsweek|US magazine
ORG|فوربس|Forbes|US magazine
ORG||Vanity Fair|US magazine
ORG|دير شبيغل;شبيغل|Der Spiegel;Spiegel|German magazine
ORG|لوفيغارو|Le Figaro|French newspaper
ORG|إل باييس|El Pais|Spanish newspaper
ORG||Corriere della Sera|Italian newspaper
ORG||Frankfurter Allgemeine|German newspaper
ORG||Bild|German newspaper
ORG||Die Welt|German newspaper
ORG||Press Association;PA Media|British news agency
ORG|إنترفاكس|Interfax|Russian news agency
ORG|شينخوا;وكالة شينخوا|Xinhua|Chinese news agency
ORG|كيودو|Kyodo;Kyodo News|Japanese news agency
ORG|يونهاب|Yonhap|South Korean news agency
ORG|نوفوستي;ريا نوفوستي|RIA Novosti;Novosti|Russian news agency
ORG||Russia Today;RT|Russian broadcaster
ORG||BBC World Service;BBC News;BBC One;BBC Two;BBC Radio 4|British broadcaster
ORG||RTE|Irish broadcaster
ORG||CBC|Canadian broadcaster
ORG||Dow Jones & Company|US financial news company
ORG|سي إن إن الدولية|CNN International|US broadcaster
ORG|فرانس 24|France 24|French broadcaster
ORG|دويتشه فيله|Deutsche Welle|German broadcaster
ORG||Euronews|European broadcaster
ORG||Al-Araby Al-Jadeed|Arabic newspaper
# --- Banks, finance ---
ORG|إتش إس بي سي|HSBC|British bank
ORG|باركليز|Barclays|British bank
ORG|لويدز|Lloyds;Lloyds TSB;Lloyds Banking Group|British bank
ORG|رويال بنك أوف سكوتلاند|Royal Bank of Scotland;RBS|British bank
ORG||NatWest|British bank
ORG||HBOS;Halifax Bank of Scotland|British bank
ORG||Bank of Scotland|British bank
ORG|ستاندرد تشارترد|Standard Chartered|British bank
ORG|سانتاندر|Santander;Banco Santander|Spanish bank
ORG||Abbey National|British bank
ORG|نورذرن روك|Northern Rock|British bank
ORG||Bradford & Bingley|British bank
ORG||Alliance & Leicester|British bank
ORG||Nationwide Building Society|British building society
ORG||Co-operative Bank|British bank
ORG|غولدمان ساكس;جولدمان ساكس|Goldman Sachs|US bank
ORG|مورغان ستانلي|Morgan Stanley|US bank
ORG|جيه بي مورغان|JPMorgan;JP Morgan;JPMorgan Chase;J.P. Morgan|US bank
ORG||Chase Manhattan|US bank
ORG|سيتي غروب|Citigroup;Citibank|US bank
ORG|بنك أوف أميركا|Bank of America|US bank
ORG|ميريل لينش|Merrill Lynch|US bank
ORG|ليمان براذرز|Lehman Brothers|US bank
ORG||Bear Stearns|US bank
ORG||Wells Fargo|US bank
ORG||Wachovia|US bank
ORG||Washington Mutual|US bank
ORG||AIG;American International Group|US insurer
ORG|بيركشاير هاثاواي|Berkshire Hathaway|US conglomerate
ORG|بلاك روك|BlackRock|Asset manager
ORG||Fannie Mae|US mortgage company
ORG||Freddie Mac|US mortgage company
ORG|دويتشه بنك|Deutsche Bank|German bank
ORG||Commerzbank|German bank
ORG||Dresdner Bank|German bank
ORG|يو بي إس|UBS|Swiss bank
ORG|كريدي سويس|Credit Suisse|Swiss bank
ORG|بي إن بي باريبا|BNP Paribas|French bank
ORG|سوسيتيه جنرال|Societe Generale;Société Générale|French bank
ORG||Credit Agricole|French bank
ORG||ING;ING Group|Dutch bank
ORG||ABN Amro|Dutch bank
ORG||Rabobank|Dutch bank
ORG||UniCredit|Italian bank
ORG||Intesa Sanpaolo|Italian bank
ORG|أليانز|Allianz|German insurer
ORG|أكسا|AXA|French insurer
ORG||Aviva;Norwich Union|British insurer
ORG||Prudential|British insurer
ORG||Legal & General|British insurer
ORG||Munich Re|Reinsurer
ORG||Swiss Re|Reinsurer
ORG||Lloyd's of London|Insurance market
ORG|نومورا|Nomura|Japanese bank
ORG||Mitsubishi UFJ|Japanese bank
ORG||Mizuho|Japanese bank
ORG||Sumitomo;Sumitomo Mitsui|Japanese bank
ORG||ICBC;Industrial and Commercial Bank of China|Chinese bank
ORG|بنك الصين|Bank of China|Chinese bank
ORG||China Construction Bank|Chinese bank
ORG||Agricultural Bank of China|Chinese bank
ORG|سبيربنك|Sberbank|Russian bank
ORG||VTB;VTB Bank|Russian bank
ORG||Gazprombank|Russian bank
ORG|بنك قطر الوطني|Qatar National Bank;QNB|Qatari bank
ORG|بنك الإمارات دبي الوطني|Emirates NBD|Emirati bank
ORG|البنك الأهلي التجاري|National Commercial Bank|Saudi bank
ORG|مصرف الراجحي|Al Rajhi Bank|Saudi bank
ORG||Mastercard|Payments company
ORG|أمريكان إكسبريس|American Express|Payments company
ORG|بورصة لندن|London Stock Exchange;LSE|Stock exchange
ORG|بورصة نيويورك|New York Stock Exchange;NYSE|Stock exchange
ORG|ناسداك|Nasdaq|Stock exchange
ORG||Standard & Poor's;S&P|Ratings agency
ORG|موديز|Moody's|Ratings agency
ORG|فيتش|Fitch Ratings|Ratings agency
ORG||KPMG|Accounting firm
ORG||PricewaterhouseCoopers;PwC|Accounting firm
ORG|ديلويت|Deloitte|Accounting firm
ORG|إرنست ويونغ|Ernst & Young;EY|Accounting firm
ORG||Arthur Andersen|Accounting firm
ORG|ماكنزي|McKinsey;McKinsey & Company|Consultancy
ORG||Accenture|Consultancy
ORG|إنرون|Enron|US energy company (collapsed 2001)
ORG||WorldCom|US telecoms company (collapsed 2002)
ORG||Tyco|US conglomerate
ORG||Parmalat|Italian dairy company
ORG|مجموعة كارلايل|Carlyle Group|Private equity firm
ORG|بلاكستون|Blackstone|Private equity firm
ORG||KKR;Kohlberg Kravis Roberts|Private equity firm
ORG||Bain Capital|Private equity firm
ORG||Boston Consulting Group|Consultancy
ORG||Schroders|Asset manager
ORG||Lazard|Bank
ORG||Investec|Bank
ORG||Old Mutual|Insurer
ORG||Royal London|British insurer
ORG||Visa Inc|Payments company
ORG|صندوق الاستثمارات العامة|Public Investment Fund|Saudi sovereign fund
ORG|جهاز قطر للاستثمار|Qatar Investment Authority|Qatari sovereign fund
ORG|جهاز أبوظبي للاستثمار|Abu Dhabi Investment Authority|Emirati sovereign fund
ORG||Temasek|Singapore state investor
ORG|مبادلة|Mubadala|Emirati state investor
# --- Oil, gas, mining, utilities ---
ORG|رويال داتش شل|Royal Dutch Shell;Shell plc|Oil company
ORG|إكسون|Exxon|Oil company
ORG|موبيل|Mobil|Oil company
ORG|شيفرون|Chevron;ChevronTexaco|Oil company
ORG|تكساكو|Texaco|Oil company
ORG|كونوكو فيليبس|ConocoPhillips;Conoco|Oil company
ORG|توتال إنرجيز;توتال|TotalEnergies;TotalFinaElf|French oil company
ORG|إيني|Eni|Italian oil company
ORG|ريبسول|Repsol|Spanish oil company
ORG|شتات أويل|Statoil;Equinor|Norwegian oil company
ORG|بتروبراس|Petrobras|Brazilian oil company
ORG|بيميكس|Pemex|Mexican oil company
ORG||PDVSA;Petroleos de Venezuela|Venezuelan oil company
ORG|غازبروم|Gazprom|Russian gas company
ORG|روسنفت|Rosneft|Russian oil company
ORG|لوك أويل;لوك اويل|Lukoil|Russian oil company
ORG|يوكوس|Yukos|Russian oil company
ORG||TNK-BP;TNK|Russian oil company
ORG||Sibneft|Russian oil company
ORG||Surgutneftegas|Russian oil company
ORG||Novatek|Russian gas company
ORG||Transneft|Russian pipeline company
ORG|سينوبك|Sinopec|Chinese oil company
ORG|بتروتشاينا|PetroChina|Chinese oil company
ORG||CNOOC|Chinese oil company
ORG||CNPC;China National Petroleum Corporation|Chinese oil company
ORG|أدنوك;شركة بترول أبوظبي الوطنية|ADNOC;Abu Dhabi National Oil Company|Emirati oil company
ORG|قطر للبترول;قطر للطاقة|Qatar Petroleum;QatarEnergy|Qatari oil company
ORG|مؤسسة البترول الكويتية|Kuwait Petroleum Corporation|Kuwaiti oil company
ORG|شركة النفط الوطنية الإيرانية|National Iranian Oil Company;NIOC|Iranian oil company
ORG|سوناطراك|Sonatrach|Algerian oil company
ORG|بتروناس|Petronas|Malaysian oil company
ORG||ONGC|Indian oil company
ORG||BG Group|British gas company
ORG||British Gas;Centrica|British gas company
ORG||Cairn Energy|British oil company
ORG||Tullow Oil|British oil company
ORG|هاليبرتون|Halliburton|Oil services company
ORG|شلمبرجير|Schlumberger|Oil services company
ORG||Baker Hughes|Oil services company
ORG||Transocean|Offshore drilling company
ORG||Occidental Petroleum|Oil company
ORG||Anadarko|Oil company
ORG||Valero|Oil refiner
ORG|غلينكور|Glencore|Commodities company
ORG|ريو تينتو|Rio Tinto|Mining company
ORG||BHP;BHP Billiton|Mining company
ORG||Anglo American|Mining company
ORG||Vale SA|Brazilian mining company
ORG||Xstrata|Mining company
ORG|أرسيلور ميتال|ArcelorMittal;Arcelor|Steel maker
ORG||Corus;British Steel|Steel maker
ORG||Tata Steel|Steel maker
ORG||Norilsk Nickel|Russian mining company
ORG||Rusal|Russian aluminium company
ORG||Alcoa|Aluminium company
ORG||De Beers|Diamond company
ORG||E.ON|German utility
ORG||RWE|German utility
ORG||EDF;Electricite de France|French utility
ORG||Iberdrola|Spanish utility
ORG||Enel|Italian utility
ORG||Engie;GDF Suez|French utility
ORG||National Grid|British grid operator
ORG||Scottish Power|British utility
ORG||Npower|British utility
ORG||Thames Water|British water company
ORG||Severn Trent|British water company
ORG||United Utilities|British water company
ORG|سابك للبتروكيماويات|Saudi Basic Industries|Saudi company
ORG|معادن|Ma'aden|Saudi mining company
ORG|دبي العالمية;موانئ دبي العالمية|DP World;Dubai World|Emirati ports company
ORG|إعمار|Emaar|Emirati property company
# --- Cars ---
ORG|تويوتا|Toyota|Car maker
ORG|نيسان|Nissan|Car maker
ORG|مازدا|Mazda|Car maker
ORG|سوبارو|Subaru|Car maker
ORG||Suzuki Motor|Car maker
ORG|فولكسفاغن;فولكس فاغن|Volkswagen;VW|Car maker
ORG|أودي|Audi|Car maker
ORG|أوبل|Opel|Car maker
ORG||Vauxhall|Car maker
ORG|جنرال موتورز|General Motors;GM|Car maker
ORG||Fiat Chrysler|Car maker
ORG||Stellantis|Car maker
ORG|ستروين|Citroen;Citroën;PSA Peugeot Citroen;PSA|Car maker
ORG|فولفو|Volvo|Car maker
ORG|ساب|Saab|Car and defence maker
ORG||Jaguar Land Rover;JLR|Car maker
ORG|لاند روفر|Land Rover|Car maker
ORG|رولز رويس|Rolls-Royce|Engine and car maker
ORG|بنتلي|Bentley|Car maker
ORG||Aston Martin|Car maker
ORG||MG Rover;Rover Group|Car maker
ORG||Tata Motors|Car maker
ORG||Mahindra|Indian car maker
ORG||Geely|Chinese car maker
ORG||BYD|Chinese car maker
ORG||SAIC;SAIC Motor|Chinese car maker
ORG||AvtoVAZ|Russian car maker
ORG||Harley-Davidson|Motorcycle maker
ORG|لامبورغيني|Lamborghini|Car maker
ORG|مازيراتي|Maserati|Car maker
ORG||Bugatti|Car maker
ORG||Skoda|Car maker
ORG||Dacia|Car maker
ORG||McLaren|Car maker and racing team
ORG||Red Bull|Drinks company and racing team
ORG||Bridgestone|Tyre maker
ORG||Michelin|Tyre maker
ORG||Goodyear|Tyre maker
ORG||Pirelli|Tyre maker
# --- Aerospace, defence, transport ---
ORG||BAE Systems;British Aerospace|Defence company
ORG||Lockheed Martin;Lockheed|Defence company
ORG|نورثروب غرومان|Northrop Grumman|Defence company
ORG|رايثيون|Raytheon|Defence company
ORG||General Dynamics|Defence company
ORG||EADS|Aerospace company
ORG||Thales|Defence company
ORG|داسو|Dassault;Dassault Aviation|Aircraft maker
ORG|بومباردييه|Bombardier|Aircraft and train maker
ORG|إمبراير|Embraer|Aircraft maker
ORG||Finmeccanica|Italian defence company
ORG||McDonnell Douglas|Aircraft maker
ORG||Sukhoi|Russian aircraft maker
ORG||Rosatom|Russian nuclear company
ORG||Rostec|Russian state defence company
ORG||Kalashnikov Concern|Russian arms maker
ORG||Maersk|Shipping company
ORG||FedEx|Delivery company
ORG||DHL|Delivery company
ORG||Deutsche Post|German postal company
ORG||TNT Express|Delivery company
ORG||Royal Mail|British postal company
ORG||P&O;P&O Ferries|Ferry and shipping company
ORG||Stagecoach Group|British transport company
ORG||FirstGroup|British transport company
ORG||National Express|British transport company
ORG|يوروستار|Eurostar|Train operator
ORG||Eurotunnel|Channel Tunnel operator
ORG||Amtrak|US rail operator
ORG||Network Rail;Railtrack|British rail infrastructure
ORG||Transport for London;TfL|London transport authority
ORG||Balfour Beatty|Construction company
ORG||Carillion|Construction company
ORG||Serco|Outsourcing company
ORG||G4S|Security company
ORG||Taylor Wimpey|Housebuilder
ORG||Barratt Developments|Housebuilder
ORG||Berkeley Group|Housebuilder
ORG||Land Securities|Property company
ORG||British Land|Property company
ORG||Rentokil|Services company
ORG||Experian|Credit agency
ORG||GKN|Engineering company
ORG||Lafarge|Building materials company
ORG||Holcim|Building materials company
ORG||Cemex|Building materials company
ORG||Saudi Binladin Group|Saudi construction company
# --- Airlines and airports ---
ORG|الخطوط الجوية البريطانية;بريتيش إيرويز|British Airways;BA|Airline
ORG|فيرجن أتلانتيك|Virgin Atlantic|Airline
ORG|إيزي جيت|easyJet|Airline
ORG|رايان إير|Ryanair|Airline
ORG||Aer Lingus|Airline
ORG||British Midland;bmi|Airline
ORG||Flybe|Airline
ORG|لوفتهانزا|Lufthansa|Airline
ORG|الخطوط الجوية الفرنسية;إير فرانس|Air France;Air France-KLM|Airline
ORG||KLM|Airline
ORG||Iberia Airlines|Airline
ORG|أليطاليا|Alitalia|Airline
ORG||Swissair;Swiss International Air Lines|Airline
ORG||Scandinavian Airlines|Airline
ORG|إيروفلوت|Aeroflot|Airline
ORG|الخطوط الجوية التركية|Turkish Airlines|Airline
ORG|الاتحاد للطيران|Etihad;Etihad Airways|Airline
ORG|الخطوط الجوية العربية السعودية;الخطوط السعودية|Saudia;Saudi Arabian Airlines|Airline
ORG|طيران الخليج|Gulf Air|Airline
ORG|الملكية الأردنية|Royal Jordanian|Airline
ORG|طيران الشرق الأوسط|Middle East Airlines|Airline
ORG|فلاي دبي|flydubai|Airline
ORG|العربية للطيران|Air Arabia|Airline
ORG||Singapore Airlines|Airline
ORG||Cathay Pacific|Airline
ORG|كانتاس|Qantas|Airline
ORG||Air India|Airline
ORG||Japan Airlines;JAL|Airline
ORG||All Nippon Airways|Airline
ORG||Air China|Airline
ORG||China Eastern|Airline
ORG||China Southern|Airline
ORG||Korean Air|Airline
ORG||Air Canada|Airline
ORG||American Airlines|Airline
ORG||United Airlines|Airline
ORG||Delta Air Lines|Airline
ORG||Northwest Airlines|Airline
ORG||Continental Airlines|Airline
ORG||US Airways|Airline
ORG||Southwest Airlines|Airline
ORG||JetBlue|Airline
ORG||Pan Am|Airline
ORG||TWA|Airline
ORG||Malaysia Airlines|Airline
ORG||Thai Airways|Airline
ORG||Wizz Air|Airline
ORG||Norwegian Air Shuttle|Airline
ORG||Thomas Cook|Travel company
ORG||TUI|Travel company
ORG||Jet Airways|Airline
ORG||Air Berlin|Airline
ORG||Sabena|Airline
ORG||Olympic Airways|Airline
ORG||BAA|Airport operator
LOC|مطار هيثرو;هيثرو|Heathrow;Heathrow Airport|Airport
LOC|غاتويك|Gatwick|Airport
LOC||Stansted|Airport
LOC||JFK Airport|Airport
LOC||O'Hare|Airport
LOC||Schiphol|Airport
# --- Retail, consumer, food, drink ---
ORG|تيسكو|Tesco|Supermarket chain
ORG||Sainsbury's|Supermarket chain
ORG||Asda|Supermarket chain
ORG||Morrisons|Supermarket chain
ORG||Waitrose|Supermarket chain
ORG|ماركس آند سبنسر|Marks & Spencer;Marks and Spencer;M&S|Retailer
ORG||Debenhams|Retailer
ORG||John Lewis Partnership|Retailer
ORG||Woolworths|Retailer
ORG||Argos|Retailer
ORG||Currys;Dixons;DSG International|Retailer
ORG||HMV|Retailer
ORG||WH Smith;WHSmith|Retailer
ORG||Primark|Retailer
ORG||Arcadia Group|Retailer
ORG||Topshop|Retailer
ORG||BHS;British Home Stores|Retailer
ORG||House of Fraser|Retailer
ORG|هارودز|Harrods|Department store
ORG||Selfridges|Department store
ORG||Aldi|Supermarket chain
ORG||Lidl|Supermarket chain
ORG||B&Q|Retailer
ORG||Homebase|Retailer
ORG||Carphone Warehouse|Retailer
ORG||JD Sports|Retailer
ORG||Sports Direct|Retailer
ORG||Ocado|Online grocer
ORG|وول مارت|Walmart;Wal-Mart|Retailer
ORG||Costco|Retailer
ORG||Kmart|Retailer
ORG||Sears|Retailer
ORG||J.C. Penney;JC Penney|Retailer
ORG||Macy's|Retailer
ORG||Home Depot|Retailer
ORG||Best Buy|Retailer
ORG|كارفور|Carrefour|Retailer
ORG||Auchan|Retailer
ORG||Ahold;Royal Ahold|Retailer
ORG|إيكيا|Ikea|Retailer
ORG||H&M;Hennes & Mauritz|Retailer
ORG||Inditex|Retailer
ORG|نايكي|Nike|Sportswear maker
ORG|أديداس|Adidas|Sportswear maker
ORG||Reebok|Sportswear maker
ORG||Levi Strauss;Levi's|Clothing maker
ORG||Burberry|Fashion house
ORG|غوتشي|Gucci|Fashion house
ORG||Prada|Fashion house
ORG||Louis Vuitton;LVMH|Fashion house
ORG|شانيل|Chanel|Fashion house
ORG||L'Oreal;L'Oréal|Cosmetics company
ORG|يونيليفر|Unilever|Consumer goods company
ORG|بروكتر آند غامبل|Procter & Gamble;P&G|Consumer goods company
ORG|نستله|Nestle;Nestlé|Food company
ORG|دانون|Danone|Food company
ORG||Kraft;Kraft Foods;Kraft Heinz|Food company
ORG||H.J. Heinz|Food company
ORG||Cadbury;Cadbury Schweppes|Confectionery company
ORG|كوكا كولا|Coca-Cola|Drinks company
ORG|بيبسي|PepsiCo;Pepsi|Drinks company
ORG|ماكدونالدز|McDonald's|Restaurant chain
ORG|برغر كينغ|Burger King|Restaurant chain
ORG|كنتاكي|KFC|Restaurant chain
ORG|ستاربكس|Starbucks|Coffee chain
ORG||Pizza Hut|Restaurant chain
ORG||Domino's;Domino's Pizza|Restaurant chain
ORG||Diageo|Drinks company
ORG||Guinness|Brewer
ORG||Heineken|Brewer
ORG||Carlsberg|Brewer
ORG||Anheuser-Busch;AB InBev;InBev|Brewer
ORG||SABMiller|Brewer
ORG||Pernod Ricard|Drinks company
ORG||British American Tobacco|Tobacco company
ORG||Philip Morris;Altria|Tobacco company
ORG||Imperial Tobacco|Tobacco company
ORG||Reckitt Benckiser|Consumer goods company
ORG||Tate & Lyle|Food company
ORG||Associated British Foods|Food company
ORG||Compass Group|Catering company
ORG||Whitbread|Hospitality company
ORG||Greggs|Bakery chain
ORG||Hilton Hotels|Hotel chain
ORG||Marriott|Hotel chain
ORG||InterContinental Hotels|Hotel chain
ORG||Accor|Hotel chain
ORG||Johnson & Johnson|Healthcare company
ORG||Colgate-Palmolive|Consumer goods company
ORG||Gillette|Consumer goods company
ORG||Hasbro|Toy maker
ORG||Mattel|Toy maker
ORG||Lego|Toy maker
ORG||JD.com|Chinese online retailer
ORG||Rakuten|Japanese online retailer
ORG||Walgreens|Pharmacy chain
ORG||CVS Health|Pharmacy chain
ORG||Electrolux|Appliance maker
ORG||Rolex|Watch maker
ORG||Swatch|Watch maker
# --- Pharma, chemicals, industry ---
ORG|غلاكسو سميث كلاين|GlaxoSmithKline;GSK;Glaxo Wellcome;SmithKline Beecham|Drug maker
ORG|أسترازينيكا|AstraZeneca|Drug maker
ORG|فايزر|Pfizer|Drug maker
ORG||Merck|Drug maker
ORG|نوفارتيس|Novartis|Drug maker
ORG|روش|Roche Holding;Hoffmann-La Roche|Drug maker
ORG|سانوفي|Sanofi;Sanofi-Aventis|Drug maker
ORG|باير|Bayer|Drug and chemicals maker
ORG||Eli Lilly|Drug maker
ORG||Bristol-Myers Squibb|Drug maker
ORG||Abbott Laboratories|Drug maker
ORG||AbbVie|Drug maker
ORG||Amgen|Biotech company
ORG||Gilead Sciences;Gilead|Biotech company
ORG|موديرنا|Moderna|Biotech company
ORG||BioNTech|Biotech company
ORG||Novo Nordisk|Drug maker
ORG||Teva|Drug maker
ORG||Wellcome Trust|Medical charity
ORG||Monsanto|Agrochemicals company
ORG||Syngenta|Agrochemicals company
ORG||BASF|Chemicals company
ORG||Dow Chemical|Chemicals company
ORG||DuPont|Chemicals company
ORG||ICI;Imperial Chemical Industries|Chemicals company
ORG||3M|Industrial company
ORG|جنرال إلكتريك|General Electric;GE|Industrial company
ORG||Honeywell|Industrial company
ORG||Caterpillar|Machinery maker
ORG||ABB|Engineering company
ORG||Medtronic|Medical devices maker
ORG||UnitedHealth|Health insurer
# --- Central banks, regulators, government bodies ---
ORG|الاحتياطي الفيدرالي;مجلس الاحتياطي الفيدرالي;الاحتياطي الاتحادي|Federal Reserve;US Federal Reserve;Federal Reserve Board|US central bank
ORG|بنك إنجلترا;بنك انجلترا|Bank of England|British central bank
ORG|البنك المركزي الأوروبي|European Central Bank;ECB|Eurozone central bank
ORG|بنك اليابان|Bank of Japan|Japanese central bank
ORG||Bundesbank|German central bank
ORG|بنك الشعب الصيني|People's Bank of China|Chinese central bank
ORG||Reserve Bank of India|Indian central bank
ORG||Reserve Bank of Australia|Australian central bank
ORG||Bank of Canada|Canadian central bank
ORG||Swiss National Bank|Swiss central bank
ORG||Central Bank of Russia;Bank of Russia|Russian central bank
ORG|هيئة الأوراق المالية والبورصات|Securities and Exchange Commission;SEC|US regulator
ORG||Financial Services Authority;FSA|British regulator
ORG||Financial Conduct Authority;FCA|British regulator
ORG||Prudential Regulation Authority|British regulator
ORG||Ofcom|British regulator
ORG||Ofgem|British regulator
ORG||Ofwat|British regulator
ORG||Ofsted|British regulator
ORG||Oftel|British regulator
ORG||Office of Fair Trading;OFT|British regulator
ORG||Competition Commission|British regulator
ORG||Competition and Markets Authority;CMA|British regulator
ORG||Serious Fraud Office;SFO|British agency
ORG|لجنة التجارة الفيدرالية|Federal Trade Commission;FTC|US regulator
ORG||Federal Communications Commission;FCC|US regulator
ORG|إدارة الغذاء والدواء|Food and Drug Administration;FDA|US regulator
ORG||Environmental Protection Agency;EPA|US agency
ORG||Federal Aviation Administration;FAA|US agency
ORG||Civil Aviation Authority|British regulator
ORG||Justice Department;Department of Justice|US ministry
ORG||State Department;US State Department|US ministry
ORG||US Treasury;Treasury Department|US ministry
ORG||HM Treasury|British ministry
ORG||Home Office|British ministry
ORG||Foreign Office;Foreign and Commonwealth Office;FCO|British ministry
ORG||Ministry of Defence;MoD|British ministry
ORG||Cabinet Office|British ministry
ORG||Department of Health|British ministry
ORG||Department for Education|British ministry
ORG||Department for Work and Pensions;DWP|British ministry
ORG||Department for Transport|British ministry
ORG||Department of Trade and Industry;DTI|British ministry
ORG||Department for Environment, Food and Rural Affairs;Defra|British ministry
ORG|داونينغ ستريت|Downing Street|British prime minister's office
ORG||Whitehall|British civil service
ORG|مجلس العموم|House of Commons;Commons|British lower house
ORG|مجلس اللوردات|House of Lords|British upper house
ORG|مجلس النواب الأمريكي;مجلس النواب الأميركي|House of Representatives|US lower house
ORG|المحكمة العليا|Supreme Court;US Supreme Court|Court
ORG||High Court|Court
ORG||Court of Appeal|Court
ORG||Old Bailey|Court
ORG|سكوتلاند يارد|Scotland Yard|London police
ORG||Metropolitan Police;Met Police|London police
ORG||Police Service of Northern Ireland;PSNI;Royal Ulster Constabulary;RUC|Police force
ORG|إم آي 5|MI5|British security service
ORG|إم آي 6|MI6;Secret Intelligence Service|British intelligence service
ORG||GCHQ|British intelligence agency
ORG||NHS;National Health Service|British health service
ORG||HM Revenue and Customs;HMRC;Inland Revenue|British tax authority
ORG||Crown Prosecution Service;CPS|British prosecutors
ORG||Electoral Commission|British election body
ORG||Office for National Statistics;ONS|British statistics office
ORG||Met Office|British weather service
ORG||BBC Trust|BBC governing body
ORG||Arts Council|British arts funder
ORG||National Trust|British heritage charity
ORG||English Heritage|British heritage body
ORG||Environment Agency|British agency
ORG||Highways Agency|British agency
ORG||Post Office|British postal company
ORG|البرلمان الاسكتلندي|Scottish Parliament;Holyrood|Scottish parliament
ORG||Welsh Assembly;Senedd;National Assembly for Wales|Welsh parliament
ORG||Northern Ireland Assembly;Stormont|Northern Irish parliament
ORG||Dail;Dáil|Irish parliament
ORG|المفوضية الأوروبية|European Commission;EC|EU executive
ORG|البرلمان الأوروبي|European Parliament|EU parliament
ORG|مجلس أوروبا|Council of Europe|European organisation
ORG|محكمة العدل الأوروبية|European Court of Justice;ECJ|EU court
ORG|المحكمة الأوروبية لحقوق الإنسان|European Court of Human Rights|European court
ORG|المحكمة الجنائية الدولية|International Criminal Court;ICC|International court
ORG|محكمة العدل الدولية|International Court of Justice;ICJ|International court
ORG|منظمة التعاون الاقتصادي والتنمية|OECD;Organisation for Economic Co-operation and Development|International organisation
ORG|آسيان;رابطة دول جنوب شرق آسيا|ASEAN|Regional organisation
ORG|المفوضية السامية للأمم المتحدة لشؤون اللاجئين;مفوضية اللاجئين|UNHCR;UN refugee agency|UN agency
ORG|برنامج الأغذية العالمي|World Food Programme;WFP|UN agency
ORG|الأونروا;أونروا|UNRWA|UN agency
ORG|منظمة الأغذية والزراعة;الفاو|Food and Agriculture Organization;FAO|UN agency
ORG|برنامج الأمم المتحدة الإنمائي|UNDP|UN agency
ORG|الإنتربول|Interpol|International police organisation
ORG||Europol|EU police agency
ORG||Organization of American States;OAS|Regional organisation
ORG||Bank for International Settlements;BIS|International financial institution
ORG||European Bank for Reconstruction and Development;EBRD|International bank
ORG||Asian Development Bank|International bank
ORG|وكالة الطاقة الدولية|International Energy Agency;IEA|International organisation
ORG|منظمة الأمن والتعاون في أوروبا|OSCE|European security organisation
ORG|منظمة حظر الأسلحة الكيميائية|OPCW|International organisation
ORG|وزارة الأمن الداخلي|Department of Homeland Security;Homeland Security|US ministry
ORG|وكالة الأمن القومي|National Security Agency;NSA|US intelligence agency
ORG||Drug Enforcement Administration;DEA|US agency
ORG||Secret Service|US agency
ORG||Federal Emergency Management Agency;FEMA|US agency
ORG||Centers for Disease Control and Prevention;CDC|US agency
ORG||National Institutes of Health;NIH|US agency
ORG||Internal Revenue Service;IRS|US tax authority
ORG||Congressional Budget Office|US agency
ORG||Census Bureau|US agency
ORG||US Army|US military
ORG||US Navy|US military
ORG||Marine Corps;US Marine Corps|US military
ORG||US Air Force|US military
ORG||Royal Navy|British military
ORG||Royal Air Force;RAF|British military
ORG||British Army|British military
ORG||SAS;Special Air Service|British special forces
ORG||Democratic National Committee;DNC|US party body
ORG||Republican National Committee;RNC|US party body
ORG||National Security Council|US government body
ORG|وزارة الدفاع البريطانية|British Ministry of Defence|British ministry
# --- Political parties and movements ---
ORG||Labour;New Labour|British party
ORG||Conservatives;Tories|British party
ORG|الديمقراطيين الأحرار|Liberal Democrats;Lib Dems;Liberal Democrat Party|British party
ORG|الحزب القومي الاسكتلندي|Scottish National Party;SNP|Scottish party
ORG||Plaid Cymru|Welsh party
ORG|حزب استقلال المملكة المتحدة|UK Independence Party;UKIP|British party
ORG||Reform UK|British party
ORG||Brexit Party|British party
ORG||Green Party|Party
ORG||Democratic Unionist Party;DUP|Northern Irish party
ORG|شين فين|Sinn Fein;Sinn Féin|Irish party
ORG||Ulster Unionist Party;Ulster Unionists;UUP|Northern Irish party
ORG||SDLP;Social Democratic and Labour Party|Northern Irish party
ORG||Alliance Party|Northern Irish party
ORG||British National Party;BNP|British party
ORG||Fianna Fail;Fianna Fáil|Irish party
ORG||Fine Gael|Irish party
ORG||Christian Democratic Union;CDU|German party
ORG||Christian Social Union;CSU|German party
ORG||Social Democratic Party;SPD;Social Democrats|Party
ORG||Free Democratic Party;FDP|German party
ORG||Alternative for Germany;AfD|German party
ORG|الجبهة الوطنية|National Front;Front National|French party
ORG||National Rally|French party
ORG|الليكود;حزب الليكود|Likud|Israeli party
ORG|كاديما|Kadima|Israeli party
ORG|حزب المؤتمر|Congress Party;Indian National Congress|Indian party
ORG|حزب بهاراتيا جاناتا|Bharatiya Janata Party;BJP|Indian party
ORG|المؤتمر الوطني الأفريقي|African National Congress;ANC|South African party
ORG|الحزب الشيوعي الصيني|Chinese Communist Party;Communist Party of China;CCP|Chinese party
ORG|الحزب الشيوعي|Communist Party|Party
ORG|روسيا الموحدة|United Russia|Russian party
ORG||Fidesz|Hungarian party
ORG||Podemos|Spanish party
ORG||Syriza|Greek party
ORG||Forza Italia|Italian party
ORG||Five Star Movement|Italian party
ORG||Northern League|Italian party
ORG||Party of Regions|Ukrainian party
ORG||PASOK|Greek party
ORG||New Democracy|Greek party
ORG||Liberal Party|Party
ORG||New Democratic Party;NDP|Canadian party
ORG||Bloc Quebecois|Canadian party
ORG||Pakistan Peoples Party;PPP|Pakistani party
ORG||Awami League|Bangladeshi party
ORG|الجيش الجمهوري الإيرلندي|IRA;Irish Republican Army;Provisional IRA;Real IRA|Irish paramilitary group
ORG|إيتا;منظمة إيتا|ETA|Basque separatist group
ORG|حزب العمال الكردستاني|PKK;Kurdistan Workers' Party|Kurdish militant group
ORG|نمور التاميل|Tamil Tigers;LTTE|Sri Lankan rebel group
ORG|فارك|FARC|Colombian rebel group
ORG|حزب العدالة والتنمية|AKP;Justice and Development Party|Turkish party
ORG||Tea Party|US political movement
# --- Sport ---
ORG|الاتحاد الأوروبي لكرة القدم;يويفا|UEFA|European football body
ORG|الاتحاد الإنجليزي لكرة القدم|Football Association;FA|English football body
ORG||Football League;English Football League|English football league
ORG||Rugby Football Union;RFU|English rugby body
ORG||England and Wales Cricket Board|English cricket body
ORG||International Cricket Council|Cricket body
ORG||MCC;Marylebone Cricket Club|Cricket club
ORG||Lawn Tennis Association;LTA|British tennis body
ORG||All England Club|Tennis club
ORG||ATP|Men's tennis tour
ORG||WTA|Women's tennis tour
ORG|الرابطة الوطنية لكرة السلة|NBA;National Basketball Association|US basketball league
ORG||NFL;National Football League|US football league
ORG||NHL;National Hockey League|US hockey league
ORG||MLB;Major League Baseball|US baseball league
ORG||NCAA|US college sports body
ORG||IAAF;World Athletics|Athletics body
ORG||FIA|Motor sport body
ORG||World Anti-Doping Agency;WADA|Anti-doping body
ORG||UK Anti-Doping|Anti-doping body
ORG||Jockey Club|Racing body
ORG||PGA;PGA Tour|Golf body
ORG||British Olympic Association|Sports body
ORG||Court of Arbitration for Sport;CAS|Sports court
ORG||Scottish Football Association|Scottish football body
ORG|مانشستر يونايتد|Manchester United;Man Utd;Man United|English football club
ORG|آرسنال;أرسنال|Arsenal|English football club
ORG|توتنهام هوتسبير|Tottenham Hotspur|English football club
ORG|إيفرتون|Everton|English football club
ORG|أستون فيلا|Aston Villa|English football club
ORG|نيوكاسل يونايتد|Newcastle United|English football club
ORG|وست هام;وست هام يونايتد|West Ham;West Ham United|English football club
ORG|ليدز يونايتد|Leeds United|English football club
ORG|ليستر سيتي|Leicester City|English football club
ORG|نوتنغهام فورست|Nottingham Forest|English football club
ORG||Sheffield Wednesday|English football club
ORG||Sheffield United|English football club
ORG||Blackburn Rovers|English football club
ORG||Bolton Wanderers|English football club
ORG||Wolverhampton Wanderers|English football club
ORG|كريستال بالاس|Crystal Palace|English football club
ORG|فولهام|Fulham|English football club
ORG||Derby County|English football club
ORG||Coventry City|English football club
ORG||Ipswich Town|English football club
ORG||Norwich City|English football club
ORG||Charlton Athletic|English football club
ORG||Birmingham City|English football club
ORG||West Bromwich Albion;West Brom|English football club
ORG||Stoke City|English football club
ORG||Queens Park Rangers;QPR|English football club
ORG||Brighton & Hove Albion;Brighton and Hove Albion|English football club
ORG||AFC Bournemouth|English football club
ORG||Swansea City|Welsh football club
ORG||Cardiff City|Welsh football club
ORG||Hull City|English football club
ORG||Wigan Athletic|English football club
ORG||Bristol City|English football club
ORG||Bristol Rovers|English football club
ORG||Preston North End|English football club
ORG||Manchester City FC|English football club
ORG|رينجرز;غلاسكو رينجرز|Rangers;Glasgow Rangers|Scottish football club
ORG||Heart of Midlothian|Scottish football club
ORG||Hibernian|Scottish football club
ORG||Dundee United|Scottish football club
ORG|إشبيلية|Sevilla|Spanish football club
ORG|فياريال|Villarreal|Spanish football club
ORG|أتلتيك بلباو|Athletic Bilbao|Spanish football club
ORG|ريال سوسيداد|Real Sociedad|Spanish football club
ORG||Deportivo La Coruna|Spanish football club
ORG|نابولي|Napoli|Italian football club
ORG|لاتسيو|Lazio|Italian football club
ORG|فيورنتينا|Fiorentina|Italian football club
ORG||Sampdoria|Italian football club
ORG|شالكه|Schalke;Schalke 04|German football club
ORG|باير ليفركوزن;ليفركوزن|Bayer Leverkusen;Leverkusen|German football club
ORG||Werder Bremen|German football club
ORG||Hamburg SV|German football club
ORG|آر بي لايبزيغ|RB Leipzig|German football club
ORG||Borussia Monchengladbach|German football club
ORG|باريس سان جرمان|PSG|French football club
ORG||Olympique Lyonnais|French football club
ORG||AS Monaco|French football club
ORG||PSV Eindhoven;PSV|Dutch football club
ORG||Feyenoord|Dutch football club
ORG|سبورتينغ لشبونة|Sporting Lisbon|Portuguese football club
ORG|غلطة سراي;جالطة سراي|Galatasaray|Turkish football club
ORG|فنربخشة|Fenerbahce|Turkish football club
ORG|بشكتاش|Besiktas|Turkish football club
ORG|أولمبياكوس|Olympiakos|Greek football club
ORG||Panathinaikos|Greek football club
ORG||Anderlecht|Belgian football club
ORG||Club Brugge|Belgian football club
ORG||Red Star Belgrade|Serbian football club
ORG||Dynamo Kiev;Dynamo Kyiv|Ukrainian football club
ORG||Shakhtar Donetsk|Ukrainian football club
ORG||Spartak Moscow|Russian football club
ORG||CSKA Moscow|Russian football club
ORG||Zenit St Petersburg;Zenit|Russian football club
ORG||Boca Juniors|Argentine football club
ORG||River Plate|Argentine football club
ORG||Flamengo|Brazilian football club
ORG||LA Galaxy|US football club
ORG||Inter Miami|US football club
ORG|النادي الأهلي|Al Ahly|Egyptian football club
ORG||New York Yankees|US baseball team
ORG||Boston Red Sox|US baseball team
ORG||Los Angeles Lakers|US basketball team
ORG||Chicago Bulls|US basketball team
ORG||Dallas Cowboys|US football team
ORG||New England Patriots|US football team
ORG||Golden State Warriors|US basketball team
ORG||New York Knicks|US basketball team
ORG||Williams F1|Racing team
# --- Charities, NGOs, unions, think tanks, churches ---
ORG|أوكسفام|Oxfam|Charity
ORG|منظمة إنقاذ الطفولة|Save the Children|Charity
ORG|غرينبيس;السلام الأخضر|Greenpeace|Environmental group
ORG|الصندوق العالمي للطبيعة|WWF;World Wildlife Fund;World Wide Fund for Nature|Environmental group
ORG||Friends of the Earth|Environmental group
ORG|أطباء بلا حدود|Medecins Sans Frontieres;Médecins Sans Frontières;Doctors Without Borders;MSF|Medical charity
ORG||British Red Cross|Charity
ORG||Salvation Army|Charity
ORG||Christian Aid|Charity
ORG||ActionAid|Charity
ORG||Cancer Research UK|Charity
ORG||British Heart Foundation|Charity
ORG||Macmillan Cancer Support|Charity
ORG||RSPCA|Charity
ORG||RSPB|Charity
ORG||NSPCC|Charity
ORG||Barnardo's|Charity
ORG||Age UK;Age Concern|Charity
ORG||Comic Relief|Charity
ORG|مؤسسة غيتس|Bill & Melinda Gates Foundation;Gates Foundation|Charitable foundation
ORG||Rockefeller Foundation|Charitable foundation
ORG||Ford Foundation|Charitable foundation
ORG|منظمة الشفافية الدولية|Transparency International|Anti-corruption group
ORG|مراسلون بلا حدود|Reporters Without Borders;RSF|Press freedom group
ORG|لجنة حماية الصحفيين|Committee to Protect Journalists;CPJ|Press freedom group
ORG||International Rescue Committee|Charity
ORG||Mercy Corps|Charity
ORG||World Vision|Charity
ORG||Refugee Council|Charity
ORG||Stonewall|Rights group
ORG||Trades Union Congress;TUC|British union federation
ORG||GMB|British trade union
ORG||RMT|British trade union
ORG||National Union of Mineworkers;NUM|British trade union
ORG||National Union of Teachers|British trade union
ORG||British Medical Association;BMA|Doctors' union
ORG||Royal College of Nursing|Nurses' union
ORG||Confederation of British Industry;CBI|British business group
ORG||Institute of Directors;IoD|British business group
ORG||British Chambers of Commerce|British business group
ORG||Federation of Small Businesses|British business group
ORG||Institute for Fiscal Studies;IFS|British think tank
ORG||Resolution Foundation|British think tank
ORG|تشاتام هاوس|Chatham House;Royal Institute of International Affairs|British think tank
ORG|المعهد الدولي للدراسات الاستراتيجية|International Institute for Strategic Studies;IISS|British think tank
ORG||Institute for Public Policy Research;IPPR|British think tank
ORG||Adam Smith Institute|British think tank
ORG|معهد بروكينغز|Brookings Institution;Brookings|US think tank
ORG||Heritage Foundation|US think tank
ORG|مجلس العلاقات الخارجية|Council on Foreign Relations|US think tank
ORG|مؤسسة راند|RAND Corporation|US think tank
ORG||Cato Institute|US think tank
ORG||AFL-CIO|US union federation
ORG||NAACP|US civil rights group
ORG||National Rifle Association;NRA|US gun lobby
ORG||American Civil Liberties Union;ACLU|US civil rights group
ORG||Church of England|Church
ORG||Roman Catholic Church;Catholic Church|Church
ORG||Church of Scotland|Church
ORG||Muslim Council of Britain|Muslim body
ORG||Royal Society|Scientific academy
ORG||British Council|Cultural body
ORG||British Museum|Museum
ORG||Natural History Museum|Museum
ORG||National Gallery|Museum
ORG||Tate Modern;Tate Gallery|Museum
ORG||Royal Opera House|Opera house
ORG||Royal Shakespeare Company;RSC|Theatre company
ORG||Booker Prize Foundation|Literary prize body
ORG||Bafta|Film academy
ORG||Academy of Motion Picture Arts and Sciences|Film academy
# --- Universities ---
ORG|جامعة أكسفورد|Oxford University;University of Oxford|University
ORG|جامعة كامبريدج|Cambridge University;University of Cambridge|University
ORG|إمبريال كوليدج|Imperial College;Imperial College London|University
ORG|كلية لندن للاقتصاد|London School of Economics|University
ORG||University College London;UCL|University
ORG||King's College London|University
ORG||Edinburgh University;University of Edinburgh|University
ORG||Manchester University;University of Manchester|University
ORG||Glasgow University;University of Glasgow|University
ORG||Durham University|University
ORG||Warwick University;University of Warwick|University
ORG||Bristol University;University of Bristol|University
ORG||Leeds University;University of Leeds|University
ORG||Birmingham University;University of Birmingham|University
ORG||Sheffield University;University of Sheffield|University
ORG||Nottingham University;University of Nottingham|University
ORG||Southampton University;University of Southampton|University
ORG||St Andrews University;University of St Andrews|University
ORG||Trinity College Dublin|University
ORG||Open University|University
ORG||Queen's University Belfast|University
ORG|جامعة هارفارد;هارفارد|Harvard;Harvard University|University
ORG|جامعة ييل|Yale;Yale University|University
ORG|جامعة برينستون|Princeton University|University
ORG|جامعة ستانفورد|Stanford;Stanford University|University
ORG|معهد ماساتشوستس للتكنولوجيا|MIT;Massachusetts Institute of Technology|University
ORG|جامعة كولومبيا|Columbia University|University
ORG||University of Chicago|University
ORG||University of California;UCLA;UC Berkeley|University
ORG||Caltech|University
ORG|جامعة جونز هوبكنز|Johns Hopkins University;Johns Hopkins|University
ORG||Cornell University|University
ORG||University of Pennsylvania|University
ORG|جامعة جورجتاون|Georgetown University|University
ORG||Duke University|University
ORG||New York University;NYU|University
ORG|السوربون;جامعة السوربون|Sorbonne|University
ORG||ETH Zurich|University
ORG||Tsinghua University|University
ORG||Peking University|University
ORG||University of Tokyo|University
ORG||University of Toronto|University
ORG||McGill University|University
ORG||University of Sydney|University
ORG||University of Melbourne|University
ORG|الجامعة الأمريكية في بيروت;الجامعة الأميركية في بيروت|American University of Beirut|University
ORG|الجامعة الأمريكية في القاهرة;الجامعة الأميركية في القاهرة|American University in Cairo|University
ORG|جامعة القاهرة|Cairo University|University
ORG|الأزهر;جامعة الأزهر|Al-Azhar;Al-Azhar University|University and religious institution
ORG||King Saud University|University
ORG|الجامعة العبرية|Hebrew University|University
# --- England: cities and towns ---
LOC|برمنغهام;برمنجهام|Birmingham|City in England
LOC|مانشستر|Manchester|City in England
LOC|ليدز|Leeds|City in England
LOC|شيفيلد|Sheffield|City in England
LOC|بريستول|Bristol|City in England
LOC||Newcastle upon Tyne|City in England
LOC|نوتنغهام|Nottingham|City in England
LOC|ليستر|Leicester|City in England
LOC|كوفنتري|Coventry|City in England
LOC|برادفورد|Bradford|City in England
LOC||Stoke-on-Trent;Stoke|City in England
LOC||Wolverhampton|City in England
LOC|بليموث|Plymouth|City in England
LOC|ساوثهامبتون|Southampton|City in England
LOC|بورتسموث|Portsmouth|City in England
LOC||Kingston upon Hull|City in England
LOC|سندرلاند|Sunderland|City in England
LOC|برايتون|Brighton;Brighton and Hove|City in England
LOC|بورنموث|Bournemouth|Seaside town in England
LOC|بلاكبول|Blackpool|Seaside town in England
LOC||Scarborough|Seaside town in England
LOC||Torquay|Seaside town in England
LOC||Eastbourne|Seaside town in England
LOC||Hastings|Seaside town in England
LOC||Margate|Seaside town in England
LOC||Southend;Southend-on-Sea|Seaside town in England
LOC||Great Yarmouth|Seaside town in England
LOC||Skegness|Seaside town in England
LOC||Weymouth|Seaside town in England
LOC||Folkestone|Port town in England
LOC|دوفر|Dover|Port town in England
LOC||Whitby|Seaside town in England
LOC||Morecambe|Seaside town in England
LOC||Harrogate|Spa town in England
LOC||Cheltenham|Spa town in England
LOC|أكسفورد|Oxford|City in England
LOC|كامبريدج|Cambridge|City in England
LOC|يورك|York|City in England
LOC|كانتربري|Canterbury|City in England
LOC||Winchester|City in England
LOC||Salisbury|City in England
LOC||Exeter|City in England
LOC||Norwich|City in England
LOC||Ipswich|Town in England
LOC||Colchester|Town in England
LOC||Chelmsford|City in England
LOC||Luton|Town in England
LOC||Milton Keynes|Town in England
LOC||Northampton|Town in England
LOC||Peterborough|City in England
LOC||Slough|Town in England
LOC||Swindon|Town in England
LOC||Gloucester|City in England
LOC||Worcester|City in England
LOC||Hereford|City in England
LOC||Shrewsbury|Town in England
LOC||Chester|City in England
LOC||Lancaster|City in England
LOC||Preston|City in England
LOC||Blackburn|Town in England
LOC||Bolton|Town in England
LOC||Burnley|Town in England
LOC||Wigan|Town in England
LOC||Warrington|Town in England
LOC||Stockport|Town in England
LOC||Oldham|Town in England
LOC||Rochdale|Town in England
LOC||Huddersfield|Town in England
LOC||Wakefield|City in England
LOC||Doncaster|Town in England
LOC||Rotherham|Town in England
LOC||Barnsley|Town in England
LOC||Grimsby|Town in England
LOC||Middlesbrough|Town in England
LOC||Darlington|Town in England
LOC||Durham|City in England
LOC||Carlisle|City in England
LOC||Gateshead|Town in England
LOC||Hartlepool|Town in England
LOC||Crewe|Town in England
LOC||Stafford|Town in England
LOC||Telford|Town in England
LOC||Walsall|Town in England
LOC||Dudley|Town in England
LOC||West Bromwich|Town in England
LOC||Solihull|Town in England
LOC||Birkenhead|Town in England
LOC||St Helens|Town in England
LOC||Southport|Seaside town in England
LOC||Chesterfield|Town in England
LOC||Mansfield|Town in England
LOC||Bedford|Town in England
LOC||Watford|Town in England
LOC||St Albans|City in England
LOC||Stevenage|Town in England
LOC||Guildford|Town in England
LOC||Woking|Town in England
LOC||Crawley|Town in England
LOC||Maidstone|Town in England
LOC||Tunbridge Wells|Town in England
LOC||Basingstoke|Town in England
LOC||Aylesbury|Town in England
LOC||High Wycombe|Town in England
LOC|وندسور|Windsor|Town in England
LOC||Maidenhead|Town in England
LOC||Ascot|Town in England
LOC||Epsom|Town in England
LOC||Truro|City in England
LOC||Penzance|Town in England
LOC||Newquay|Seaside town in England
LOC||Falmouth|Town in England
LOC||Taunton|Town in England
LOC||Yeovil|Town in England
LOC||Poole|Town in England
LOC||Dorchester|Town in England
LOC||Stratford-upon-Avon|Town in England
LOC||Grantham|Town in England
LOC||Scunthorpe|Town in England
LOC||Kettering|Town in England
LOC||Tamworth|Town in England
LOC||Nuneaton|Town in England
LOC||Barrow-in-Furness|Town in England
LOC||Kendal|Town in England
LOC||Keswick|Town in England
# --- London areas and landmarks ---
LOC|وستمنستر|Westminster|Area of London
LOC||Croydon|Area of London
LOC||Hampstead|Area of London
LOC||Islington|Area of London
LOC||Camden|Area of London
LOC||Hackney|Area of London
LOC||Brixton|Area of London
LOC||Kensington|Area of London
LOC||Greenwich|Area of London
LOC|ويمبلي|Wembley|Area of London
LOC||Twickenham|Area of London
LOC||Wimbledon|Area of London
LOC||Canary Wharf|Area of London
LOC||Soho|Area of London
LOC||Notting Hill|Area of London
LOC||Mayfair|Area of London
LOC||Knightsbridge|Area of London
LOC||Hammersmith|Area of London
LOC||Tower Hamlets|Area of London
LOC||Lambeth|Area of London
LOC||Southwark|Area of London
LOC||Stratford|Area of London
LOC||Old Trafford|Stadium
LOC||Anfield|Stadium
LOC||Stamford Bridge|Stadium
LOC||Hyde Park|Park in London
LOC||Trafalgar Square|Square in London
LOC||Buckingham Palace|Palace in London
LOC||Whitechapel|Area of London
LOC||Tottenham Court Road|Street in London
LOC||Oxford Street|Street in London
LOC||Fleet Street|Street in London
LOC||City of London|Financial district
LOC|وول ستريت|Wall Street|Financial district of New York
# --- England: counties and regions ---
LOC|كورنوال|Cornwall|County in England
LOC||Devon|County in England
LOC||Somerset|County in England
LOC||Dorset|County in England
LOC||Hampshire|County in England
LOC||Kent|County in England
LOC||Sussex;East Sussex;West Sussex|County in England
LOC||Surrey|County in England
LOC||Essex|County in England
LOC||Suffolk|County in England
LOC||Norfolk|County in England
LOC||Cambridgeshire|County in England
LOC||Lincolnshire|County in England
LOC|يوركشاير|Yorkshire;North Yorkshire;West Yorkshire;South Yorkshire;East Yorkshire|County in England
LOC||Lancashire|County in England
LOC||Cheshire|County in England
LOC||Merseyside|County in England
LOC||Greater Manchester|County in England
LOC||Cumbria|County in England
LOC||Northumberland|County in England
LOC||County Durham|County in England
LOC||Tyneside|Region of England
LOC||Teesside|Region of England
LOC||Derbyshire|County in England
LOC||Nottinghamshire|County in England
LOC||Leicestershire|County in England
LOC||Staffordshire|County in England
LOC||Shropshire|County in England
LOC||Warwickshire|County in England
LOC||West Midlands|Region of England
LOC||East Midlands|Region of England
LOC||Midlands|Region of England
LOC||Gloucestershire|County in England
LOC||Oxfordshire|County in England
LOC||Berkshire|County in England
LOC||Buckinghamshire|County in England
LOC||Hertfordshire|County in England
LOC||Bedfordshire|County in England
LOC||Northamptonshire|County in England
LOC||Worcestershire|County in England
LOC||Herefordshire|County in England
LOC||Wiltshire|County in England
LOC||Home Counties|Region of England
LOC||East Anglia|Region of England
LOC||Cotswolds|Region of England
LOC||Lake District|Region of England
LOC||Peak District|Region of England
LOC||Dartmoor|Region of England
LOC||Isle of Wight|Island of England
LOC||Channel Islands|Islands
LOC||Anglesey|Island of Wales
LOC|نهر التايمز|Thames;River Thames|River in England
LOC||River Severn|River in Britain
LOC||Mersey;River Mersey|River in England
LOC||River Tyne|River in England
LOC||River Clyde|River in Scotland
LOC|بحر الشمال|North Sea|Sea
LOC|بحر المانش;القنال الإنجليزي|English Channel|Sea
LOC||Irish Sea|Sea
LOC||Shetland;Shetland Islands|Islands of Scotland
LOC||Orkney|Islands of Scotland
LOC||Hebrides;Outer Hebrides;Western Isles|Islands of Scotland
LOC||Scottish Highlands|Region of Scotland
LOC|أيرلندا الشمالية;إيرلندا الشمالية|Northern Ireland|Part of the United Kingdom
LOC||Ulster|Province of Ireland
# --- Scotland, Wales, Northern Ireland, Ireland ---
LOC|إدنبره;أدنبرة|Edinburgh|Capital of Scotland
LOC|غلاسكو|Glasgow|City in Scotland
LOC|أبردين|Aberdeen|City in Scotland
LOC|دندي|Dundee|City in Scotland
LOC||Inverness|City in Scotland
LOC||Stirling|City in Scotland
LOC||St Andrews|Town in Scotland
LOC||Paisley|Town in Scotland
LOC||Kilmarnock|Town in Scotland
LOC||Ayr|Town in Scotland
LOC||Dumfries|Town in Scotland
LOC||Falkirk|Town in Scotland
LOC||Motherwell|Town in Scotland
LOC||Fife|Region of Scotland
LOC||Lothian|Region of Scotland
LOC||Lanarkshire|Region of Scotland
LOC||Strathclyde|Region of Scotland
LOC||Aberdeenshire|Region of Scotland
LOC||Gleneagles|Village in Scotland
LOC||Lockerbie|Town in Scotland
LOC|كارديف|Cardiff|Capital of Wales
LOC|سوانزي|Swansea|City in Wales
LOC||Newport|City in Wales
LOC||Wrexham|Town in Wales
LOC||Aberystwyth|Town in Wales
LOC||Llanelli|Town in Wales
LOC||Llandudno|Seaside town in Wales
LOC||Merthyr Tydfil|Town in Wales
LOC||Bridgend|Town in Wales
LOC||Carmarthen|Town in Wales
LOC||Pembrokeshire|County in Wales
LOC||Snowdonia|Region of Wales
LOC|بلفاست|Belfast|Capital of Northern Ireland
LOC||Londonderry;Derry|City in Northern Ireland
LOC||Armagh|City in Northern Ireland
LOC||Omagh|Town in Northern Ireland
LOC||Newry|City in Northern Ireland
LOC||Lisburn|City in Northern Ireland
LOC||Enniskillen|Town in Northern Ireland
LOC||Portadown|Town in Northern Ireland
LOC||Ballymena|Town in Northern Ireland
LOC||Drumcree|Parish in Northern Ireland
LOC||County Antrim;Antrim|County in Northern Ireland
LOC||County Down|County in Northern Ireland
LOC||County Tyrone|County in Northern Ireland
LOC||Fermanagh|County in Northern Ireland
LOC|كورك|Cork|City in Ireland
LOC||Limerick|City in Ireland
LOC||Galway|City in Ireland
LOC||Waterford|City in Ireland
LOC||Kilkenny|City in Ireland
LOC||Sligo|Town in Ireland
LOC||Drogheda|Town in Ireland
LOC||Dundalk|Town in Ireland
LOC||Killarney|Town in Ireland
LOC||Wexford|Town in Ireland
LOC||County Cork|County in Ireland
LOC||County Kerry|County in Ireland
LOC||Donegal|County in Ireland
LOC||Connemara|Region of Ireland
LOC||Tipperary|County in Ireland
LOC||Kildare|County in Ireland
LOC||Wicklow|County in Ireland
LOC||Meath|County in Ireland
# --- United States: states ---
LOC|ألاباما|Alabama|US state
LOC|ألاسكا|Alaska|US state
LOC|أريزونا|Arizona|US state
LOC|أركنساس|Arkansas|US state
LOC|كولورادو|Colorado|US state
LOC|كونيتيكت|Connecticut|US state
LOC|ديلاوير|Delaware|US state
LOC|هاواي|Hawaii|US state
LOC|أيداهو|Idaho|US state
LOC|إلينوي|Illinois|US state
LOC|إنديانا|Indiana|US state
LOC|آيوا;أيوا|Iowa|US state
LOC|كانساس|Kansas|US state
LOC|كنتاكي|Kentucky|US state
LOC|لويزيانا|Louisiana|US state
LOC||Maine|US state
LOC|ماريلاند|Maryland|US state
LOC|ماساتشوستس|Massachusetts|US state
LOC|ميشيغان|Michigan|US state
LOC|مينيسوتا|Minnesota|US state
LOC|ميسيسيبي|Mississippi|US state
LOC|ميزوري|Missouri|US state
LOC|مونتانا|Montana|US state
LOC|نبراسكا|Nebraska|US state
LOC|نيفادا|Nevada|US state
LOC|نيوهامشير|New Hampshire|US state
LOC|نيوجيرسي|New Jersey|US state
LOC|نيو مكسيكو|New Mexico|US state
LOC|كارولينا الشمالية|North Carolina|US state
LOC|داكوتا الشمالية|North Dakota|US state
LOC|أوهايو|Ohio|US state
LOC|أوكلاهوما|Oklahoma|US state
LOC|أوريغون|Oregon|US state
LOC|بنسلفانيا|Pennsylvania|US state
LOC|رود آيلاند|Rhode Island|US state
LOC|كارولينا الجنوبية|South Carolina|US state
LOC|داكوتا الجنوبية|South Dakota|US state
LOC|تينيسي|Tennessee|US state
LOC|يوتا|Utah|US state
LOC|فيرمونت|Vermont|US state
LOC|فرجينيا;فيرجينيا|Virginia|US state
LOC|فرجينيا الغربية|West Virginia|US state
LOC|ويسكونسن|Wisconsin|US state
LOC|وايومنغ|Wyoming|US state
LOC||Washington state|US state
LOC||New York state|US state
LOC||District of Columbia;Washington DC;Washington D.C.|US capital district
# --- United States: cities and places ---
LOC|هيوستن|Houston|City in the United States
LOC|فينيكس|Phoenix|City in the United States
LOC|فيلادلفيا|Philadelphia|City in the United States
LOC|سان أنطونيو|San Antonio|City in the United States
LOC|سان دييغو|San Diego|City in the United States
LOC|دالاس|Dallas|City in the United States
LOC|سان خوسيه|San Jose|City in the United States
LOC||Jacksonville|City in the United States
LOC|سان فرانسيسكو|San Francisco|City in the United States
LOC||Fort Worth|City in the United States
LOC||Indianapolis|City in the United States
LOC|سياتل|Seattle|City in the United States
LOC|دنفر|Denver|City in the United States
LOC|بوسطن|Boston|City in the United States
LOC||El Paso|City in the United States
LOC|ناشفيل|Nashville|City in the United States
LOC|ديترويت|Detroit|City in the United States
LOC||Oklahoma City|City in the United States
LOC||Portland|City in the United States
LOC|لاس فيغاس|Las Vegas|City in the United States
LOC|ممفيس|Memphis|City in the United States
LOC||Louisville|City in the United States
LOC|بالتيمور|Baltimore|City in the United States
LOC||Milwaukee|City in the United States
LOC||Albuquerque|City in the United States
LOC||Tucson|City in the United States
LOC||Sacramento|City in the United States
LOC||Kansas City|City in the United States
LOC|أتلانتا|Atlanta|City in the United States
LOC|ميامي|Miami|City in the United States
LOC||Omaha|City in the United States
LOC||Minneapolis|City in the United States
LOC||St Louis;St. Louis;Saint Louis|City in the United States
LOC|كليفلاند|Cleveland|City in the United States
LOC|بيتسبرغ|Pittsburgh|City in the United States
LOC||Cincinnati|City in the United States
LOC||Tampa|City in the United States
LOC|أورلاندو|Orlando|City in the United States
LOC|نيو أورليانز|New Orleans|City in the United States
LOC||Salt Lake City|City in the United States
LOC||Newark|City in the United States
LOC||Jersey City|City in the United States
LOC||Hartford|City in the United States
LOC|وادي السيليكون|Silicon Valley|Region of the United States
LOC|مانهاتن|Manhattan|Borough of New York
LOC|بروكلين|Brooklyn|Borough of New York
LOC||Bronx|Borough of New York
LOC||Staten Island|Borough of New York
LOC|هوليوود|Hollywood|District of Los Angeles
LOC||Beverly Hills|City in the United States
LOC||Palo Alto|City in the United States
LOC||Cupertino|City in the United States
LOC||Menlo Park|City in the United States
LOC||Santa Monica|City in the United States
LOC||Long Beach|City in the United States
LOC||Oakland|City in the United States
LOC||Pasadena|City in the United States
LOC||Palm Beach|City in the United States
LOC|كيب كانافيرال|Cape Canaveral|Place in the United States
LOC|بيرل هاربر|Pearl Harbor|Place in the United States
LOC|غوانتانامو;خليج غوانتانامو|Guantanamo Bay;Guantanamo|US base in Cuba
LOC||Camp David|US presidential retreat
LOC||Charlottesville|City in the United States
LOC||Waco|City in the United States
LOC||Little Rock|City in the United States
LOC||Des Moines|City in the United States
LOC||Ann Arbor|City in the United States
LOC||New Haven|City in the United States
LOC||Annapolis|City in the United States
LOC||Arlington|Place in the United States
LOC||Fort Lauderdale|City in the United States
LOC||Baton Rouge|City in the United States
LOC||Tulsa|City in the United States
LOC||Wichita|City in the United States
LOC||Santa Fe|City in the United States
LOC||Yellowstone|National park in the United States
LOC|الغراند كانيون|Grand Canyon|Canyon in the United States
LOC||Niagara Falls|Waterfalls
LOC||Great Lakes|Lakes of North America
LOC||Rocky Mountains;Rockies|Mountains of North America
LOC||Appalachia|Region of the United States
LOC||Midwest|Region of the United States
LOC||New England|Region of the United States
LOC||Bay Area|Region of the United States
LOC|خليج المكسيك|Gulf of Mexico|Sea
LOC||Gulf Coast|Region of the United States
LOC||Capitol Hill|Seat of the US Congress
# --- Canada, Australia, New Zealand ---
LOC|تورونتو|Toronto|City in Canada
LOC|مونتريال|Montreal|City in Canada
LOC|فانكوفر|Vancouver|City in Canada
LOC|أوتاوا|Ottawa|Capital of Canada
LOC||Calgary|City in Canada
LOC||Edmonton|City in Canada
LOC||Winnipeg|City in Canada
LOC|كيبيك|Quebec;Quebec City|Province and city in Canada
LOC||Halifax|City in Canada and town in England
LOC|أونتاريو|Ontario|Province of Canada
LOC||British Columbia|Province of Canada
LOC||Alberta|Province of Canada
LOC||Manitoba|Province of Canada
LOC||Saskatchewan|Province of Canada
LOC||Nova Scotia|Province of Canada
LOC||New Brunswick|Province of Canada
LOC||Newfoundland|Province of Canada
LOC|سيدني|Sydney|City in Australia
LOC|ملبورن|Melbourne|City in Australia
LOC|بريسبان|Brisbane|City in Australia
LOC|بيرث|Perth|City in Australia and Scotland
LOC|أديلايد|Adelaide|City in Australia
LOC|كانبرا|Canberra|Capital of Australia
LOC||Hobart|City in Australia
LOC||Gold Coast|City in Australia
LOC||Queensland|State of Australia
LOC||New South Wales|State of Australia
LOC||Tasmania|State of Australia
LOC||Western Australia|State of Australia
LOC||South Australia|State of Australia
LOC||Northern Territory|Territory of Australia
LOC|أوكلاند|Auckland|City in New Zealand
LOC||Christchurch|City in New Zealand
# --- India, Pakistan, South Asia ---
LOC|مومباي;بومباي|Mumbai;Bombay|City in India
LOC|دلهي|Delhi|City in India
LOC|نيودلهي|New Delhi|Capital of India
LOC||Kolkata;Calcutta|City in India
LOC|تشيناي|Chennai;Madras|City in India
LOC|بنغالور|Bangalore;Bengaluru|City in India
LOC||Hyderabad|City in India and Pakistan
LOC||Ahmedabad|City in India
LOC||Pune|City in India
LOC||Jaipur|City in India
LOC||Lucknow|City in India
LOC||Amritsar|City in India
LOC||Agra|City in India
LOC||Varanasi|City in India
LOC||Goa|State of India
LOC||Kerala|State of India
LOC|غوجارات|Gujarat|State of India
LOC|البنجاب|Punjab|Region of India and Pakistan
LOC||Bihar|State of India
LOC||Uttar Pradesh|State of India
LOC||Maharashtra|State of India
LOC||Tamil Nadu|State of India
LOC||West Bengal|State of India
LOC||Karnataka|State of India
LOC||Rajasthan|State of India
LOC||Assam|State of India
LOC|سريناغار|Srinagar|City in Kashmir
LOC||Bhopal|City in India
LOC|لاهور|Lahore|City in Pakistan
LOC|إسلام أباد;إسلام آباد|Islamabad|Capital of Pakistan
LOC|راولبندي|Rawalpindi|City in Pakistan
LOC|بيشاور|Peshawar|City in Pakistan
LOC|كويتا|Quetta|City in Pakistan
LOC|بلوشستان|Balochistan;Baluchistan|Province of Pakistan
LOC||Khyber Pakhtunkhwa|Province of Pakistan
LOC|وزيرستان|Waziristan|Region of Pakistan
LOC|وادي سوات|Swat Valley|Region of Pakistan
LOC|قندهار|Kandahar|City in Afghanistan
LOC|هلمند|Helmand|Province of Afghanistan
LOC|هرات|Herat|City in Afghanistan
LOC||Mazar-i-Sharif|City in Afghanistan
LOC||Chittagong|City in Bangladesh
# --- Regions, seas, other places ---
LOC|الشرق الأقصى|Far East|Region
LOC|جنوب شرق آسيا|South East Asia;Southeast Asia;South-East Asia|Region
LOC|آسيا الوسطى|Central Asia|Region
LOC|شرق آسيا|East Asia|Region
LOC|جنوب آسيا|South Asia|Region
LOC|أفريقيا جنوب الصحراء|Sub-Saharan Africa|Region
LOC|غرب أفريقيا|West Africa|Region
LOC|شرق أفريقيا|East Africa|Region
LOC|شمال أفريقيا|North Africa|Region
LOC|القرن الأفريقي|Horn of Africa|Region
LOC|الصحراء الكبرى|Sahara|Desert
LOC|الساحل الأفريقي|Sahel|Region
LOC|منطقة البحر الكاريبي;الكاريبي|Caribbean|Region
LOC|أمريكا الوسطى;أميركا الوسطى|Central America|Region
LOC|أمريكا الجنوبية;أميركا الجنوبية|South America|Continent
LOC|الدول الاسكندنافية;اسكندنافيا|Scandinavia|Region
LOC|دول البلطيق|Baltics;Baltic states|Region
LOC|سيبيريا|Siberia|Region of Russia
LOC|القوقاز|Caucasus|Region
LOC|شبه جزيرة القرم;القرم|Crimea|Peninsula
LOC|دونباس|Donbas;Donbass|Region of Ukraine
LOC||Transnistria|Region of Moldova
LOC|البوسنة|Bosnia|Country
LOC|أوروبا الغربية|Western Europe|Region
LOC|أوروبا الوسطى|Central Europe|Region
LOC|آسيا والمحيط الهادئ|Asia-Pacific|Region
LOC|المحيط الهندي|Indian Ocean|Ocean
LOC|المحيط الهادئ;المحيط الهادي|Pacific Ocean;Pacific|Ocean
LOC|المحيط الأطلسي|Atlantic Ocean;Atlantic|Ocean
LOC|القطب الشمالي|Arctic|Region
LOC|جبال الألب|Alps|Mountains
LOC|جبال الهيمالايا;الهيمالايا|Himalayas|Mountains
LOC|مضيق هرمز|Strait of Hormuz|Strait
LOC|قناة السويس|Suez Canal|Canal
LOC|قناة بنما|Panama Canal|Canal
LOC|البوسفور;مضيق البوسفور|Bosphorus|Strait
LOC|البحر الأسود|Black Sea|Sea
LOC|بحر قزوين|Caspian Sea;Caspian|Sea
LOC|بحر الصين الجنوبي|South China Sea|Sea
LOC|بحر الصين الشرقي|East China Sea|Sea
LOC|مضيق تايوان|Taiwan Strait|Strait
LOC|بحر البلطيق|Baltic Sea|Sea
LOC|بحر إيجه|Aegean;Aegean Sea|Sea
LOC|بحر العرب|Arabian Sea|Sea
LOC|خليج عدن|Gulf of Aden|Sea
LOC|التبت|Tibet|Region of China
LOC|شينجيانغ|Xinjiang|Region of China
LOC||Macau|City in China
LOC|شنتشن|Shenzhen|City in China
LOC|قوانغتشو|Guangzhou|City in China
LOC|ووهان|Wuhan|City in China
LOC|تيانجين|Tianjin|City in China
LOC|تشنغدو|Chengdu|City in China
LOC||Hangzhou|City in China
LOC||Nanjing|City in China
LOC|أوساكا|Osaka|City in Japan
LOC|كيوتو|Kyoto|City in Japan
LOC|يوكوهاما|Yokohama|City in Japan
LOC|فوكوشيما|Fukushima|Prefecture of Japan
LOC|هيروشيما|Hiroshima|City in Japan
LOC|ناغازاكي|Nagasaki|City in Japan
LOC|أوكيناوا|Okinawa|Island of Japan
LOC|بوسان|Busan|City in South Korea
LOC||Bali|Island of Indonesia
LOC|بوكيت|Phuket|Island of Thailand
LOC|هو تشي منه;سايغون|Ho Chi Minh City;Saigon|City in Vietnam
LOC|رانغون;يانغون|Yangon;Rangoon|City in Myanmar
LOC|سانت بطرسبرغ;سان بطرسبرغ|St Petersburg;Saint Petersburg;St. Petersburg|City in Russia
LOC|سوتشي|Sochi|City in Russia
LOC|غروزني|Grozny|City in Russia
LOC|خاركيف|Kharkiv;Kharkov|City in Ukraine
LOC|أوديسا|Odesa;Odessa|City in Ukraine
LOC|دونيتسك|Donetsk|City in Ukraine
LOC|لوهانسك|Luhansk|City in Ukraine
LOC|ماريوبول|Mariupol|City in Ukraine
LOC|لفيف|Lviv|City in Ukraine
LOC|سيفاستوبول|Sevastopol|City in Crimea
LOC|إسطنبول;اسطنبول|Istanbul|City in Turkey
LOC|إزمير|Izmir|City in Turkey
LOC|إشبيلية|Seville|City in Spain
LOC|بلباو|Bilbao|City in Spain
LOC|ملقة|Malaga|City in Spain
LOC||Marbella|City in Spain
LOC||Ibiza|Island of Spain
LOC||Majorca;Mallorca|Island of Spain
LOC||Tenerife|Island of Spain
LOC|جزر الكناري|Canary Islands|Islands of Spain
LOC|ميلانو|Milan|City in Italy
LOC|تورينو|Turin|City in Italy
LOC|نابولي|Naples|City in Italy
LOC|البندقية|Venice|City in Italy
LOC|جنوة|Genoa|City in Italy
LOC||Bologna|City in Italy
LOC|صقلية|Sicily|Island of Italy
LOC|سردينيا|Sardinia|Island of Italy
LOC|ليون|Lyon|City in France
LOC||Cannes|City in France
LOC|بوردو|Bordeaux|City in France
LOC|تولوز|Toulouse|City in France
LOC|ستراسبورغ|Strasbourg|City in France
LOC||Lille|City in France
LOC|كاليه|Calais|City in France
LOC|نورماندي|Normandy|Region of France
LOC|كورسيكا|Corsica|Island of France
LOC|هامبورغ|Hamburg|City in Germany
LOC|كولونيا|Cologne|City in Germany
LOC|شتوتغارت|Stuttgart|City in Germany
LOC|دوسلدورف|Dusseldorf;Düsseldorf|City in Germany
LOC|بافاريا|Bavaria|Region of Germany
LOC|بون|Bonn|City in Germany
LOC|لايبزيغ|Leipzig|City in Germany
LOC|دافوس|Davos|Town in Switzerland
LOC|بازل|Basel|City in Switzerland
LOC|لوزان|Lausanne|City in Switzerland
LOC|روتردام|Rotterdam|City in the Netherlands
LOC|أنتويرب|Antwerp|City in Belgium
LOC|سالزبورغ|Salzburg|City in Austria
LOC|كراكوف|Krakow;Kraków|City in Poland
LOC|غدانسك|Gdansk|City in Poland
LOC|ريو دي جانيرو|Rio de Janeiro;Rio|City in Brazil
LOC|برازيليا|Brasilia|Capital of Brazil
LOC|غوادالاخارا|Guadalajara|City in Mexico
LOC||Monterrey|City in Mexico
LOC|كانكون|Cancun|City in Mexico
LOC||Tijuana|City in Mexico
LOC|ميديلين|Medellin|City in Colombia
LOC|لاغوس|Lagos|City in Nigeria
LOC|أبوجا|Abuja|Capital of Nigeria
LOC|مومباسا|Mombasa|City in Kenya
LOC|كيب تاون|Cape Town|City in South Africa
LOC|ديربان|Durban|City in South Africa
LOC|بريتوريا|Pretoria|Capital of South Africa
LOC|سويتو|Soweto|Township in South Africa
LOC|دارفور|Darfur|Region of Sudan
LOC|تمبكتو|Timbuktu|City in Mali
LOC|مراكش|Marrakech;Marrakesh|City in Morocco
LOC|بنغازي|Benghazi|City in Libya
LOC|مصراتة|Misrata|City in Libya
LOC|زنجبار|Zanzibar|Island of Tanzania
LOC|غوما|Goma|City in Congo
LOC|تل أبيب|Tel Aviv|City in Israel
LOC|حيفا|Haifa|City in Israel
LOC|إيلات|Eilat|City in Israel
LOC|الرقة|Raqqa|City in Syria
LOC|إدلب|Idlib|City in Syria
LOC|دير الزور|Deir ez-Zor;Deir al-Zour|City in Syria
LOC|كوباني;عين العرب|Kobani|City in Syria
LOC|درعا|Daraa|City in Syria
LOC|تبريز|Tabriz|City in Iran
LOC|أصفهان|Isfahan|City in Iran
LOC||Mashhad|City in Iran
LOC||Qom|City in Iran
LOC|نطنز|Natanz|Town in Iran
LOC|بوشهر|Bushehr|City in Iran
LOC|مدينة الكويت|Kuwait City|Capital of Kuwait
LOC|الشارقة|Sharjah|City in the UAE
LOC|الظهران|Dhahran|City in Saudi Arabia
LOC|الحديدة|Hodeidah|City in Yemen
LOC|مأرب|Marib|City in Yemen
LOC|تعز|Taiz|City in Yemen
`;

export const curatedEnglish: CuratedEntry[] = LINES.split('\n')
  .map((line) => line.split('|'))
  .filter((f) => f.length === 4 && ['PER', 'ORG', 'LOC', 'MISC'].includes(f[0]))
  .map(([type, ar, en, what]) => [type as CuratedEntry[0], ar, en, what]);
