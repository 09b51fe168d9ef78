/**
 * Occupational archetypes of the demo talents. Each says who practises it (diaspora, migrants, returnees), its
 * skills (taxonomy ids from one or two sectors), ISCO-08 minor groups, and the words its profiles are written
 * with in French, English and Arabic: job titles (man, woman), specialities, achievements, degrees, employers.
 * Employers are fictional; `{city}` is replaced by the city where the job was held, and names marked `MA:` only
 * fit jobs held in Morocco.
 */
import type { CefrLevel, SpokenLanguage, TalentKind } from '@kafaat/shared';

export interface L3 {
  fr: string;
  en: string;
  ar: string;
}
/** A job title for a man and for a woman (English has one form). */
export interface Title {
  fr: readonly [string, string];
  en: string;
  ar: readonly [string, string];
}
/** What the person does within the trade, as a phrase that follows "10 ans d'expérience" / "10 years of experience". */
export interface Speciality extends L3 {
  /** A more precise title for this speciality (a cardiologist rather than a physician). */
  title?: Title;
  /** Skills that come with the speciality, listed right after the core ones. */
  skills?: string[];
  /** Only for migrants from these countries. */
  origins?: string[];
  /** The degree that leads to this speciality, when it differs from the trade's. */
  degree?: L3;
  /** Languages the speciality cannot be practised without, with the lowest level. */
  needs?: Partial<Record<SpokenLanguage, CefrLevel>>;
  /** A recent field (generative AI): nobody has more years in it than this. */
  maxYears?: number;
}
/** A sentence about what the person did; senior achievements need enough years of experience. */
export interface Achievement extends L3 {
  minYears?: number;
}
export type SchoolField = 'engineering' | 'it' | 'health' | 'nursing' | 'business' | 'law' | 'agriculture' | 'tourism' | 'education' | 'research' | 'languages' | 'vocational';

export interface Trade {
  key: string;
  /** Relative frequency of the trade among each kind of talent (absent: never). */
  weights: Partial<Record<TalentKind, number>>;
  /** Migrants practising it come only from these countries. */
  origins?: string[];
  /** Share of women practising it in the demo. */
  women: number;
  title: Title;
  /** Title of the first job (an assistant, a junior). */
  earlyTitle?: Title;
  /** Where one looks for work: "dans le bâtiment" / "in construction" / "في قطاع البناء". */
  field: L3;
  specialities: Speciality[];
  core: string[];
  extra: string[];
  isco: string[];
  /** Range of years of experience. */
  years: readonly [number, number];
  /** True for occupations entered with a degree; false for trades learnt at work or informally. */
  degreeBased: boolean;
  school: SchoolField;
  /** For degree-based trades, the first degree and the optional advanced one; for trades, a vocational certificate. */
  degree: L3;
  /** Also the degree shown for people who studied abroad (a "diplôme d'ingénieur d'État" is Moroccan). */
  advancedDegree?: L3;
  /** The advanced degree is what opens the trade (a PhD for researchers): everyone has it, before their first job. */
  advancedRequired?: boolean;
  /** Trades learnt from a master (crafts, building): "appris en apprentissage à Bamako" makes sense. */
  apprenticed?: boolean;
  orgs: { fr: string[]; en: string[] };
  achievements: Achievement[];
  /** Languages the trade cannot be practised without, with the lowest level. */
  needs?: Partial<Record<SpokenLanguage, CefrLevel>>;
}

const ids = (sector: string, slugs: string): string[] => slugs.split(/\s+/).filter(Boolean).map((s) => `${sector}.${s}`);
const t = (frMan: string, frWoman: string, en: string, arMan: string, arWoman: string): Title => ({ fr: [frMan, frWoman], en, ar: [arMan, arWoman] });
const l3 = (fr: string, en: string, ar: string): L3 => ({ fr, en, ar });
const senior = (minYears: number, fr: string, en: string, ar: string): Achievement => ({ fr, en, ar, minYears });

/** Trades practised by professionals with degrees: most of the diaspora and returnees, some migrants. */
const PROFESSIONS: Trade[] = [
  {
    key: 'civil-engineer', weights: { diaspora: 7, returnee: 3, migrant: 1 }, origins: ['SY', 'CM', 'CD', 'SN', 'CI', 'NG'], women: 0.3,
    title: t('Ingénieur en génie civil', 'Ingénieure en génie civil', 'Civil engineer', 'مهندس مدني', 'مهندسة مدنية'),
    earlyTitle: t("Ingénieur d'études", "Ingénieure d'études", 'Design engineer', 'مهندس دراسات', 'مهندسة دراسات'),
    field: l3('dans le BTP', 'in construction and public works', 'في قطاع البناء والأشغال العمومية'),
    specialities: [
      { ...l3("en ouvrages d'art", 'in bridges and civil structures', 'في المنشآت الفنية'), skills: ids('engineering', 'bridge-engineering reinforced-concrete-design') },
      { ...l3('en calcul de structures', 'in structural design', 'في حساب المنشآت'), skills: ids('engineering', 'structural-analysis-software seismic-design') },
      { ...l3('en routes et VRD', 'in roads and site utilities', 'في الطرق والشبكات المختلفة'), skills: ids('engineering', 'road-engineering geotechnical-engineering') },
      { ...l3('en grands projets de bâtiment', 'in large building projects', 'في مشاريع البناء الكبرى'), skills: ids('engineering', 'works-supervision bim-modelling') },
    ],
    core: ids('engineering', 'civil-engineering structural-engineering'),
    extra: ids('engineering', 'reinforced-concrete-design steel-structure-design seismic-design structural-analysis-software geotechnical-engineering hydraulic-engineering works-supervision quantity-surveying bim-modelling engineering-project-management tender-documents cad-drafting'),
    isco: ['214'], years: [3, 26], degreeBased: true, school: 'engineering',
    degree: l3("Diplôme d'ingénieur d'État en génie civil", 'State engineering degree in civil engineering', 'دبلوم مهندس دولة في الهندسة المدنية'),
    advancedDegree: l3('Master en génie civil et ouvrages', 'MSc in Civil and Structural Engineering', 'ماستر في الهندسة المدنية والمنشآت'),
    orgs: { fr: ["Bureau d'études {city} Structures", 'Atlas Ouvrages', 'Groupe Batisud', 'Cabinet Méridien Ingénierie', 'Direction des routes de {city}'], en: ['{city} Structural Partners', 'Northbridge Engineering', 'Meridian Infrastructure', 'Atlas Civil Works'] },
    achievements: [
      l3("J'ai conduit les études d'exécution de plusieurs ponts autoroutiers.", 'I led the detailed design of several motorway bridges.', 'قدت دراسات التنفيذ لعدة جسور على الطرق السيارة.'),
      senior(8, "J'ai dirigé une équipe de huit ingénieurs sur un programme de 1 200 logements.", 'I managed a team of eight engineers on a 1,200-home programme.', 'أدرت فريقاً من ثمانية مهندسين في برنامج لبناء 1200 مسكن.'),
      l3("J'ai introduit la maquette BIM dans le suivi de chantier de mon bureau d'études.", 'I brought BIM models into site follow-up at my firm.', 'أدخلت نمذجة BIM في تتبع الأوراش داخل مكتب الدراسات الذي أعمل فيه.'),
      l3("J'ai réalisé le diagnostic parasismique d'écoles et de centres de santé.", 'I carried out seismic assessments of schools and health centres.', 'أنجزت التشخيص المضاد للزلازل لمدارس ومراكز صحية.'),
    ],
  },
  {
    key: 'renewable-energy-engineer', weights: { diaspora: 6, returnee: 3 }, women: 0.3,
    title: t('Ingénieur en énergies renouvelables', 'Ingénieure en énergies renouvelables', 'Renewable energy engineer', 'مهندس في الطاقات المتجددة', 'مهندسة في الطاقات المتجددة'),
    earlyTitle: t('Ingénieur projets solaires', 'Ingénieure projets solaires', 'Solar project engineer', 'مهندس مشاريع الطاقة الشمسية', 'مهندسة مشاريع الطاقة الشمسية'),
    field: l3('dans les énergies renouvelables', 'in renewable energy', 'في مجال الطاقات المتجددة'),
    specialities: [
      { ...l3('en centrales photovoltaïques', 'in utility-scale solar PV', 'في المحطات الشمسية الكهروضوئية'), skills: ids('engineering', 'solar-pv-design grid-integration battery-storage') },
      { ...l3("dans l'éolien", 'in wind power', 'في طاقة الرياح'), skills: ids('engineering', 'wind-energy wind-resource-assessment wind-turbine-maintenance') },
      { ...l3("en efficacité énergétique des bâtiments", 'in building energy efficiency', 'في النجاعة الطاقية للمباني'), skills: ids('engineering', 'energy-efficiency energy-audit building-energy-regulation') },
      { ...l3("dans l'hydrogène vert", 'in green hydrogen', 'في الهيدروجين الأخضر'), skills: ids('engineering', 'green-hydrogen chemical-engineering'), maxYears: 8 },
      { ...l3('en pompage solaire agricole', 'in solar water pumping for farms', 'في الضخ الشمسي للفلاحة'), skills: ids('engineering', 'solar-water-pumping off-grid-systems') },
    ],
    core: ids('engineering', 'renewable-energy'),
    extra: [...ids('engineering', 'energy-efficiency solar-pv-design off-grid-systems grid-integration battery-storage electrical-engineering engineering-project-management tender-documents solar-thermal energy-audit'), ...ids('entrepreneurship-investment', 'renewable-energy-investment investment-structuring')],
    isco: ['214', '215'], years: [3, 22], degreeBased: true, school: 'engineering',
    degree: l3("Diplôme d'ingénieur d'État en génie électrique", 'State engineering degree in electrical engineering', 'دبلوم مهندس دولة في الهندسة الكهربائية'),
    advancedDegree: l3('Mastère spécialisé en énergies renouvelables', 'MSc in Renewable Energy Systems', 'ماستر متخصص في الطاقات المتجددة'),
    orgs: { fr: ['Soleil du Sud Énergies', 'Helios Ingénierie', 'Atlas Renouvelables', 'Bureau Énergie {city}'], en: ['Brightfield Renewables', 'Sunward Energy', 'Atlas Green Power', '{city} Energy Consulting'] },
    achievements: [
      senior(6, "J'ai dimensionné plus de 300 MWc de centrales solaires au sol.", 'I sized more than 300 MWp of ground-mounted solar plants.', 'قمت بتصميم أكثر من 300 ميغاواط ذروة من المحطات الشمسية الأرضية.'),
      senior(5, "J'ai piloté le raccordement au réseau de deux parcs éoliens.", 'I managed the grid connection of two wind farms.', 'أشرفت على ربط حقلين للطاقة الريحية بالشبكة الكهربائية.'),
      senior(5, "J'ai réalisé une cinquantaine d'audits énergétiques de bâtiments publics.", 'I carried out some fifty energy audits of public buildings.', 'أنجزت حوالي خمسين افتحاصاً طاقياً لمبان عمومية.'),
      l3("J'ai conçu des systèmes de pompage solaire pour des coopératives agricoles.", 'I designed solar pumping systems for farming cooperatives.', 'صممت أنظمة ضخ بالطاقة الشمسية لتعاونيات فلاحية.'),
    ],
  },
  {
    key: 'electrical-engineer', weights: { diaspora: 3, returnee: 1 }, women: 0.2,
    title: t('Ingénieur électricien', 'Ingénieure électricienne', 'Electrical engineer', 'مهندس كهربائي', 'مهندسة كهربائية'),
    field: l3("dans l'énergie et l'industrie", 'in power and industry', 'في قطاعي الطاقة والصناعة'),
    specialities: [
      { ...l3('en réseaux de distribution MT/BT', 'in MV/LV distribution networks', 'في شبكات التوزيع ذات الجهد المتوسط والمنخفض'), skills: ids('engineering', 'power-distribution-networks electrical-installation-design') },
      { ...l3('en postes haute tension', 'in high-voltage substations', 'في محطات التحويل ذات الجهد العالي'), skills: ids('engineering', 'high-voltage-substations electrical-protection') },
      { ...l3('en automatisme industriel', 'in industrial automation', 'في الأتمتة الصناعية'), skills: ids('engineering', 'industrial-automation plc-programming scada-systems') },
    ],
    core: ids('engineering', 'electrical-engineering'),
    extra: ids('engineering', 'electrical-installation-design electrical-commissioning power-electronics instrumentation energy-efficiency electrical-protection industrial-maintenance engineering-project-management'),
    isco: ['215'], years: [3, 25], degreeBased: true, school: 'engineering',
    degree: l3("Diplôme d'ingénieur d'État en génie électrique", 'State engineering degree in electrical engineering', 'دبلوم مهندس دولة في الهندسة الكهربائية'),
    advancedDegree: l3('Master en systèmes électriques', 'MSc in Electrical Power Systems', 'ماستر في الأنظمة الكهربائية'),
    orgs: { fr: ['Réseaux Électriques {city}', 'Voltis Ingénierie', 'Atlas Automation', 'Électro-Industrie du Nord'], en: ['{city} Grid Services', 'Voltline Engineering', 'Atlas Automation', 'Northern Power Systems'] },
    achievements: [
      senior(6, "J'ai mis en service une dizaine de postes 225/60 kV.", 'I commissioned about ten 225/60 kV substations.', 'أشرفت على تشغيل حوالي عشر محطات تحويل 225/60 كيلوفولط.'),
      l3("J'ai automatisé deux lignes de production agroalimentaires.", 'I automated two food production lines.', 'قمت بأتمتة خطين للإنتاج في الصناعة الغذائية.'),
      l3("J'ai conduit les études de réseau pour l'électrification de zones rurales.", 'I led network studies for rural electrification.', 'قدت دراسات الشبكة لكهربة مناطق قروية.'),
    ],
  },
  {
    key: 'industrial-engineer', weights: { diaspora: 4, returnee: 2 }, women: 0.35,
    title: t('Ingénieur en génie industriel', 'Ingénieure en génie industriel', 'Industrial engineer', 'مهندس صناعي', 'مهندسة صناعية'),
    field: l3("dans l'industrie", 'in manufacturing', 'في قطاع الصناعة'),
    specialities: [
      { ...l3("dans l'aéronautique", 'in aerospace', 'في صناعة الطيران'), skills: ids('engineering', 'aeronautical-engineering composite-materials') },
      { ...l3("dans l'automobile", 'in the automotive industry', 'في صناعة السيارات'), skills: ids('engineering', 'automotive-engineering wiring-harness') },
      { ...l3('en lean et excellence opérationnelle', 'in lean and operational excellence', 'في الإنتاج الرشيق والتميز التشغيلي'), skills: ids('engineering', 'lean-manufacturing six-sigma') },
      { ...l3('en maintenance industrielle', 'in industrial maintenance', 'في الصيانة الصناعية'), skills: ids('engineering', 'industrial-maintenance predictive-maintenance') },
    ],
    core: ids('engineering', 'industrial-engineering quality-management'),
    extra: ids('engineering', 'lean-manufacturing six-sigma metrology industrial-maintenance predictive-maintenance mechanical-design 3d-cad engineering-project-management mechanical-engineering hydraulics-pneumatics cnc-machining'),
    isco: ['214'], years: [3, 24], degreeBased: true, school: 'engineering',
    degree: l3("Diplôme d'ingénieur d'État en génie industriel", 'State engineering degree in industrial engineering', 'دبلوم مهندس دولة في الهندسة الصناعية'),
    advancedDegree: l3('Master en management industriel', 'MSc in Industrial Management', 'ماستر في التدبير الصناعي'),
    orgs: { fr: ['Aérostructures {city}', 'Équipementier Atlas', 'Câblages du Détroit', 'Méca-Précision {city}'], en: ['{city} Aerostructures', 'Atlas Automotive Systems', 'Precision Parts Ltd', 'Strait Wiring Systems'] },
    achievements: [
      l3("J'ai réduit de 30 % les rebuts d'une ligne d'assemblage.", 'I cut scrap on an assembly line by 30%.', 'خفضت نسبة المتلاشيات في خط تجميع بنسبة 30 في المائة.'),
      senior(5, "J'ai qualifié des fournisseurs marocains pour un avionneur européen.", 'I qualified Moroccan suppliers for a European aircraft maker.', 'قمت بتأهيل موردين مغاربة لفائدة مصنع طائرات أوروبي.'),
      l3("J'ai déployé la maintenance prédictive sur un parc de 200 machines.", 'I rolled out predictive maintenance on 200 machines.', 'عممت الصيانة التنبؤية على 200 آلة.'),
    ],
  },
  {
    key: 'water-engineer', weights: { diaspora: 3, returnee: 1, migrant: 0.3 }, origins: ['SY', 'CM', 'CI', 'SN'], women: 0.35,
    title: t('Ingénieur eau et environnement', 'Ingénieure eau et environnement', 'Water and environment engineer', 'مهندس في الماء والبيئة', 'مهندسة في الماء والبيئة'),
    field: l3("dans l'eau et l'assainissement", 'in water and sanitation', 'في قطاع الماء والتطهير'),
    specialities: [
      { ...l3('en dessalement', 'in desalination', 'في تحلية مياه البحر'), skills: ids('engineering', 'desalination') },
      { ...l3('en traitement des eaux usées', 'in wastewater treatment', 'في معالجة المياه العادمة'), skills: ids('engineering', 'wastewater-treatment') },
      { ...l3("en réseaux d'eau potable", 'in drinking-water networks', 'في شبكات الماء الصالح للشرب'), skills: ids('engineering', 'water-sanitation-networks hydraulic-engineering') },
      { ...l3('en gestion des déchets', 'in solid waste management', 'في تدبير النفايات الصلبة'), skills: ids('engineering', 'solid-waste-management') },
    ],
    core: ids('engineering', 'environmental-engineering'),
    extra: ids('engineering', 'wastewater-treatment desalination solid-waste-management environmental-impact-assessment water-sanitation-networks hydraulic-engineering engineering-project-management tender-documents'),
    isco: ['214'], years: [3, 24], degreeBased: true, school: 'engineering',
    degree: l3("Diplôme d'ingénieur d'État en génie de l'eau et de l'environnement", 'State engineering degree in water and environmental engineering', 'دبلوم مهندس دولة في هندسة الماء والبيئة'),
    advancedDegree: l3("Master en sciences et technologies de l'eau", 'MSc in Water Science and Technology', 'ماستر في علوم وتقنيات الماء'),
    orgs: { fr: ['Régie des eaux de {city}', 'Hydro-Conseil', 'Aquatis Environnement', "Bureau d'études Eau Sud"], en: ['{city} Water Utility', 'Aquaterra Consulting', 'Blue Basin Engineering'] },
    achievements: [
      senior(5, "J'ai conçu une station d'épuration pour 80 000 habitants.", 'I designed a treatment plant for 80,000 people.', 'صممت محطة لمعالجة المياه العادمة لفائدة 80 ألف نسمة.'),
      l3("J'ai suivi la mise en service d'une usine de dessalement par osmose inverse.", 'I followed the start-up of a reverse-osmosis desalination plant.', 'تابعت تشغيل محطة لتحلية مياه البحر بالتناضح العكسي.'),
      l3("J'ai réduit de 20 % les pertes d'un réseau d'eau potable.", 'I reduced water losses in a supply network by 20%.', 'قلصت ضياع المياه في شبكة للتوزيع بنسبة 20 في المائة.'),
    ],
  },
  {
    key: 'architect', weights: { diaspora: 2, returnee: 1 }, women: 0.45,
    title: t('Architecte urbaniste', 'Architecte urbaniste', 'Architect and urban planner', 'مهندس معماري', 'مهندسة معمارية'),
    field: l3("dans l'architecture", 'in architecture', 'في مجال الهندسة المعمارية'),
    specialities: [
      { ...l3('en réhabilitation de médinas', 'in historic medina rehabilitation', 'في تأهيل المدن العتيقة'), skills: ids('construction', 'heritage-restoration earth-construction') },
      { ...l3('en logement social', 'in social housing', 'في السكن الاجتماعي'), skills: ids('construction', 'house-building renovation') },
      { ...l3('en urbanisme durable', 'in sustainable urban planning', 'في التعمير المستدام'), skills: ids('engineering', 'environmental-impact-assessment') },
    ],
    core: ids('engineering', 'urban-planning bim-modelling'),
    extra: [...ids('engineering', 'cad-drafting building-energy-regulation works-supervision'), ...ids('construction', 'heritage-restoration earth-construction renovation blueprint-reading')],
    isco: ['216'], years: [3, 25], degreeBased: true, school: 'engineering',
    degree: l3("Diplôme d'architecte", 'Professional degree in architecture', 'دبلوم مهندس معماري'),
    advancedDegree: l3('Master en urbanisme', 'MSc in Urban Planning', 'ماستر في التعمير'),
    orgs: { fr: ['Atelier {city} Architecture', 'Agence Médina Patrimoine', 'Studio Terre & Ville'], en: ['{city} Architecture Studio', 'Heritage Works', 'Urban Field Studio'] },
    achievements: [
      l3("J'ai restauré des fondouks de la médina avec des artisans locaux.", 'I restored medina caravanserais with local craftspeople.', 'رممت فنادق تاريخية في المدينة العتيقة بتعاون مع الصناع التقليديين.'),
      senior(8, "J'ai dessiné un quartier de 600 logements à basse consommation.", 'I designed a 600-home low-energy neighbourhood.', 'صممت حياً من 600 مسكن منخفض الاستهلاك الطاقي.'),
      l3("J'ai animé des ateliers participatifs avec les habitants.", 'I ran participatory workshops with residents.', 'نشطت ورشات تشاركية مع السكان.'),
    ],
  },
  {
    key: 'software-developer', weights: { diaspora: 7, returnee: 3, migrant: 1 }, origins: ['CM', 'CD', 'SN', 'CI', 'NG', 'GH'], women: 0.3,
    title: t('Développeur full stack', 'Développeuse full stack', 'Full-stack developer', 'مطور برمجيات', 'مطورة برمجيات'),
    earlyTitle: t('Développeur junior', 'Développeuse junior', 'Junior developer', 'مطور مبتدئ', 'مطورة مبتدئة'),
    field: l3('dans le numérique', 'in software', 'في قطاع الرقميات'),
    specialities: [
      { ...l3('dans la fintech', 'in fintech', 'في التكنولوجيا المالية'), skills: ids('it-data', 'api-design sql') },
      { ...l3("dans l'e-santé", 'in digital health', 'في الصحة الرقمية'), skills: ids('it-data', 'react nodejs') },
      { ...l3("dans l'e-commerce", 'in e-commerce', 'في التجارة الإلكترونية'), skills: ids('it-data', 'javascript-typescript php') },
      { ...l3('en applications mobiles', 'in mobile apps', 'في تطبيقات الهواتف'), skills: ids('it-data', 'mobile-development ui-ux-design') },
      { ...l3('sur des plateformes SaaS', 'on SaaS platforms', 'في منصات البرمجيات الخدمية'), skills: ids('it-data', 'cloud-computing software-architecture') },
    ],
    core: ids('it-data', 'software-development fullstack-development'),
    extra: ids('it-data', 'javascript-typescript react nodejs python java sql api-design software-architecture git-version-control software-testing ci-cd containers cloud-computing agile-scrum ui-ux-design angular test-automation'),
    isco: ['251'], years: [2, 20], degreeBased: true, school: 'it',
    degree: l3("Diplôme d'ingénieur d'État en génie logiciel", 'State engineering degree in software engineering', 'دبلوم مهندس دولة في هندسة البرمجيات'),
    advancedDegree: l3('Master en informatique', 'MSc in Computer Science', 'ماستر في المعلوميات'),
    orgs: { fr: ['Paylink', 'Médicis Santé Numérique', 'Souk en Ligne', 'Studio Digital {city}', 'Nuage Logiciels'], en: ['Paylink', 'CareStack Health', 'Marketly', '{city} Digital Studio', 'Cloudforge'] },
    achievements: [
      senior(4, "J'ai conçu l'API de paiement utilisée par plus d'un million de clients.", 'I built the payments API used by over a million customers.', 'صممت واجهة برمجة الدفع التي يستعملها أكثر من مليون زبون.'),
      l3("J'ai migré une application monolithique vers des micro-services.", 'I moved a monolithic application to microservices.', 'نقلت تطبيقاً أحادي البنية إلى خدمات مصغرة.'),
      senior(5, "J'encadre des développeurs juniors et anime des revues de code.", 'I mentor junior developers and run code reviews.', 'أؤطر مطورين مبتدئين وأنشط مراجعات الشيفرة.'),
      l3("J'ai lancé une application de téléconsultation en six mois.", 'I shipped a teleconsultation app in six months.', 'أطلقت تطبيقاً للاستشارة الطبية عن بعد في ستة أشهر.'),
    ],
  },
  {
    key: 'data-scientist', weights: { diaspora: 4, returnee: 2 }, women: 0.4,
    title: t('Data scientist', 'Data scientist', 'Data scientist', 'عالم بيانات', 'عالمة بيانات'),
    field: l3('dans la donnée et l’IA', 'in data and AI', 'في مجال البيانات والذكاء الاصطناعي'),
    specialities: [
      { ...l3("en traitement automatique de l'arabe et de la darija", 'in Arabic and Darija language processing', 'في المعالجة الآلية للعربية والدارجة'), skills: ids('it-data', 'nlp deep-learning') },
      { ...l3('en scoring de crédit', 'in credit scoring', 'في التنقيط الائتماني'), skills: ids('it-data', 'statistical-analysis sql') },
      { ...l3('en données de santé', 'in health data', 'في البيانات الصحية'), skills: ids('it-data', 'statistical-analysis data-visualisation') },
      { ...l3('en IA générative', 'in generative AI', 'في الذكاء الاصطناعي التوليدي'), skills: ids('it-data', 'generative-ai deep-learning'), maxYears: 4 },
    ],
    core: ids('it-data', 'data-science machine-learning python'),
    extra: ids('it-data', 'deep-learning nlp generative-ai sql data-engineering big-data statistical-analysis data-visualisation business-intelligence cloud-computing data-analysis'),
    isco: ['212', '251'], years: [2, 16], degreeBased: true, school: 'it',
    degree: l3("Diplôme d'ingénieur d'État en informatique et analyse des données", 'State engineering degree in computer science and data analysis', 'دبلوم مهندس دولة في المعلوميات وتحليل البيانات'),
    advancedDegree: l3('Doctorat en apprentissage automatique', 'PhD in Machine Learning', 'دكتوراه في التعلم الآلي'),
    orgs: { fr: ['Banque Atlantique Data Lab', 'Datalys', 'Institut {city} Santé Data', 'Algorithmes & Co'], en: ['Atlantic Bank Data Lab', 'Datalys', 'HealthSignal', '{city} AI Lab'] },
    achievements: [
      l3("J'ai entraîné un modèle de reconnaissance de la darija écrite.", 'I trained a model that understands written Darija.', 'دربت نموذجاً للتعرف على الدارجة المكتوبة.'),
      l3("J'ai réduit de 15 % les impayés grâce à un modèle de scoring.", 'I cut loan defaults by 15% with a scoring model.', 'خفضت نسبة القروض غير المسددة بـ15 في المائة بفضل نموذج للتنقيط.'),
      l3("J'ai mis en production une plateforme de prévision de la demande.", 'I put a demand-forecasting platform into production.', 'وضعت منصة للتنبؤ بالطلب قيد الاستغلال.'),
    ],
  },
  {
    key: 'cybersecurity', weights: { diaspora: 2, returnee: 1 }, women: 0.25,
    title: t('Ingénieur en cybersécurité', 'Ingénieure en cybersécurité', 'Cybersecurity engineer', 'مهندس أمن سيبراني', 'مهندسة أمن سيبراني'),
    field: l3('dans la cybersécurité', 'in cybersecurity', 'في مجال الأمن السيبراني'),
    specialities: [
      { ...l3("en tests d'intrusion", 'in penetration testing', 'في اختبارات الاختراق'), skills: ids('it-data', 'penetration-testing') },
      { ...l3('en centre de supervision (SOC)', 'in security operations (SOC)', 'في مراكز مراقبة الأمن'), skills: ids('it-data', 'security-operations') },
      { ...l3('en protection des données', 'in data protection', 'في حماية المعطيات الشخصية'), skills: ids('it-data', 'personal-data-protection') },
    ],
    core: ids('it-data', 'cybersecurity'),
    extra: ids('it-data', 'penetration-testing security-operations personal-data-protection network-administration linux-administration cloud-computing system-administration python windows-server'),
    isco: ['252'], years: [2, 18], degreeBased: true, school: 'it',
    degree: l3("Diplôme d'ingénieur d'État en réseaux et télécommunications", 'State engineering degree in networks and telecommunications', 'دبلوم مهندس دولة في الشبكات والاتصالات'),
    advancedDegree: l3('Master en sécurité des systèmes d’information', 'MSc in Information Security', 'ماستر في أمن نظم المعلومات'),
    orgs: { fr: ['Cyberdéfense Conseil', 'Banque Populaire du Nord', 'SecuriNet {city}'], en: ['Shieldline Security', 'Northern Bank', '{city} SecOps'] },
    achievements: [
      senior(6, "J'ai monté le SOC d'une banque de détail.", 'I set up the security operations centre of a retail bank.', 'أنشأت مركز مراقبة الأمن لبنك للتقسيط.'),
      senior(6, "J'ai mené une quarantaine d'audits de sécurité.", 'I have led about forty security audits.', 'أجريت حوالي أربعين افتحاصاً أمنياً.'),
      l3("J'ai accompagné la mise en conformité RGPD de plusieurs PME.", 'I helped several SMEs comply with the GDPR.', 'واكبت عدة مقاولات صغرى ومتوسطة في الامتثال لقواعد حماية المعطيات.'),
    ],
  },
  {
    key: 'devops', weights: { diaspora: 2, returnee: 1 }, women: 0.2,
    title: t('Ingénieur DevOps', 'Ingénieure DevOps', 'DevOps engineer', 'مهندس DevOps', 'مهندسة DevOps'),
    field: l3('dans le cloud', 'in cloud infrastructure', 'في البنيات السحابية'),
    specialities: [
      { ...l3('en infrastructures cloud', 'in cloud infrastructure', 'في البنيات السحابية'), skills: ids('it-data', 'kubernetes containers') },
      { ...l3('en intégration continue', 'in continuous delivery', 'في التكامل والنشر المستمرين'), skills: ids('it-data', 'ci-cd test-automation') },
    ],
    core: ids('it-data', 'devops cloud-computing'),
    extra: ids('it-data', 'ci-cd containers kubernetes linux-administration python git-version-control system-administration security-operations virtualisation'),
    isco: ['252', '251'], years: [2, 15], degreeBased: true, school: 'it',
    degree: l3("Diplôme d'ingénieur d'État en informatique", 'State engineering degree in computer science', 'دبلوم مهندس دولة في المعلوميات'),
    orgs: { fr: ['Nuage Logiciels', 'Hébergement {city}', 'Plateforme Atlas'], en: ['Cloudforge', '{city} Hosting', 'Atlas Platform'] },
    achievements: [
      l3("J'ai automatisé les déploiements de 40 services.", 'I automated the deployments of 40 services.', 'قمت بأتمتة نشر 40 خدمة.'),
      l3("J'ai divisé par deux la facture cloud de mon employeur.", "I halved my employer's cloud bill.", 'خفضت فاتورة الحوسبة السحابية لمشغلي إلى النصف.'),
    ],
  },
  {
    key: 'physician', weights: { diaspora: 6, returnee: 2, migrant: 0.5 }, origins: ['SY', 'YE', 'CM', 'CD', 'GN'], women: 0.5,
    title: t('Médecin', 'Médecin', 'Physician', 'طبيب', 'طبيبة'),
    earlyTitle: t('Médecin résident', 'Médecin résidente', 'Resident physician', 'طبيب مقيم', 'طبيبة مقيمة'),
    field: l3('à l’hôpital ou en clinique', 'in hospitals and clinics', 'في المستشفيات والمصحات'),
    specialities: [
      { ...l3('en cardiologie interventionnelle', 'in interventional cardiology', 'في أمراض القلب التداخلية'), title: t('Cardiologue', 'Cardiologue', 'Cardiologist', 'طبيب أخصائي في أمراض القلب', 'طبيبة أخصائية في أمراض القلب'), skills: ids('health', 'cardiology') },
      { ...l3('en réanimation', 'in intensive care', 'في الإنعاش'), title: t('Médecin anesthésiste-réanimateur', 'Médecin anesthésiste-réanimatrice', 'Anaesthetist', 'طبيب التخدير والإنعاش', 'طبيبة التخدير والإنعاش'), skills: ids('health', 'anaesthesiology emergency-medicine') },
      { ...l3('en néonatologie', 'in neonatal care', 'في طب حديثي الولادة'), title: t('Pédiatre', 'Pédiatre', 'Paediatrician', 'طبيب أطفال', 'طبيبة أطفال'), skills: ids('health', 'paediatrics') },
      { ...l3('aux urgences', 'in emergency departments', 'في أقسام المستعجلات'), title: t('Médecin urgentiste', 'Médecin urgentiste', 'Emergency physician', 'طبيب مستعجلات', 'طبيبة مستعجلات'), skills: ids('health', 'emergency-medicine patient-triage') },
      { ...l3('en santé maternelle', 'in maternal health', 'في صحة الأم'), title: t('Gynécologue-obstétricien', 'Gynécologue-obstétricienne', 'Obstetrician-gynaecologist', 'طبيب أخصائي في أمراض النساء والتوليد', 'طبيبة أخصائية في أمراض النساء والتوليد'), skills: ids('health', 'gynaecology-obstetrics prenatal-care') },
      { ...l3('en oncologie', 'in oncology', 'في علاج الأورام'), title: t('Oncologue', 'Oncologue', 'Oncologist', 'طبيب أخصائي في الأورام', 'طبيبة أخصائية في الأورام'), skills: ids('health', 'oncology') },
      { ...l3('en psychiatrie', 'in psychiatry', 'في الطب النفسي'), title: t('Psychiatre', 'Psychiatre', 'Psychiatrist', 'طبيب نفسي', 'طبيبة نفسية'), skills: ids('health', 'psychiatry psychosocial-support') },
      { ...l3('en médecine générale', 'in general practice', 'في الطب العام'), skills: ids('health', 'general-medicine') },
    ],
    core: ids('health', 'medicine'),
    extra: [...ids('health', 'telemedicine public-health clinical-research health-promotion hospital-management ultrasound infection-prevention'), ...ids('education-research', 'higher-education-teaching research-methodology scientific-writing')],
    isco: ['221'], years: [3, 30], degreeBased: true, school: 'health',
    degree: l3('Doctorat en médecine', 'Doctor of Medicine (MD)', 'الدكتوراه في الطب'),
    advancedDegree: l3('Diplôme de spécialité médicale', 'Medical specialty board certification', 'دبلوم التخصص الطبي'),
    orgs: { fr: ['Centre hospitalier universitaire de {city}', 'Clinique du Parc', 'Hôpital régional de {city}', 'Centre de santé Ibn Sina'], en: ['{city} University Hospital', 'Riverside Clinic', '{city} General Hospital'] },
    achievements: [
      senior(6, "J'ai participé à la création d'une unité de télé-expertise avec des hôpitaux marocains.", 'I helped set up a tele-expertise unit with Moroccan hospitals.', 'ساهمت في إنشاء وحدة للخبرة الطبية عن بعد مع مستشفيات مغربية.'),
      senior(8, "J'encadre des internes et enseigne à la faculté de médecine.", 'I supervise junior doctors and teach at medical school.', 'أؤطر الأطباء الداخليين وأدرس في كلية الطب.'),
      senior(8, "J'ai coordonné un essai clinique multicentrique.", 'I coordinated a multicentre clinical trial.', 'نسقت تجربة سريرية متعددة المراكز.'),
      l3("J'ai organisé des caravanes médicales dans des provinces rurales.", 'I organised medical caravans in rural provinces.', 'نظمت قوافل طبية في أقاليم قروية.'),
    ],
  },
  {
    key: 'nurse', weights: { diaspora: 4, returnee: 1, migrant: 2 }, origins: ['CM', 'CD', 'CI', 'SN', 'NG', 'GH', 'BF'], women: 0.7,
    title: t('Infirmier', 'Infirmière', 'Registered nurse', 'ممرض', 'ممرضة'),
    field: l3('dans la santé', 'in healthcare', 'في قطاع الصحة'),
    specialities: [
      { ...l3('en réanimation', 'in intensive care', 'في الإنعاش'), skills: ids('health', 'intensive-care-nursing') },
      { ...l3('au bloc opératoire', 'in the operating theatre', 'في غرفة العمليات'), skills: ids('health', 'operating-room-nursing sterilisation') },
      { ...l3('en pédiatrie', 'in paediatrics', 'في طب الأطفال'), skills: ids('health', 'paediatric-nursing vaccination') },
      { ...l3('en hémodialyse', 'in haemodialysis', 'في تصفية الدم'), skills: ids('health', 'haemodialysis-nursing') },
      { ...l3('en soins à domicile', 'in home care', 'في العلاجات المنزلية'), skills: ids('health', 'home-care-nursing elderly-care') },
    ],
    core: ids('health', 'nursing medication-administration wound-care'),
    extra: ids('health', 'vaccination patient-triage infection-prevention first-aid elderly-care health-promotion blood-sampling prehospital-emergency-care'),
    isco: ['222'], years: [2, 28], degreeBased: true, school: 'nursing',
    degree: l3("Diplôme d'État d'infirmier", 'Nursing degree', 'دبلوم الدولة في التمريض'),
    advancedDegree: l3('Master en sciences infirmières', 'MSc in Nursing', 'ماستر في علوم التمريض'),
    orgs: { fr: ['Centre hospitalier de {city}', 'Clinique Les Oliviers', 'Service de soins à domicile de {city}', 'Hôpital de district de {city}'], en: ['{city} General Hospital', 'Oakwood Clinic', '{city} Community Care'] },
    achievements: [
      l3("J'ai formé les nouvelles recrues aux protocoles d'hygiène du service.", 'I trained new staff in the ward’s infection-control protocols.', 'كونت الممرضين الجدد على بروتوكولات النظافة في المصلحة.'),
      l3("J'ai travaillé en première ligne pendant la pandémie de COVID-19.", 'I worked on the front line during the COVID-19 pandemic.', 'اشتغلت في الصفوف الأمامية خلال جائحة كوفيد-19.'),
      senior(5, "Je coordonne une équipe de nuit de six soignants.", 'I coordinate a night team of six carers.', 'أنسق فريقاً ليلياً من ستة مقدمي علاجات.'),
    ],
  },
  {
    key: 'pharmacist', weights: { diaspora: 2, returnee: 1, migrant: 1 }, origins: ['SY', 'YE', 'CM', 'CD', 'SN'], women: 0.6,
    title: t('Pharmacien', 'Pharmacienne', 'Pharmacist', 'صيدلي', 'صيدلانية'),
    field: l3('en pharmacie', 'in pharmacy', 'في الصيدلة'),
    specialities: [
      { ...l3("à l'hôpital", 'in hospital pharmacy', 'في الصيدلة الاستشفائية'), skills: ids('health', 'hospital-pharmacy sterilisation') },
      { ...l3("en officine", 'in community pharmacy', 'في صيدليات الأحياء'), skills: ids('health', 'medicine-dispensing vaccination') },
      { ...l3("dans l'industrie pharmaceutique", 'in the pharmaceutical industry', 'في الصناعة الدوائية'), skills: ids('health', 'clinical-research') },
    ],
    core: ids('health', 'pharmacy medicine-dispensing'),
    extra: ids('health', 'hospital-pharmacy pharmaceutical-stock-management clinical-research health-promotion vaccination infection-prevention'),
    isco: ['226'], years: [2, 25], degreeBased: true, school: 'health',
    degree: l3('Doctorat en pharmacie', 'Doctor of Pharmacy', 'الدكتوراه في الصيدلة'),
    orgs: { fr: ['Pharmacie centrale de {city}', 'Pharmacie du Marché', 'Laboratoires Atlas Pharma'], en: ['{city} Central Pharmacy', 'Market Street Pharmacy', 'Atlas Pharma Labs'] },
    achievements: [
      l3("J'ai réorganisé la gestion des stocks d'une pharmacie hospitalière.", 'I reorganised stock management in a hospital pharmacy.', 'أعدت تنظيم تدبير المخزون في صيدلية استشفائية.'),
      l3("J'ai conseillé des milliers de patients sur leurs traitements chroniques.", 'I have advised thousands of patients on long-term treatments.', 'قدمت النصح لآلاف المرضى حول علاجاتهم المزمنة.'),
    ],
  },
  {
    key: 'lab-scientist', weights: { diaspora: 2, returnee: 1 }, women: 0.55,
    title: t('Biologiste médical', 'Biologiste médicale', 'Medical laboratory scientist', 'أخصائي في التحاليل الطبية', 'أخصائية في التحاليل الطبية'),
    field: l3('en laboratoire', 'in laboratories', 'في المختبرات'),
    specialities: [
      { ...l3('en microbiologie', 'in microbiology', 'في علم الأحياء الدقيقة'), skills: ids('health', 'infection-prevention') },
      { ...l3('en hématologie', 'in haematology', 'في أمراض الدم'), skills: ids('health', 'blood-sampling') },
    ],
    core: ids('health', 'medical-laboratory blood-sampling'),
    extra: [...ids('health', 'infection-prevention clinical-research epidemiology'), ...ids('education-research', 'laboratory-techniques laboratory-management research-data-management')],
    isco: ['321', '213'], years: [2, 24], degreeBased: true, school: 'health',
    degree: l3('Doctorat en pharmacie, option biologie', 'PharmD, medical biology track', 'دكتوراه في الصيدلة، تخصص البيولوجيا'),
    orgs: { fr: ["Laboratoire d'analyses de {city}", 'Institut Pasteur', 'Centre de transfusion sanguine'], en: ['{city} Diagnostics', 'Central Pathology Lab', 'Regional Blood Service'] },
    achievements: [
      senior(6, "J'ai accrédité un laboratoire selon la norme ISO 15189.", 'I led a laboratory to ISO 15189 accreditation.', 'قدت اعتماد مختبر وفق معيار إيزو 15189.'),
      l3("J'ai mis en place le séquençage pour la surveillance des résistances.", 'I set up sequencing for antimicrobial resistance surveillance.', 'أدخلت تقنية التسلسل الجيني لرصد مقاومة المضادات الحيوية.'),
    ],
  },
  {
    key: 'epidemiologist', weights: { diaspora: 2, returnee: 1 }, women: 0.55,
    title: t('Épidémiologiste', 'Épidémiologiste', 'Epidemiologist', 'أخصائي في علم الأوبئة', 'أخصائية في علم الأوبئة'),
    field: l3('en santé publique', 'in public health', 'في الصحة العمومية'),
    specialities: [
      { ...l3('en surveillance des maladies infectieuses', 'in infectious disease surveillance', 'في رصد الأمراض المعدية'), skills: ids('health', 'vaccination infection-prevention') },
      { ...l3('en santé des migrants', 'in migrant health', 'في صحة المهاجرين'), skills: ids('health', 'health-promotion community-health-work') },
    ],
    core: ids('health', 'public-health epidemiology'),
    extra: [...ids('health', 'health-promotion vaccination community-health-work clinical-research'), ...ids('education-research', 'quantitative-research research-methodology scientific-writing research-project-management')],
    isco: ['226'], years: [3, 25], degreeBased: true, school: 'health',
    degree: l3('Doctorat en médecine', 'Doctor of Medicine (MD)', 'الدكتوراه في الطب'),
    advancedDegree: l3('Master en santé publique', 'Master of Public Health', 'ماستر في الصحة العمومية'),
    orgs: { fr: ['Agence régionale de santé', 'Observatoire régional de la santé de {city}', 'Institut de santé publique'], en: ['{city} Public Health Agency', 'Global Health Institute', 'National Institute of Public Health'] },
    achievements: [
      senior(6, "J'ai conçu un système de surveillance syndromique régional.", 'I designed a regional syndromic surveillance system.', 'صممت نظاماً جهوياً لرصد المتلازمات المرضية.'),
      senior(10, "J'ai publié une vingtaine d'articles sur l'accès aux soins des migrants.", 'I have published some twenty papers on migrants’ access to care.', 'نشرت حوالي عشرين مقالاً حول ولوج المهاجرين إلى العلاج.'),
    ],
  },
  {
    key: 'physiotherapist', weights: { diaspora: 2, returnee: 1 }, women: 0.5,
    title: t('Kinésithérapeute', 'Kinésithérapeute', 'Physiotherapist', 'مروض طبي', 'مروضة طبية'),
    field: l3('en rééducation', 'in rehabilitation', 'في الترويض وإعادة التأهيل'),
    specialities: [
      { ...l3('en rééducation du sportif', 'in sports rehabilitation', 'في ترويض الرياضيين') },
      { ...l3('en neurologie', 'in neurological rehabilitation', 'في الترويض العصبي'), skills: ids('health', 'disability-support occupational-therapy') },
      { ...l3('en gériatrie', 'in geriatrics', 'في طب الشيخوخة'), skills: ids('health', 'elderly-care') },
    ],
    core: ids('health', 'physiotherapy'),
    extra: ids('health', 'occupational-therapy disability-support elderly-care health-promotion home-care-nursing first-aid'),
    isco: ['226'], years: [2, 22], degreeBased: true, school: 'nursing',
    degree: l3("Diplôme d'État de masseur-kinésithérapeute", 'BSc in Physiotherapy', 'دبلوم الدولة في الترويض الطبي'),
    orgs: { fr: ['Centre de rééducation de {city}', 'Cabinet Kiné Santé', 'Clinique du Sport'], en: ['{city} Rehabilitation Centre', 'Active Physio', 'Sports Clinic'] },
    achievements: [
      l3("J'ai suivi l'équipe première d'un club de football.", 'I worked with the first team of a football club.', 'اشتغلت مع الفريق الأول لنادٍ لكرة القدم.'),
      senior(5, "J'ai ouvert un cabinet avec deux associés.", 'I opened a practice with two partners.', 'فتحت عيادة مع شريكين.'),
    ],
  },
  {
    key: 'researcher', weights: { diaspora: 5, returnee: 2 }, women: 0.45,
    title: t('Enseignant-chercheur', 'Enseignante-chercheuse', 'Associate professor', 'أستاذ باحث', 'أستاذة باحثة'),
    earlyTitle: t('Chercheur postdoctoral', 'Chercheuse postdoctorale', 'Postdoctoral researcher', 'باحث ما بعد الدكتوراه', 'باحثة ما بعد الدكتوراه'),
    field: l3("dans l'enseignement supérieur", 'in higher education', 'في التعليم العالي'),
    specialities: [
      { ...l3('en génie des procédés', 'in chemical process engineering', 'في هندسة الطرائق'), skills: ids('education-research', 'technology-transfer laboratory-techniques') },
      { ...l3('en économie du développement', 'in development economics', 'في اقتصاد التنمية'), skills: ids('education-research', 'quantitative-research') },
      { ...l3('en science des matériaux', 'in materials science', 'في علوم المواد'), skills: ids('education-research', 'laboratory-management laboratory-techniques') },
      { ...l3('en informatique', 'in computer science', 'في المعلوميات'), skills: ids('education-research', 'stem-education online-teaching') },
      { ...l3('en sociologie des migrations', 'in the sociology of migration', 'في سوسيولوجيا الهجرة'), skills: ids('education-research', 'qualitative-research') },
      { ...l3('en agronomie', 'in agricultural science', 'في العلوم الفلاحية'), skills: ids('education-research', 'research-data-management') },
    ],
    core: ids('education-research', 'higher-education-teaching scientific-research doctoral-supervision'),
    extra: ids('education-research', 'research-methodology scientific-writing peer-review research-project-management technology-transfer international-academic-cooperation quantitative-research qualitative-research online-teaching curriculum-design science-communication literature-review'),
    isco: ['231'], years: [4, 30], degreeBased: true, school: 'research', advancedRequired: true,
    degree: l3('Master de recherche', 'Research master’s degree', 'ماستر البحث'),
    advancedDegree: l3('Doctorat', 'PhD', 'الدكتوراه'),
    orgs: { fr: ['Université de {city}', 'Laboratoire de recherche {city}', 'École doctorale de {city}'], en: ['University of {city}', '{city} Research Institute', '{city} Graduate School'] },
    achievements: [
      l3("Je publie dans des revues internationales et j'enseigne en licence et en master.", "I publish in international journals and teach bachelor's and master's courses.", 'أنشر في مجلات دولية وأدرّس في سلكي الإجازة والماستر.'),
      senior(12, "J'ai encadré une douzaine de thèses, dont plusieurs en cotutelle avec le Maroc.", 'I have supervised a dozen PhDs, several jointly with Moroccan universities.', 'أشرفت على حوالي اثنتي عشرة أطروحة، بعضها بإشراف مشترك مع جامعات مغربية.'),
      senior(8, "J'ai coordonné un projet de recherche européen à 3 M€.", 'I coordinated a €3m European research project.', 'نسقت مشروع بحث أوروبياً بميزانية 3 ملايين يورو.'),
      senior(12, "J'ai publié plus de quarante articles dans des revues à comité de lecture.", 'I have published over forty peer-reviewed papers.', 'نشرت أكثر من أربعين مقالاً في مجلات محكمة.'),
      senior(8, "J'ai monté un master conjoint avec une université marocaine.", 'I set up a joint master’s with a Moroccan university.', 'أسست ماستر مشتركاً مع جامعة مغربية.'),
    ],
  },
  {
    key: 'teacher', weights: { diaspora: 3, returnee: 2, migrant: 2 }, origins: ['CM', 'CD', 'CI', 'SN', 'NG', 'GH', 'BF', 'GN'], women: 0.55,
    title: t('Enseignant', 'Enseignante', 'Teacher', 'أستاذ', 'أستاذة'),
    field: l3("dans l'enseignement", 'in teaching', 'في التعليم'),
    specialities: [
      { ...l3('au collège et au lycée', 'in secondary schools', 'في الإعدادي والثانوي'), title: t('Professeur de mathématiques', 'Professeure de mathématiques', 'Mathematics teacher', 'أستاذ الرياضيات', 'أستاذة الرياضيات'), skills: ids('education-research', 'mathematics-teaching'), degree: l3('Licence en mathématiques', 'BSc in Mathematics', 'الإجازة في الرياضيات') },
      { ...l3('en sciences physiques', 'in physics and chemistry', 'في العلوم الفيزيائية'), title: t('Professeur de sciences', 'Professeure de sciences', 'Science teacher', 'أستاذ العلوم', 'أستاذة العلوم'), skills: ids('education-research', 'science-teaching stem-education'), degree: l3('Licence en sciences physiques', 'BSc in Physics and Chemistry', 'الإجازة في العلوم الفيزيائية') },
      { ...l3('auprès des adultes et des enfants', 'with adults and children', 'للكبار والصغار'), title: t('Professeur de français', 'Professeure de français', 'French teacher', 'أستاذ اللغة الفرنسية', 'أستاذة اللغة الفرنسية'), skills: ids('education-research', 'language-teaching'), degree: l3('Licence en lettres modernes', 'BA in French Literature', 'الإجازة في الأدب الفرنسي'), needs: { fr: 'C2' } },
      { ...l3('en cours particuliers et en école privée', 'in private lessons and schools', 'في الدروس الخصوصية والمدارس الخاصة'), title: t("Professeur d'anglais", "Professeure d'anglais", 'English teacher', 'أستاذ اللغة الإنجليزية', 'أستاذة اللغة الإنجليزية'), skills: ids('education-research', 'language-teaching tutoring'), degree: l3('Licence en études anglaises', 'BA in English Studies', 'الإجازة في الدراسات الإنجليزية'), needs: { en: 'C1' } },
      { ...l3('au primaire', 'in primary schools', 'في التعليم الابتدائي'), title: t('Professeur des écoles', 'Professeure des écoles', 'Primary school teacher', 'أستاذ التعليم الابتدائي', 'أستاذة التعليم الابتدائي'), skills: ids('education-research', 'primary-teaching'), degree: l3("Licence en sciences de l'éducation", 'BA in Education', 'الإجازة في علوم التربية') },
    ],
    core: ids('education-research', 'teaching lesson-planning classroom-management'),
    extra: ids('education-research', 'learning-assessment tutoring online-teaching educational-technology curriculum-design stem-education special-needs-education school-guidance adult-literacy'),
    isco: ['233'], years: [2, 28], degreeBased: true, school: 'education',
    degree: l3('Licence en sciences', 'Bachelor of Science', 'الإجازة في العلوم'),
    advancedDegree: l3("Master métiers de l'enseignement", 'Master’s in Education', 'ماستر مهن التربية والتكوين'),
    orgs: { fr: ['Lycée Jean-Jaurès de {city}', 'MA:Collège Al Massira', 'École internationale de {city}', 'Cours particuliers (indépendant)'], en: ['{city} High School', 'International School of {city}', 'Private tutoring (self-employed)'] },
    achievements: [
      senior(5, "J'ai mené mes classes de terminale à 95 % de réussite au bac.", 'My final-year classes reached a 95% pass rate.', 'حققت أقسامي نسبة نجاح 95 في المائة في البكالوريا.'),
      l3("J'ai créé un club de robotique pour les élèves.", 'I started a robotics club for pupils.', 'أسست نادياً للروبوتات لفائدة التلاميذ.'),
      l3("J'ai conçu des supports de cours en ligne pendant la fermeture des écoles.", 'I built online course material when schools closed.', 'أعددت دروساً رقمية خلال فترة إغلاق المدارس.'),
    ],
  },
  {
    key: 'vocational-trainer', weights: { diaspora: 1, returnee: 1 }, women: 0.4,
    title: t('Formateur en formation professionnelle', 'Formatrice en formation professionnelle', 'Vocational trainer', 'مكوّن في التكوين المهني', 'مكوّنة في التكوين المهني'),
    field: l3('dans la formation professionnelle', 'in vocational training', 'في التكوين المهني'),
    specialities: [
      { ...l3('aux métiers du BTP', 'for construction trades', 'في مهن البناء'), skills: ids('education-research', 'apprenticeship-mentoring') },
      { ...l3("en validation des acquis de l'expérience", 'in recognition of prior learning', 'في المصادقة على مكتسبات التجربة'), skills: ids('education-research', 'prior-learning-recognition learning-assessment') },
    ],
    core: ids('education-research', 'vocational-training competency-based-approach train-the-trainer'),
    extra: ids('education-research', 'apprenticeship-mentoring prior-learning-recognition curriculum-design instructional-design learning-assessment educational-technology'),
    isco: ['232'], years: [4, 25], degreeBased: true, school: 'education',
    degree: l3("Diplôme d'ingénierie de formation", 'Degree in training design', 'دبلوم في هندسة التكوين'),
    orgs: { fr: ['Centre de formation {city}', 'AFPA {city}', 'Institut des métiers'], en: ['{city} Skills Centre', 'Trades Institute'] },
    achievements: [
      senior(6, "J'ai conçu des référentiels de compétences pour huit métiers.", 'I wrote competency frameworks for eight trades.', 'أعددت مرجعيات الكفاءات لثماني مهن.'),
      senior(8, "J'ai accompagné plus de 200 candidats en VAE.", 'I have guided over 200 candidates through prior-learning recognition.', 'واكبت أكثر من 200 مرشح في مسار المصادقة على مكتسبات التجربة.'),
    ],
  },
  {
    key: 'accountant', weights: { diaspora: 4, returnee: 2, migrant: 1 }, women: 0.5,
    title: t('Comptable', 'Comptable', 'Accountant', 'محاسب', 'محاسبة'),
    field: l3('en comptabilité et finance', 'in accounting and finance', 'في المحاسبة والمالية'),
    specialities: [
      { ...l3('en audit légal', 'in statutory audit', 'في التدقيق القانوني'), title: t('Auditeur financier', 'Auditrice financière', 'Financial auditor', 'مدقق حسابات', 'مدققة حسابات'), skills: ids('finance-accounting', 'audit statutory-audit internal-control') },
      { ...l3('en contrôle de gestion industriel', 'in industrial management control', 'في مراقبة التسيير الصناعي'), title: t('Contrôleur de gestion', 'Contrôleuse de gestion', 'Management accountant', 'مراقب تسيير', 'مراقبة تسيير'), skills: ids('finance-accounting', 'management-control budgeting cost-accounting dashboards-kpi') },
      { ...l3('en cabinet, auprès des TPE', 'in practice, for small businesses', 'في مكتب محاسبة لفائدة المقاولات الصغيرة'), title: t('Expert-comptable', 'Experte-comptable', 'Chartered accountant', 'خبير محاسب', 'خبيرة محاسبة'), skills: ids('finance-accounting', 'chartered-accountancy tax-compliance') },
      { ...l3('en consolidation IFRS', 'in IFRS consolidation', 'في توطيد الحسابات وفق المعايير الدولية'), skills: ids('finance-accounting', 'ifrs consolidation financial-reporting') },
      { ...l3('en comptabilité fournisseurs et paie', 'in payables and payroll', 'في محاسبة الموردين والأجور'), skills: ids('finance-accounting', 'accounts-payable payroll bookkeeping') },
    ],
    core: ids('finance-accounting', 'accounting financial-statements'),
    extra: ids('finance-accounting', 'ifrs french-gaap-pcg moroccan-gaap-cgnc bookkeeping bank-reconciliation accounting-software erp-finance tax-compliance vat internal-control budgeting excel-finance payroll social-declarations'),
    isco: ['241'], years: [2, 28], degreeBased: true, school: 'business',
    degree: l3('Diplôme de l’ENCG, option finance et comptabilité', 'Business school degree in accounting and finance', 'دبلوم المدرسة الوطنية للتجارة والتسيير، تخصص المالية والمحاسبة'),
    advancedDegree: l3("Diplôme d'expertise comptable", 'Chartered accountancy qualification', 'دبلوم الخبرة المحاسبية'),
    orgs: { fr: ['Cabinet Fiduciaire {city}', 'Groupe Agro-Nord', 'Audit & Conseil Associés', 'Banque Populaire de {city}'], en: ['{city} Audit Partners', 'Northgate Foods', 'Sterling Accounting'] },
    achievements: [
      senior(6, "J'ai clôturé les comptes consolidés d'un groupe de 14 filiales.", 'I closed the consolidated accounts of a 14-subsidiary group.', 'أنجزت إقفال الحسابات الموطدة لمجموعة تضم 14 شركة تابعة.'),
      l3("J'ai mis en place un ERP financier dans une PME industrielle.", 'I rolled out a finance ERP in a manufacturing SME.', 'أرسيت نظاماً مالياً مندمجاً في مقاولة صناعية متوسطة.'),
      senior(6, "Je tiens la comptabilité d'une trentaine de commerces et d'associations.", 'I keep the books of some thirty shops and associations.', 'أمسك محاسبة حوالي ثلاثين متجراً وجمعية.'),
    ],
  },
  {
    key: 'finance-analyst', weights: { diaspora: 4, returnee: 2 }, women: 0.4,
    title: t('Analyste financier', 'Analyste financière', 'Financial analyst', 'محلل مالي', 'محللة مالية'),
    field: l3('dans la finance', 'in finance', 'في القطاع المالي'),
    specialities: [
      { ...l3('en finance participative', 'in Islamic finance', 'في التمويل التشاركي'), skills: ids('finance-accounting', 'islamic-finance banking') },
      { ...l3('en analyse de crédit', 'in credit analysis', 'في تحليل القروض'), skills: ids('finance-accounting', 'credit-analysis risk-management') },
      { ...l3("en gestion d'actifs", 'in asset management', 'في تدبير الأصول'), skills: ids('finance-accounting', 'asset-management capital-markets') },
      { ...l3('en conformité et lutte anti-blanchiment', 'in compliance and anti-money laundering', 'في الامتثال ومكافحة غسل الأموال'), skills: ids('finance-accounting', 'compliance-aml') },
      { ...l3('en capital-investissement', 'in private equity', 'في الرأسمال الاستثماري'), skills: ids('finance-accounting', 'business-valuation mergers-acquisitions') },
    ],
    core: ids('finance-accounting', 'corporate-finance financial-analysis'),
    extra: [...ids('finance-accounting', 'financial-modelling business-valuation investment-appraisal mergers-acquisitions risk-management treasury-management capital-markets banking foreign-exchange'), ...ids('entrepreneurship-investment', 'venture-capital impact-investing diaspora-investment investment-due-diligence')],
    isco: ['241'], years: [2, 24], degreeBased: true, school: 'business',
    degree: l3('Diplôme du Groupe ISCAE, option finance', 'Business school degree in finance', 'دبلوم المعهد العالي للتجارة وإدارة المقاولات، تخصص المالية'),
    advancedDegree: l3('Master en finance de marché', 'MSc in Finance', 'ماستر في المالية'),
    orgs: { fr: ['Banque de {city}', 'Atlas Capital Partners', 'Crédit Méditerranée', 'Fonds Sud Investissement'], en: ['{city} Investment Bank', 'Atlas Capital Partners', 'Meridian Asset Management'] },
    achievements: [
      l3("J'ai structuré le financement de projets d'énergie solaire.", 'I structured the financing of solar energy projects.', 'قمت بهيكلة تمويل مشاريع للطاقة الشمسية.'),
      senior(6, "J'ai lancé une gamme de produits de finance participative.", 'I launched a range of Islamic finance products.', 'أطلقت مجموعة من منتجات التمويل التشاركي.'),
      senior(6, "J'ai analysé plus de 150 dossiers d'investissement.", 'I have analysed over 150 investment cases.', 'حللت أكثر من 150 ملفاً استثمارياً.'),
    ],
  },
  {
    key: 'lawyer', weights: { diaspora: 4, returnee: 2 }, women: 0.5,
    title: t('Avocat', 'Avocate', 'Lawyer', 'محامٍ', 'محامية'),
    field: l3('dans le droit', 'in law', 'في مجال القانون'),
    specialities: [
      { ...l3('en droit des affaires', 'in business law', 'في قانون الأعمال'), skills: ids('law', 'business-law contract-drafting company-law') },
      { ...l3('en droit des étrangers', 'in immigration law', 'في قانون الأجانب'), skills: ids('law', 'migration-law asylum-law eu-migration-law migrant-legal-aid') },
      { ...l3('en droit du travail', 'in employment law', 'في قانون الشغل'), skills: ids('law', 'labour-law labour-disputes') },
      { ...l3('en droit de la famille et successions', 'in family and inheritance law', 'في قانون الأسرة والإرث'), skills: ids('law', 'family-law inheritance-law private-international-law') },
    ],
    core: ids('law', 'legal-advice litigation'),
    extra: ids('law', 'contract-drafting legal-research legal-writing arbitration-mediation data-protection tax-law real-estate-law nationality-civil-status-law international-law legal-compliance'),
    isco: ['261'], years: [2, 28], degreeBased: true, school: 'law',
    degree: l3('Licence en droit privé', 'Bachelor of Laws', 'الإجازة في القانون الخاص'),
    advancedDegree: l3('Master en droit des affaires', 'LLM in Business Law', 'ماستر في قانون الأعمال'),
    orgs: { fr: ['Cabinet {city} Avocats', 'Barreau de {city}', 'Cabinet Benali & Associés'], en: ['{city} Law Chambers', 'Benali & Partners LLP'] },
    achievements: [
      senior(8, "J'ai accompagné une trentaine d'investisseurs de la diaspora dans la création de leur société.", 'I have helped some thirty diaspora investors set up their companies.', 'واكبت حوالي ثلاثين مستثمراً من مغاربة العالم في تأسيس شركاتهم.'),
      l3("Je tiens une permanence juridique gratuite pour les travailleurs migrants.", 'I run a free legal clinic for migrant workers.', 'أؤمن مداومة قانونية مجانية لفائدة العمال المهاجرين.'),
      l3("J'ai plaidé devant les juridictions commerciales et administratives.", 'I have pleaded before commercial and administrative courts.', 'ترافعت أمام المحاكم التجارية والإدارية.'),
    ],
  },
  {
    key: 'translator', weights: { diaspora: 2, returnee: 1, migrant: 1 }, origins: ['SY', 'YE', 'SN', 'CM'], women: 0.6, needs: { fr: 'C1', ar: 'C1' },
    title: t('Traducteur-interprète', 'Traductrice-interprète', 'Translator and interpreter', 'مترجم', 'مترجمة'),
    field: l3('dans la traduction', 'in translation', 'في الترجمة'),
    specialities: [
      { ...l3('en traduction juridique assermentée', 'in sworn legal translation', 'في الترجمة القانونية المحلفة'), skills: ids('languages-translation', 'sworn-translation legal-translation') },
      { ...l3('en interprétation de conférence', 'in conference interpreting', 'في الترجمة الفورية للمؤتمرات'), skills: ids('languages-translation', 'conference-interpreting remote-interpreting') },
      { ...l3('en traduction médicale', 'in medical translation', 'في الترجمة الطبية'), skills: ids('languages-translation', 'medical-translation terminology') },
      { ...l3('en localisation de logiciels', 'in software localisation', 'في توطين البرمجيات'), skills: ids('languages-translation', 'localisation cat-tools') },
    ],
    core: ids('languages-translation', 'translation interpreting translation-fr-ar'),
    extra: ids('languages-translation', 'translation-en-ar translation-en-fr translation-es cat-tools proofreading subtitling consecutive-interpreting community-interpreting technical-translation machine-translation-post-editing terminology'),
    isco: ['264'], years: [2, 25], degreeBased: true, school: 'languages',
    degree: l3('Licence en langues et traduction', 'BA in Languages and Translation', 'الإجازة في اللغات والترجمة'),
    advancedDegree: l3('Master en traduction et interprétation', 'MA in Translation and Interpreting', 'ماستر في الترجمة التحريرية والفورية'),
    orgs: { fr: ['Agence Trad’Atlas', 'Tribunal de première instance de {city}', 'Interprètes associés'], en: ['LinguaBridge', '{city} Language Services', 'Freelance'] },
    achievements: [
      senior(8, "J'ai interprété lors de sommets ministériels euro-africains.", 'I interpreted at Euro-African ministerial meetings.', 'قمت بالترجمة الفورية في لقاءات وزارية أورو-إفريقية.'),
      senior(8, "J'ai traduit plus de 3 000 actes d'état civil et jugements.", 'I have translated over 3,000 civil-status records and judgments.', 'ترجمت أكثر من 3000 وثيقة للحالة المدنية وحكم قضائي.'),
    ],
  },
  {
    key: 'agronomist', weights: { diaspora: 3, returnee: 3 }, women: 0.35,
    title: t('Ingénieur agronome', 'Ingénieure agronome', 'Agronomist', 'مهندس فلاحي', 'مهندسة فلاحية'),
    field: l3("dans l'agriculture", 'in agriculture', 'في القطاع الفلاحي'),
    specialities: [
      { ...l3('en irrigation localisée', 'in drip irrigation', 'في السقي الموضعي'), skills: ids('agriculture-agrifood', 'drip-irrigation irrigation fertigation') },
      { ...l3('en arboriculture fruitière', 'in orchards', 'في الأشجار المثمرة'), skills: ids('agriculture-agrifood', 'fruit-growing olive-growing citrus-growing') },
      { ...l3('en agriculture biologique', 'in organic farming', 'في الفلاحة البيولوجية'), skills: ids('agriculture-agrifood', 'organic-farming integrated-pest-management') },
      { ...l3("en agriculture de précision", 'in precision agriculture', 'في الفلاحة الدقيقة'), skills: ids('agriculture-agrifood', 'precision-agriculture') },
      { ...l3('en filière argan et plantes aromatiques', 'in argan and aromatic plants', 'في سلسلة الأركان والنباتات العطرية'), skills: ids('agriculture-agrifood', 'argan-oil-production medicinal-aromatic-plants agricultural-cooperative-management') },
    ],
    core: ids('agriculture-agrifood', 'agronomy soil-science'),
    extra: ids('agriculture-agrifood', 'plant-protection integrated-pest-management agricultural-extension farm-management agricultural-cooperative-management export-certification greenhouse-cultivation hydroponics irrigation crop-production'),
    isco: ['213'], years: [3, 28], degreeBased: true, school: 'agriculture',
    degree: l3("Diplôme d'ingénieur agronome", 'Agricultural engineering degree', 'دبلوم مهندس فلاحي'),
    advancedDegree: l3('Master en gestion des ressources en eau', 'MSc in Water Resources Management', 'ماستر في تدبير الموارد المائية'),
    orgs: { fr: ['MA:Office régional de mise en valeur agricole', 'Domaine Agricole {city}', 'MA:Coopérative Souss Primeurs', 'Institut technique agricole'], en: ['{city} Agricultural Research Station', 'GreenValley Farms', 'AgriTech Solutions'] },
    achievements: [
      senior(6, "J'ai converti 400 hectares au goutte-à-goutte.", 'I converted 400 hectares to drip irrigation.', 'حولت 400 هكتار إلى السقي بالتنقيط.'),
      l3("J'accompagne des coopératives féminines dans la certification bio.", "I support women's cooperatives through organic certification.", 'أواكب تعاونيات نسائية في الحصول على الشهادة البيولوجية.'),
      senior(4, "J'ai déployé des capteurs d'humidité du sol chez 60 exploitants.", 'I rolled out soil-moisture sensors on 60 farms.', 'ركبت أجهزة استشعار رطوبة التربة لدى 60 فلاحاً.'),
    ],
  },
  {
    key: 'food-quality', weights: { diaspora: 2, returnee: 2 }, women: 0.5,
    title: t('Ingénieur qualité agroalimentaire', 'Ingénieure qualité agroalimentaire', 'Food safety and quality engineer', 'مهندس جودة في الصناعات الغذائية', 'مهندسة جودة في الصناعات الغذائية'),
    field: l3("dans l'agroalimentaire", 'in the food industry', 'في الصناعة الغذائية'),
    specialities: [
      { ...l3("à l'export de fruits et légumes", 'in fresh produce export', 'في تصدير الخضر والفواكه'), skills: ids('agriculture-agrifood', 'export-certification fruit-packing') },
      { ...l3('en industrie laitière', 'in dairy processing', 'في صناعة الحليب ومشتقاته'), skills: ids('agriculture-agrifood', 'dairy-processing') },
      { ...l3("dans l'huile d'olive", 'in olive oil', 'في زيت الزيتون'), skills: ids('agriculture-agrifood', 'olive-oil-production') },
    ],
    core: ids('agriculture-agrifood', 'food-quality-safety haccp'),
    extra: [...ids('agriculture-agrifood', 'food-lab-analysis export-certification food-processing cold-chain sorting-grading'), ...ids('transversal', 'qhse quality-management')],
    isco: ['214'], years: [2, 22], degreeBased: true, school: 'agriculture',
    degree: l3("Diplôme d'ingénieur en industries agroalimentaires", 'Food engineering degree', 'دبلوم مهندس في الصناعات الغذائية'),
    orgs: { fr: ['MA:Conserverie du Souss', 'Laiterie Centrale de {city}', 'Huileries Atlas'], en: ['Sunripe Produce', '{city} Dairies', 'Atlas Olive Oil'] },
    achievements: [
      l3("J'ai obtenu la certification IFS pour une station de conditionnement.", 'I took a packing station to IFS certification.', 'حصلت على شهادة IFS لمحطة للتلفيف.'),
      l3("J'ai réduit les non-conformités clients de moitié.", 'I halved customer non-conformities.', 'خفضت حالات عدم المطابقة لدى الزبناء إلى النصف.'),
    ],
  },
  {
    key: 'supply-chain', weights: { diaspora: 3, returnee: 2, migrant: 0.3 }, women: 0.35,
    title: t('Responsable supply chain', 'Responsable supply chain', 'Supply chain manager', 'مسؤول سلسلة الإمداد', 'مسؤولة سلسلة الإمداد'),
    field: l3('dans la logistique', 'in logistics', 'في قطاع اللوجستيك'),
    specialities: [
      { ...l3('en logistique portuaire', 'in port logistics', 'في اللوجستيك المينائي'), skills: ids('logistics-transport', 'port-operations sea-freight') },
      { ...l3('en chaîne du froid', 'in cold chain', 'في سلسلة التبريد'), skills: ids('logistics-transport', 'cold-chain') },
      { ...l3('en logistique e-commerce', 'in e-commerce logistics', 'في لوجستيك التجارة الإلكترونية'), skills: ids('logistics-transport', 'ecommerce-logistics wms') },
      { ...l3('en achats industriels', 'in industrial procurement', 'في المشتريات الصناعية'), skills: ids('logistics-transport', 'procurement supplier-management') },
    ],
    core: ids('logistics-transport', 'supply-chain-management logistics-planning'),
    extra: ids('logistics-transport', 'procurement supplier-management erp-logistics warehousing inventory-management lean-logistics multimodal-transport customs-trade customs-clearance incoterms freight-forwarding transport-operations'),
    isco: ['132'], years: [3, 24], degreeBased: true, school: 'business',
    degree: l3('Diplôme de l’ENCG, option logistique', 'Business school degree in logistics', 'دبلوم المدرسة الوطنية للتجارة والتسيير، تخصص اللوجستيك'),
    advancedDegree: l3('Master en management de la supply chain', 'MSc in Supply Chain Management', 'ماستر في تدبير سلسلة الإمداد'),
    orgs: { fr: ['Transit Méditerranée', 'Logistique {city}', 'Distrifroid', 'Groupe Textile du Nord'], en: ['{city} Logistics', 'Coldline Distribution', 'Harbourlink'] },
    achievements: [
      senior(6, "J'ai réduit de 25 % les délais de livraison d'un réseau de 40 magasins.", 'I cut delivery times across a 40-store network by 25%.', 'قلصت آجال التسليم في شبكة من 40 متجراً بنسبة 25 في المائة.'),
      senior(8, "J'ai ouvert une plateforme logistique de 20 000 m².", 'I opened a 20,000 m² distribution centre.', 'أطلقت منصة لوجستية بمساحة 20 ألف متر مربع.'),
    ],
  },
  {
    key: 'hotel-manager', weights: { diaspora: 2, returnee: 3 }, women: 0.4,
    title: t("Directeur d'hôtel", "Directrice d'hôtel", 'Hotel manager', 'مدير فندق', 'مديرة فندق'),
    earlyTitle: t('Chef de réception', 'Cheffe de réception', 'Front office manager', 'رئيس الاستقبال', 'رئيسة الاستقبال'),
    field: l3("dans l'hôtellerie et le tourisme", 'in hospitality and tourism', 'في الفندقة والسياحة'),
    specialities: [
      { ...l3("en riads et maisons d'hôtes", 'in riads and guesthouses', 'في الرياضات ودور الضيافة'), skills: ids('tourism-hospitality', 'guesthouse-management') },
      { ...l3('en hôtellerie balnéaire', 'in beach resorts', 'في الفنادق الشاطئية'), skills: ids('tourism-hospitality', 'leisure-animation') },
      { ...l3('en revenue management', 'in revenue management', 'في تدبير المداخيل'), skills: ids('tourism-hospitality', 'revenue-management online-distribution') },
      { ...l3('en écotourisme', 'in ecotourism', 'في السياحة البيئية'), skills: ids('tourism-hospitality', 'rural-tourism mountain-guiding') },
    ],
    core: ids('tourism-hospitality', 'hotel-management front-office'),
    extra: ids('tourism-hospitality', 'revenue-management online-distribution food-beverage-management housekeeping guest-service event-planning tourism-destination-marketing reservations concierge'),
    isco: ['141'], years: [3, 25], degreeBased: true, school: 'tourism',
    degree: l3('Diplôme en management hôtelier', 'Degree in Hospitality Management', 'دبلوم في التدبير الفندقي'),
    orgs: { fr: ['MA:Riad Dar Zitoun', 'Hôtel Atlas {city}', 'Resort Océan Bleu', 'MA:Kasbah des Roses'], en: ['{city} Grand Hotel', 'Blue Ocean Resort', 'Harbour View Hotel'] },
    achievements: [
      senior(5, "J'ai porté le taux d'occupation de 55 % à 82 % en deux saisons.", 'I raised occupancy from 55% to 82% in two seasons.', 'رفعت نسبة الملء من 55 إلى 82 في المائة خلال موسمين.'),
      senior(8, "J'ai ouvert un écolodge de 18 chambres dans l'Atlas.", 'I opened an 18-room ecolodge in the Atlas.', 'افتتحت نزلاً بيئياً من 18 غرفة في الأطلس.'),
      senior(10, "J'ai formé une équipe de 40 personnes aux standards internationaux.", 'I trained a 40-person team to international standards.', 'كونت فريقاً من 40 شخصاً وفق المعايير الدولية.'),
    ],
  },
  {
    key: 'chef', weights: { diaspora: 2, returnee: 2 }, women: 0.35,
    title: t('Chef cuisinier', 'Cheffe cuisinière', 'Chef', 'رئيس طهاة', 'رئيسة طهاة'),
    earlyTitle: t('Chef de partie', 'Cheffe de partie', 'Chef de partie', 'طباخ رئيس قسم', 'طباخة رئيسة قسم'),
    field: l3('en restauration', 'in restaurants', 'في المطاعم'),
    specialities: [
      { ...l3('en cuisine marocaine contemporaine', 'in contemporary Moroccan cuisine', 'في المطبخ المغربي المعاصر'), skills: ids('tourism-hospitality', 'moroccan-cuisine moroccan-pastry') },
      { ...l3('en gastronomie méditerranéenne', 'in Mediterranean cuisine', 'في المطبخ المتوسطي'), skills: ids('tourism-hospitality', 'international-cuisine') },
      { ...l3('en traiteur et banquets', 'in catering and banquets', 'في خدمات الممون والحفلات'), skills: ids('tourism-hospitality', 'banqueting collective-catering') },
    ],
    core: ids('tourism-hospitality', 'cooking kitchen-management kitchen-hygiene'),
    extra: ids('tourism-hospitality', 'moroccan-cuisine international-cuisine pastry menu-design food-cost-control banqueting food-beverage-management'),
    isco: ['343', '512'], years: [4, 28], degreeBased: true, school: 'tourism',
    degree: l3('Diplôme de technicien spécialisé en cuisine', 'Culinary arts diploma', 'دبلوم تقني متخصص في الطبخ'),
    orgs: { fr: ['Restaurant Le Safran', 'Hôtel Atlas {city}', 'Maison Traiteur {city}'], en: ['Saffron Kitchen', '{city} Grand Hotel', 'Cedar Catering'] },
    achievements: [
      senior(10, "J'ai dirigé une brigade de 12 cuisiniers.", 'I ran a brigade of 12 cooks.', 'أدرت فريقاً من 12 طباخاً.'),
      l3("J'ai créé une carte autour des produits du terroir marocain.", 'I created a menu around Moroccan local produce.', 'ابتكرت قائمة طعام مبنية على المنتجات المحلية المغربية.'),
    ],
  },
  {
    key: 'entrepreneur', weights: { diaspora: 4, returnee: 5 }, women: 0.35,
    title: t('Entrepreneur', 'Entrepreneure', 'Entrepreneur', 'رائد أعمال', 'رائدة أعمال'),
    earlyTitle: t('Chef de projet', 'Cheffe de projet', 'Project manager', 'رئيس مشروع', 'رئيسة مشروع'),
    field: l3("dans le développement d'entreprises", 'in business development', 'في تطوير المقاولات'),
    specialities: [
      { ...l3('dans les startups technologiques', 'in tech start-ups', 'في المقاولات الناشئة التكنولوجية'), skills: ids('entrepreneurship-investment', 'startup-ecosystem fundraising pitching') },
      { ...l3("dans l'immobilier", 'in real estate', 'في العقار'), skills: ids('entrepreneurship-investment', 'real-estate-investment') },
      { ...l3("dans l'agro-industrie", 'in agribusiness', 'في الصناعات الفلاحية'), skills: ids('entrepreneurship-investment', 'agri-investment export-certification') },
      { ...l3("dans l'import-export", 'in import-export', 'في الاستيراد والتصدير'), skills: ids('entrepreneurship-investment', 'international-trade import-sourcing') },
      { ...l3("dans l'investissement à impact", 'in impact investing', 'في الاستثمار ذي الأثر'), skills: ids('entrepreneurship-investment', 'impact-investing social-entrepreneurship') },
    ],
    core: ids('entrepreneurship-investment', 'entrepreneurship business-creation'),
    extra: ids('entrepreneurship-investment', 'business-plan fundraising diaspora-investment business-angels venture-capital startup-mentoring incubation exchange-regulations diaspora-networking business-development partnerships small-business-management investment-due-diligence'),
    isco: ['112', '122'], years: [4, 28], degreeBased: true, school: 'business',
    degree: l3('Master en management', 'Master’s in Management', 'ماستر في التدبير'),
    advancedDegree: l3('Executive MBA', 'Executive MBA', 'ماجستير إدارة الأعمال التنفيذي'),
    orgs: { fr: ['Atlas Ventures', 'Dar Invest', 'Maghreb Trade Solutions', 'Incubateur {city} Tech'], en: ['Atlas Ventures', 'Bridge Capital', '{city} Startup Hub', 'Maghreb Trade Solutions'] },
    achievements: [
      senior(8, "J'ai fondé et revendu une startup de logistique urbaine.", 'I founded and sold an urban logistics start-up.', 'أسست مقاولة ناشئة في اللوجستيك الحضري ثم بعتها.'),
      senior(12, "J'ai investi dans une dizaine d'entreprises au Maroc et au Sénégal.", 'I have invested in about ten companies in Morocco and Senegal.', 'استثمرت في حوالي عشر مقاولات في المغرب والسنغال.'),
      senior(8, "J'anime un réseau d'investisseurs de la diaspora.", 'I run a network of diaspora investors.', 'أنشط شبكة من المستثمرين من مغاربة العالم.'),
      senior(8, "J'ai créé une unité de valorisation de produits du terroir employant 25 personnes.", 'I set up a local-produce processing unit employing 25 people.', 'أنشأت وحدة لتثمين المنتجات المحلية تشغل 25 شخصاً.'),
    ],
  },
  {
    key: 'development-consultant', weights: { diaspora: 3, returnee: 2 }, women: 0.5,
    title: t('Consultant en coopération internationale', 'Consultante en coopération internationale', 'International development consultant', 'مستشار في التعاون الدولي', 'مستشارة في التعاون الدولي'),
    field: l3('dans la coopération internationale', 'in international development', 'في التعاون الدولي'),
    specialities: [
      { ...l3('en gouvernance des migrations', 'in migration governance', 'في حكامة الهجرة'), skills: ids('public-administration', 'migration-governance migrant-support-services') },
      { ...l3('en suivi-évaluation de programmes', 'in programme monitoring and evaluation', 'في تتبع وتقييم البرامج'), skills: ids('public-administration', 'policy-evaluation results-based-management') },
      { ...l3('en décentralisation et développement territorial', 'in decentralisation and local development', 'في اللامركزية والتنمية الترابية'), skills: ids('public-administration', 'territorial-development local-government participatory-democracy') },
      { ...l3('en administration électronique', 'in e-government', 'في الإدارة الإلكترونية'), skills: ids('public-administration', 'e-government procedure-simplification') },
    ],
    core: ids('public-administration', 'international-cooperation public-policy'),
    extra: [...ids('public-administration', 'results-based-management policy-evaluation public-investment-projects grants-management strategic-planning-public inter-institution-coordination public-statistics'), ...ids('transversal', 'project-management stakeholder-management facilitation training-delivery written-communication')],
    isco: ['242'], years: [4, 28], degreeBased: true, school: 'law',
    degree: l3('Master en sciences politiques', 'MA in Political Science', 'ماستر في العلوم السياسية'),
    advancedDegree: l3('Master en études du développement', 'MA in Development Studies', 'ماستر في دراسات التنمية'),
    orgs: { fr: ['Agence de coopération internationale', 'Programme des Nations unies pour le développement', 'Cabinet Développement & Territoires'], en: ['International Development Agency', 'Global Policy Partners', 'Development Research Associates'] },
    achievements: [
      senior(12, "J'ai évalué une vingtaine de programmes financés par l'Union européenne.", 'I have evaluated some twenty EU-funded programmes.', 'قيمت حوالي عشرين برنامجاً ممولاً من الاتحاد الأوروبي.'),
      senior(10, "J'ai accompagné trois régions marocaines dans leur plan de développement.", 'I supported three Moroccan regions with their development plans.', 'واكبت ثلاث جهات مغربية في إعداد برامج التنمية.'),
      l3("J'ai conçu un dispositif d'accueil des migrants avec des communes.", 'I designed a migrant reception scheme with municipalities.', 'صممت آلية لاستقبال المهاجرين بشراكة مع جماعات ترابية.'),
    ],
  },
  {
    key: 'hr-manager', weights: { diaspora: 2, returnee: 2 }, women: 0.6,
    title: t('Responsable des ressources humaines', 'Responsable des ressources humaines', 'HR manager', 'مسؤول الموارد البشرية', 'مسؤولة الموارد البشرية'),
    field: l3('dans les ressources humaines', 'in human resources', 'في الموارد البشرية'),
    specialities: [
      { ...l3('en recrutement international', 'in international recruitment', 'في التوظيف الدولي'), skills: ids('transversal', 'recruitment multicultural-teams') },
      { ...l3('en formation et développement des compétences', 'in learning and development', 'في التكوين وتطوير الكفاءات'), skills: ids('transversal', 'learning-development training-design skills-assessment') },
      { ...l3('en conduite du changement', 'in change management', 'في قيادة التغيير'), skills: ids('transversal', 'change-management coaching') },
    ],
    core: ids('transversal', 'hr-management recruitment'),
    extra: ids('transversal', 'learning-development training-design career-guidance change-management coaching leadership skills-assessment conflict-resolution negotiation intercultural-communication'),
    isco: ['121', '242'], years: [3, 26], degreeBased: true, school: 'business',
    degree: l3('Master en gestion des ressources humaines', 'MSc in Human Resource Management', 'ماستر في تدبير الموارد البشرية'),
    orgs: { fr: ['Groupe Industriel {city}', 'Cabinet Talents & Carrières', 'Centre d’appels Atlas'], en: ['{city} Manufacturing Group', 'TalentPath Consulting'] },
    achievements: [
      senior(10, "J'ai recruté plus de 500 personnes pour l'ouverture d'un site industriel.", 'I recruited over 500 people to open a new plant.', 'وظفت أكثر من 500 شخص لافتتاح موقع صناعي.'),
      senior(8, "J'ai mis en place une académie interne de formation.", 'I set up an in-house training academy.', 'أنشأت أكاديمية داخلية للتكوين.'),
    ],
  },
  {
    key: 'digital-marketing', weights: { diaspora: 2, returnee: 1 }, women: 0.55,
    title: t('Responsable marketing digital', 'Responsable marketing digital', 'Digital marketing manager', 'مسؤول التسويق الرقمي', 'مسؤولة التسويق الرقمي'),
    field: l3('dans le marketing', 'in marketing', 'في التسويق'),
    specialities: [
      { ...l3('en e-commerce', 'in e-commerce', 'في التجارة الإلكترونية'), skills: ids('entrepreneurship-investment', 'e-commerce') },
      { ...l3('en marketing export pour les PME', 'in export marketing for SMEs', 'في التسويق الدولي للمقاولات الصغرى والمتوسطة'), skills: ids('entrepreneurship-investment', 'international-market-entry trade-missions') },
    ],
    core: ids('entrepreneurship-investment', 'digital-marketing-smb business-development'),
    extra: ids('entrepreneurship-investment', 'e-commerce market-research b2b-sales international-market-entry partnerships business-strategy pricing-costing'),
    isco: ['243'], years: [2, 18], degreeBased: true, school: 'business',
    degree: l3('Master en marketing et communication', 'MSc in Marketing', 'ماستر في التسويق والتواصل'),
    orgs: { fr: ['Agence Pixel {city}', 'Maison de la Céramique', 'Boutique en ligne Argania'], en: ['Pixel Agency', 'Argania Online', '{city} Brands'] },
    achievements: [
      senior(4, "J'ai multiplié par quatre les ventes en ligne d'une coopérative d'argan.", 'I quadrupled the online sales of an argan cooperative.', 'ضاعفت المبيعات الإلكترونية لتعاونية للأركان أربع مرات.'),
      senior(6, "J'ai lancé une marque d'artisanat marocain sur trois marchés européens.", 'I launched a Moroccan crafts brand in three European markets.', 'أطلقت علامة للصناعة التقليدية المغربية في ثلاث أسواق أوروبية.'),
    ],
  },
];

/** Trades learnt at work or informally: most migrants, a few returnees. */
const TRADES: Trade[] = [
  {
    key: 'craft-designer', weights: { diaspora: 1, returnee: 2, migrant: 0.5 }, apprenticed: true, women: 0.55,
    title: t('Artisan designer', 'Artisane designer', 'Craft designer', 'مصمم في الصناعة التقليدية', 'مصممة في الصناعة التقليدية'),
    field: l3("dans l'artisanat", 'in crafts', 'في الصناعة التقليدية'),
    specialities: [
      { ...l3('en céramique de Safi et de Fès', 'in Safi and Fez ceramics', 'في خزف آسفي وفاس'), skills: ids('crafts-textiles', 'pottery-ceramics ceramic-painting') },
      { ...l3('en maroquinerie', 'in leather goods', 'في الصناعة الجلدية'), skills: ids('crafts-textiles', 'leatherwork leather-goods babouche-making') },
      { ...l3('en tissage de tapis', 'in carpet weaving', 'في نسج الزرابي'), skills: ids('crafts-textiles', 'carpet-weaving hand-loom-weaving') },
      { ...l3('en marqueterie de thuya', 'in thuya wood marquetry', 'في ترصيع خشب العرعار'), skills: ids('crafts-textiles', 'thuya-marquetry wood-carving') },
    ],
    core: ids('crafts-textiles', 'traditional-crafts craft-product-sales'),
    extra: [...ids('crafts-textiles', 'craft-apprenticeship architectural-crafts embroidery copper-brass lantern-making basketry'), ...ids('entrepreneurship-investment', 'e-commerce cooperative-management international-market-entry')],
    isco: ['731'], years: [3, 25], degreeBased: false, school: 'vocational',
    degree: l3('Diplôme de technicien en arts traditionnels', 'Diploma in traditional arts and crafts', 'دبلوم تقني في الفنون التقليدية'),
    orgs: { fr: ['Atelier {city} Créations', 'Coopérative des artisans de {city}', 'Maison de l’artisan'], en: ['{city} Craft Studio', '{city} Artisans Cooperative'] },
    achievements: [
      l3("J'ai créé une collection vendue dans des concept stores européens.", 'I designed a collection sold in European concept stores.', 'صممت مجموعة تباع في متاجر أوروبية متخصصة.'),
      senior(5, "Je travaille avec une coopérative de douze artisanes.", 'I work with a cooperative of twelve women artisans.', 'أشتغل مع تعاونية تضم اثنتي عشرة صانعة تقليدية.'),
    ],
  },
  {
    key: 'tiler', weights: { migrant: 6, returnee: 0.3 }, apprenticed: true, women: 0.03,
    title: t('Carreleur', 'Carreleuse', 'Tiler', 'مبلّط', 'مبلّطة'),
    earlyTitle: t('Aide-carreleur', 'Aide-carreleuse', "Tiler's mate", 'مساعد مبلّط', 'مساعدة مبلّطة'),
    field: l3('dans le bâtiment', 'in construction', 'في قطاع البناء'),
    specialities: [
      { ...l3('sur chantiers résidentiels', 'on residential sites', 'في أوراش السكن') },
      { ...l3("en rénovation d'appartements", 'in flat renovations', 'في إصلاح الشقق'), skills: ids('construction', 'renovation') },
      { ...l3('sur hôtels et villas', 'on hotels and villas', 'في الفنادق والفيلات'), skills: ids('construction', 'marble-stone-laying') },
      { ...l3('en zellige et faïence', 'in zellige and wall tiling', 'في الزليج والزليج الحائطي'), skills: ids('construction', 'zellige wall-tiling') },
    ],
    core: ids('construction', 'tiling floor-tiling'),
    extra: ids('construction', 'wall-tiling screed-laying marble-stone-laying zellige floor-wall-coverings blueprint-reading materials-estimating masonry renovation ppe-use'),
    isco: ['712'], years: [2, 20], degreeBased: false, school: 'vocational',
    degree: l3("Certificat d'aptitude professionnelle (CAP) en carrelage", 'Trade certificate in tiling', 'شهادة الكفاءة المهنية في التبليط'),
    orgs: { fr: ['Travail à la tâche pour des entreprises du bâtiment', 'Entreprise Bâti-Plus {city}', 'Chantiers de {city}', 'Atelier familial'], en: ['Day work for building contractors', 'BuildPlus {city}', '{city} building sites', 'Family business'] },
    achievements: [
      senior(5, "J'ai posé les sols de plus de cinquante appartements.", 'I have tiled the floors of over fifty flats.', 'بلطت أرضيات أكثر من خمسين شقة.'),
      l3("Je sais lire un plan et calculer les quantités de carreaux et de colle.", 'I can read a plan and work out quantities of tiles and adhesive.', 'أعرف قراءة التصميم وحساب كميات الزليج واللصاق.'),
      senior(6, "J'ai formé deux apprentis sur les chantiers.", 'I trained two apprentices on site.', 'كونت متدربين اثنين في الأوراش.'),
    ],
  },
  {
    key: 'mason', weights: { migrant: 6, returnee: 0.5 }, apprenticed: true, women: 0.02,
    title: t('Maçon', 'Maçonne', 'Mason', 'بنّاء', 'بنّاءة'),
    earlyTitle: t('Manœuvre du bâtiment', 'Manœuvre du bâtiment', 'Construction labourer', 'عامل بناء', 'عاملة بناء'),
    field: l3('dans le bâtiment', 'in construction', 'في قطاع البناء'),
    specialities: [
      { ...l3('en gros œuvre', 'in structural work', 'في الأشغال الكبرى'), skills: ids('construction', 'formwork steel-fixing concrete-pouring') },
      { ...l3("sur chantiers d'immeubles", 'on apartment block sites', 'في أوراش العمارات'), skills: ids('construction', 'scaffolding site-safety') },
      { ...l3('en construction de villas', 'in building houses', 'في بناء الفيلات'), skills: ids('construction', 'house-building cement-rendering') },
    ],
    core: ids('construction', 'masonry bricklaying concrete-work'),
    extra: ids('construction', 'formwork steel-fixing concrete-pouring screed-laying cement-rendering plastering blueprint-reading setting-out scaffolding site-safety ppe-use construction-labour house-building'),
    isco: ['711'], years: [2, 22], degreeBased: false, school: 'vocational',
    degree: l3('CAP maçonnerie', 'Trade certificate in masonry', 'شهادة الكفاءة المهنية في البناء'),
    orgs: { fr: ['Travail à la journée sur des chantiers', 'Entreprise Générale de Bâtiment {city}', 'Chantiers de {city}'], en: ['Day labour on building sites', '{city} General Builders', '{city} building sites'] },
    achievements: [
      senior(6, "J'ai travaillé sur une dizaine d'immeubles de quatre étages.", 'I have worked on about ten four-storey buildings.', 'اشتغلت في حوالي عشر عمارات من أربعة طوابق.'),
      l3("Je monte les coffrages et je ferraille seul.", 'I put up formwork and fix rebar on my own.', 'أركب القوالب وأجهز حديد التسليح بمفردي.'),
    ],
  },
  {
    key: 'painter', weights: { migrant: 4 }, apprenticed: true, women: 0.08,
    title: t('Peintre en bâtiment', 'Peintre en bâtiment', 'Painter and decorator', 'صبّاغ', 'صبّاغة'),
    field: l3('dans le bâtiment', 'in construction', 'في قطاع البناء'),
    specialities: [
      { ...l3('en finitions intérieures', 'in interior finishing', 'في التشطيبات الداخلية'), skills: ids('construction', 'drywall false-ceilings') },
      { ...l3('en ravalement de façades', 'in facade work', 'في تجديد الواجهات'), skills: ids('construction', 'facade-rendering working-at-height') },
      { ...l3('en peinture décorative', 'in decorative painting', 'في الصباغة الزخرفية'), skills: ids('construction', 'decorative-painting') },
    ],
    core: ids('construction', 'painting interior-painting surface-preparation'),
    extra: ids('construction', 'facade-rendering decorative-painting spray-painting plastering drywall false-ceilings scaffolding working-at-height ppe-use'),
    isco: ['713'], years: [2, 20], degreeBased: false, school: 'vocational',
    degree: l3('CAP peinture', 'Trade certificate in painting and decorating', 'شهادة الكفاءة المهنية في الصباغة'),
    orgs: { fr: ['Travail à la tâche chez des particuliers', 'Déco-Peinture {city}', 'Chantiers de {city}'], en: ['Jobs for private clients', '{city} Decorators', '{city} building sites'] },
    achievements: [
      l3("J'ai repeint des écoles et des bureaux en équipe de quatre.", 'I have repainted schools and offices in a team of four.', 'أعدت صباغة مدارس ومكاتب ضمن فريق من أربعة أشخاص.'),
      l3("Je pose aussi les faux plafonds en plaques de plâtre.", 'I also install plasterboard false ceilings.', 'أركب أيضاً الأسقف المستعارة من ألواح الجبس.'),
    ],
  },
  {
    key: 'electrician', weights: { migrant: 4, returnee: 1 }, apprenticed: true, women: 0.05,
    title: t('Électricien du bâtiment', 'Électricienne du bâtiment', 'Electrician', 'كهربائي في البناء', 'كهربائية في البناء'),
    field: l3('dans le bâtiment', 'in construction', 'في قطاع البناء'),
    specialities: [
      { ...l3('en installations résidentielles', 'in residential installations', 'في التركيبات السكنية'), skills: ids('construction', 'lighting-installation') },
      { ...l3('en installations photovoltaïques', 'in solar panel installation', 'في تركيب الألواح الشمسية'), skills: ids('engineering', 'solar-pv-installation') },
      { ...l3('en électricité industrielle', 'in industrial wiring', 'في الكهرباء الصناعية'), skills: ids('construction', 'industrial-electrical-installation') },
    ],
    core: ids('construction', 'electrical-installation residential-wiring distribution-board'),
    extra: [...ids('construction', 'electrical-troubleshooting lighting-installation low-current-systems earthing electrical-safety-clearance blueprint-reading'), ...ids('engineering', 'solar-pv-installation')],
    isco: ['741'], years: [2, 22], degreeBased: false, school: 'vocational',
    degree: l3('Brevet de technicien en électricité', 'Technical certificate in electrical installation', 'شهادة تقني في الكهرباء'),
    orgs: { fr: ['Électricité Générale {city}', 'Dépannages chez les particuliers', 'Solaire Pro {city}'], en: ['{city} Electrical Services', 'Call-outs for private clients', 'SolarPro {city}'] },
    achievements: [
      senior(5, "J'ai câblé des immeubles entiers, du tableau aux prises.", 'I have wired whole buildings, from the board to the sockets.', 'قمت بتمديد الأسلاك لعمارات كاملة من اللوحة إلى المقابس.'),
      l3("J'ai installé des kits solaires sur des toits de maisons.", 'I have installed solar kits on house roofs.', 'ركبت أنظمة شمسية على أسطح المنازل.'),
    ],
  },
  {
    key: 'plumber', weights: { migrant: 3 }, apprenticed: true, women: 0.03,
    title: t('Plombier', 'Plombière', 'Plumber', 'سبّاك', 'سبّاكة'),
    field: l3('dans le bâtiment', 'in construction', 'في قطاع البناء'),
    specialities: [
      { ...l3('en installation sanitaire', 'in bathroom installation', 'في تركيب التجهيزات الصحية'), skills: ids('construction', 'sanitary-installation') },
      { ...l3('en chauffe-eau solaires', 'in solar water heaters', 'في سخانات الماء الشمسية'), skills: ids('construction', 'solar-water-heater-installation water-heater-installation') },
      { ...l3('en dépannage', 'in repairs and call-outs', 'في الإصلاحات المنزلية'), skills: ids('construction', 'leak-repair') },
    ],
    core: ids('construction', 'plumbing water-supply-piping'),
    extra: ids('construction', 'sanitary-installation drainage-pipes water-heater-installation solar-water-heater-installation gas-fitting leak-repair blueprint-reading'),
    isco: ['712'], years: [2, 20], degreeBased: false, school: 'vocational',
    degree: l3('CAP plomberie', 'Trade certificate in plumbing', 'شهادة الكفاءة المهنية في الترصيص'),
    orgs: { fr: ['Plomberie Express {city}', 'Dépannages chez les particuliers', 'Chantiers de {city}'], en: ['{city} Plumbing', 'Call-outs for private clients'] },
    achievements: [
      senior(5, "J'ai installé les sanitaires d'un hôtel de 60 chambres.", 'I fitted the bathrooms of a 60-room hotel.', 'ركبت التجهيزات الصحية لفندق من 60 غرفة.'),
      l3("Je trouve et répare les fuites sans tout casser.", 'I find and fix leaks without breaking everything.', 'أكتشف التسربات وأصلحها دون تكسير كبير.'),
    ],
  },
  {
    key: 'welder', weights: { migrant: 3 }, apprenticed: true, women: 0.03,
    title: t('Soudeur', 'Soudeuse', 'Welder', 'لحّام', 'لحّامة'),
    field: l3("dans l'industrie et le bâtiment", 'in industry and construction', 'في الصناعة والبناء'),
    specialities: [
      { ...l3('en charpente métallique', 'in structural steelwork', 'في الهياكل المعدنية'), skills: ids('construction', 'structural-steel-erection working-at-height') },
      { ...l3('en ferronnerie et menuiserie métallique', 'in ironwork and metal joinery', 'في الحدادة والنجارة المعدنية'), skills: ids('construction', 'metalwork wrought-ironwork aluminium-joinery') },
      { ...l3('en soudure de tuyauterie', 'in pipe welding', 'في لحام الأنابيب'), skills: ids('construction', 'tig-welding') },
    ],
    core: ids('construction', 'welding arc-welding'),
    extra: ids('construction', 'mig-mag-welding tig-welding oxy-fuel-cutting metalwork aluminium-joinery wrought-ironwork structural-steel-erection working-at-height ppe-use blueprint-reading'),
    isco: ['721'], years: [2, 22], degreeBased: false, school: 'vocational',
    degree: l3('CAP soudure', 'Trade certificate in welding', 'شهادة الكفاءة المهنية في اللحام'),
    orgs: { fr: ['Atelier de ferronnerie {city}', 'Charpentes Métalliques du Nord', 'Zone industrielle de {city}'], en: ['{city} Ironworks', 'Northern Steel Structures', '{city} industrial estate'] },
    achievements: [
      l3("J'ai soudé les structures de hangars agricoles et industriels.", 'I have welded the frames of farm and factory sheds.', 'لحمت هياكل مستودعات فلاحية وصناعية.'),
      l3("Je fabrique des portails et des garde-corps sur mesure.", 'I make gates and railings to measure.', 'أصنع أبواباً ودرابزينات حسب الطلب.'),
    ],
  },
  {
    key: 'carpenter', weights: { migrant: 2 }, apprenticed: true, women: 0.05,
    title: t('Menuisier', 'Menuisière', 'Carpenter and joiner', 'نجّار', 'نجّارة'),
    field: l3('dans la menuiserie', 'in joinery', 'في النجارة'),
    specialities: [
      { ...l3('en pose de cuisines et placards', 'in kitchen and wardrobe fitting', 'في تركيب المطابخ والخزائن'), skills: ids('construction', 'kitchen-installation') },
      { ...l3('en ébénisterie', 'in cabinet making', 'في النجارة الرفيعة'), skills: ids('crafts-textiles', 'cabinet-making') },
    ],
    core: ids('construction', 'carpentry-joinery wood-joinery'),
    extra: [...ids('construction', 'kitchen-installation roof-carpentry parquet-laying pvc-joinery'), ...ids('crafts-textiles', 'cabinet-making wood-carving')],
    isco: ['711', '752'], years: [2, 22], degreeBased: false, school: 'vocational',
    degree: l3('CAP menuiserie', 'Trade certificate in joinery', 'شهادة الكفاءة المهنية في النجارة'),
    orgs: { fr: ['Menuiserie {city}', 'Atelier familial', 'Cuisines Modernes'], en: ['{city} Joinery', 'Family workshop', 'Modern Kitchens'] },
    achievements: [
      l3("Je fabrique et pose des portes, des fenêtres et des placards.", 'I make and fit doors, windows and wardrobes.', 'أصنع وأركب الأبواب والنوافذ والخزائن.'),
      senior(6, "J'ai équipé les cuisines de tout un lotissement.", 'I fitted the kitchens of a whole housing estate.', 'جهزت مطابخ تجزئة سكنية بأكملها.'),
    ],
  },
  {
    key: 'tailor', weights: { migrant: 4, returnee: 0.5 }, apprenticed: true, women: 0.6,
    title: t('Tailleur', 'Couturière', 'Tailor', 'خيّاط', 'خيّاطة'),
    field: l3("dans la confection", 'in garment making', 'في صناعة الملابس'),
    specialities: [
      { ...l3('en sur-mesure (wax et bazin)', 'in made-to-measure wax and bazin outfits', 'في الخياطة حسب المقاس (الواكس والبازان)'), origins: ['SN', 'CI', 'ML', 'GN', 'CM', 'CD', 'NG', 'GH', 'BF'], skills: ids('crafts-textiles', 'pattern-making fabric-cutting') },
      { ...l3('en atelier de confection industrielle', 'in garment factories', 'في معامل الخياطة'), skills: ids('crafts-textiles', 'industrial-sewing garment-quality-control') },
      { ...l3('en retouches et réparations', 'in alterations and repairs', 'في إصلاح الملابس وتعديلها'), skills: ids('crafts-textiles', 'alterations ironing-finishing') },
      { ...l3('en broderie et vêtements traditionnels', 'in embroidery and traditional dress', 'في الطرز والملابس التقليدية'), skills: ids('crafts-textiles', 'embroidery caftan-making') },
    ],
    core: ids('crafts-textiles', 'sewing tailoring'),
    extra: ids('crafts-textiles', 'alterations industrial-sewing pattern-making fabric-cutting embroidery machine-embroidery garment-quality-control ironing-finishing fashion-design'),
    isco: ['753'], years: [2, 28], degreeBased: false, school: 'vocational',
    degree: l3('CAP couture', 'Trade certificate in dressmaking', 'شهادة الكفاءة المهنية في الخياطة'),
    orgs: { fr: ['Atelier de couture au marché de {city}', 'Usine de confection {city}', 'Atelier familial'], en: ['Tailoring stall, {city} market', '{city} garment factory', 'Family workshop'] },
    achievements: [
      l3("Je coupe et je couds un costume complet en deux jours.", 'I cut and sew a full suit in two days.', 'أفصل وأخيط بذلة كاملة في يومين.'),
      l3("J'ai travaillé en chaîne sur des commandes pour l'export.", 'I have worked on production lines for export orders.', 'اشتغلت في سلسلة الإنتاج على طلبيات موجهة للتصدير.'),
      l3("J'ai une clientèle fidèle pour les tenues de fête.", 'I have loyal customers for festive outfits.', 'لدي زبناء أوفياء لملابس المناسبات.'),
    ],
  },
  {
    key: 'cook', weights: { migrant: 4 }, origins: ['SN', 'CI', 'ML', 'GN', 'CM', 'CD', 'NG', 'GH', 'BF'], apprenticed: true, women: 0.55,
    title: t('Cuisinier', 'Cuisinière', 'Cook', 'طبّاخ', 'طبّاخة'),
    earlyTitle: t('Commis de cuisine', 'Commis de cuisine', 'Kitchen assistant', 'مساعد طباخ', 'مساعدة طباخ'),
    field: l3('dans la restauration', 'in catering', 'في المطاعم والإطعام'),
    specialities: [
      { ...l3('en restauration africaine', 'in West African restaurants', 'في المطاعم الإفريقية'), skills: ids('tourism-hospitality', 'menu-design') },
      { ...l3('en traiteur et événements', 'in catering for events', 'في خدمات الممون والمناسبات'), skills: ids('tourism-hospitality', 'banqueting') },
      { ...l3('en restauration collective', 'in canteens', 'في الإطعام الجماعي'), skills: ids('tourism-hospitality', 'collective-catering') },
    ],
    core: ids('tourism-hospitality', 'cooking west-african-cuisine kitchen-hygiene'),
    extra: ids('tourism-hospitality', 'international-cuisine moroccan-cuisine kitchen-assistance banqueting collective-catering pastry restaurant-service menu-design'),
    isco: ['512'], years: [2, 22], degreeBased: false, school: 'vocational',
    degree: l3('CAP cuisine', 'Trade certificate in cookery', 'شهادة الكفاءة المهنية في الطبخ'),
    orgs: { fr: ['Restaurant Chez Mama Africa', 'Maquis de {city}', 'Traiteur Teranga', 'Cantine scolaire de {city}'], en: ["Mama Africa's Kitchen", '{city} chop bar', 'Teranga Catering'] },
    achievements: [
      l3("Je prépare les grands plats d'Afrique de l'Ouest (thiéboudienne, mafé, jollof, attiéké) pour 150 couverts par jour.", 'I cook the great West African dishes (thieboudienne, mafe, jollof, attieke) for 150 covers a day.', 'أحضر أشهر أطباق غرب إفريقيا (الثيبوديان والمافي والجولوف والأتييكي) لـ150 زبوناً يومياً.'),
      senior(5, "J'ai organisé le service traiteur de mariages de 300 invités.", 'I have catered weddings of 300 guests.', 'نظمت خدمات الإطعام لأعراس تضم 300 مدعو.'),
    ],
  },
  {
    key: 'pastry', weights: { migrant: 3 }, origins: ['SY', 'YE'], apprenticed: true, women: 0.4,
    title: t('Pâtissier', 'Pâtissière', 'Pastry chef', 'حلواني', 'حلوانية'),
    field: l3('dans la pâtisserie', 'in pastry', 'في صناعة الحلويات'),
    specialities: [
      { ...l3('en pâtisserie orientale (baklava, maamoul)', 'in Levantine pastry (baklava, maamoul)', 'في الحلويات الشرقية (البقلاوة والمعمول)') },
      { ...l3('en boulangerie et viennoiserie', 'in bread and pastries', 'في المخبوزات والمعجنات'), skills: ids('tourism-hospitality', 'bakery') },
    ],
    core: ids('tourism-hospitality', 'pastry kitchen-hygiene'),
    extra: ids('tourism-hospitality', 'bakery cooking international-cuisine moroccan-pastry menu-design food-cost-control'),
    isco: ['751'], years: [3, 28], degreeBased: false, school: 'vocational',
    degree: l3('Formation en pâtisserie', 'Pastry training', 'تكوين في صناعة الحلويات'),
    orgs: { fr: ['Pâtisserie familiale à {city}', 'Pâtisserie Al Cham', 'Pâtisserie Damas'], en: ['Family pastry shop, {city}', 'Al Sham Sweets', 'Damascus Pastries'] },
    achievements: [
      senior(10, "J'ai tenu la pâtisserie familiale pendant dix ans.", 'I ran the family pastry shop for ten years.', 'أدرت محل الحلويات العائلي لمدة عشر سنوات.'),
      l3("Je prépare baklava, maamoul et knafeh pour les fêtes.", 'I make baklava, maamoul and knafeh for festivities.', 'أحضر البقلاوة والمعمول والكنافة للمناسبات.'),
    ],
  },
  {
    key: 'farm-worker', weights: { migrant: 5 }, women: 0.35,
    title: t('Ouvrier agricole', 'Ouvrière agricole', 'Farm worker', 'عامل فلاحي', 'عاملة فلاحية'),
    field: l3("dans l'agriculture", 'in farming', 'في القطاع الفلاحي'),
    specialities: [
      { ...l3('en cultures sous serre', 'in greenhouse farming', 'في الزراعة المغطاة'), skills: ids('agriculture-agrifood', 'greenhouse-cultivation drip-irrigation') },
      { ...l3('en cueillette des fruits rouges', 'in berry picking', 'في جني الفواكه الحمراء'), skills: ids('agriculture-agrifood', 'berry-growing fruit-picking') },
      { ...l3('en arboriculture et agrumes', 'in orchards and citrus', 'في الأشجار المثمرة والحوامض'), skills: ids('agriculture-agrifood', 'citrus-growing tree-pruning') },
      { ...l3('en station de conditionnement', 'in fruit packing houses', 'في محطات التلفيف'), skills: ids('agriculture-agrifood', 'fruit-packing sorting-grading') },
    ],
    core: ids('agriculture-agrifood', 'crop-production harvesting'),
    extra: ids('agriculture-agrifood', 'greenhouse-cultivation berry-growing fruit-picking vegetable-growing drip-irrigation pesticide-application tree-pruning fruit-packing sorting-grading tractor-operation citrus-growing livestock-farming'),
    isco: ['921', '611'], years: [2, 20], degreeBased: false, school: 'vocational',
    degree: l3('Formation agricole de base', 'Basic agricultural training', 'تكوين فلاحي أساسي'),
    orgs: { fr: ['MA:Exploitation maraîchère à Chtouka', 'MA:Domaine agrumicole du Souss', 'Station de conditionnement {city}', 'Champ familial'], en: ['MA:Vegetable farm, Chtouka', 'MA:Souss citrus estate', '{city} packing house', 'Family farm'] },
    achievements: [
      senior(3, "J'ai travaillé plusieurs saisons dans des serres de tomates.", 'I have worked several seasons in tomato greenhouses.', 'اشتغلت عدة مواسم في البيوت البلاستيكية للطماطم.'),
      l3("Je règle l'irrigation goutte-à-goutte et je conduis le tracteur.", 'I set up drip irrigation and drive the tractor.', 'أضبط السقي بالتنقيط وأسوق الجرار.'),
    ],
  },
  {
    key: 'delivery-driver', weights: { migrant: 3, returnee: 0.5 }, women: 0.08,
    title: t('Chauffeur-livreur', 'Chauffeuse-livreuse', 'Delivery driver', 'سائق توصيل', 'سائقة توصيل'),
    field: l3('dans le transport et la livraison', 'in transport and delivery', 'في النقل والتوصيل'),
    specialities: [
      { ...l3('en livraison urbaine', 'in urban delivery', 'في التوصيل داخل المدينة'), skills: ids('logistics-transport', 'licence-a route-planning') },
      { ...l3('en poids lourds', 'in heavy goods vehicles', 'في سياقة الشاحنات الثقيلة'), skills: ids('logistics-transport', 'licence-c road-freight') },
    ],
    core: ids('logistics-transport', 'driving licence-b last-mile-delivery'),
    extra: [...ids('logistics-transport', 'licence-c licence-a route-planning vehicle-checks defensive-driving goods-receiving loading-unloading')],
    isco: ['832', '833'], years: [2, 20], degreeBased: false, school: 'vocational',
    degree: l3('Permis de conduire B', 'Driving licence (category B)', 'رخصة السياقة صنف ب'),
    orgs: { fr: ['Livraisons Rapides {city}', 'Plateforme de livraison (indépendant)', 'Transports Atlas'], en: ['{city} Express Delivery', 'Delivery app (self-employed)', 'Atlas Transport'] },
    achievements: [
      l3("Je livre une soixantaine de colis par jour sans incident.", 'I deliver about sixty parcels a day without incident.', 'أوصل حوالي ستين طرداً يومياً دون حوادث.'),
      l3("Je connais la ville quartier par quartier.", 'I know the city district by district.', 'أعرف المدينة حياً حياً.'),
    ],
  },
  {
    key: 'warehouse', weights: { migrant: 3 }, women: 0.15,
    title: t('Magasinier cariste', 'Magasinière cariste', 'Warehouse operative', 'أمين مخزن وسائق رافعة', 'أمينة مخزن وسائقة رافعة'),
    field: l3('dans la logistique', 'in logistics', 'في اللوجستيك'),
    specialities: [
      { ...l3('en entrepôt frigorifique', 'in cold storage', 'في المخازن المبردة'), skills: ids('logistics-transport', 'cold-chain') },
      { ...l3('en préparation de commandes', 'in order picking', 'في تحضير الطلبيات'), skills: ids('logistics-transport', 'wms') },
    ],
    core: ids('logistics-transport', 'warehousing forklift order-picking'),
    extra: ids('logistics-transport', 'inventory-management stock-taking goods-receiving pallet-truck loading-unloading materials-handling wms'),
    isco: ['432', '834'], years: [2, 18], degreeBased: false, school: 'vocational',
    degree: l3('Certificat de conduite de chariot élévateur', 'Forklift operator certificate', 'شهادة سياقة الرافعة الشوكية'),
    orgs: { fr: ['Entrepôt Logistique {city}', 'Zone franche de {city}', 'Grossiste alimentaire'], en: ['{city} Distribution Centre', '{city} free zone', 'Food wholesaler'] },
    achievements: [
      l3("Je prépare plus de 200 lignes de commande par poste.", 'I pick over 200 order lines per shift.', 'أحضر أكثر من 200 سطر طلبية في كل فترة عمل.'),
      l3("J'ai participé aux inventaires annuels.", 'I take part in the yearly stock-takes.', 'أشارك في الجرد السنوي.'),
    ],
  },
  {
    key: 'call-centre', weights: { migrant: 5 }, women: 0.5,
    title: t('Téléconseiller', 'Téléconseillère', 'Customer service agent', 'مستشار زبناء في مركز اتصال', 'مستشارة زبناء في مركز اتصال'),
    field: l3('dans les centres de relation client', 'in call centres', 'في مراكز الاتصال'),
    specialities: [
      { ...l3('en service client pour des opérateurs télécoms', 'in customer service for telecom operators', 'في خدمة زبناء شركات الاتصالات') },
      { ...l3('en support technique de niveau 1', 'in first-line technical support', 'في الدعم التقني من المستوى الأول'), skills: ids('transversal', 'digital-literacy') },
      { ...l3('en vente par téléphone', 'in telesales', 'في البيع عبر الهاتف'), skills: ids('transversal', 'negotiation') },
    ],
    core: ids('transversal', 'call-centre customer-service'),
    extra: [...ids('transversal', 'communication written-communication office-software time-management stress-management teamwork negotiation'), ...ids('languages-translation', 'french-language english-language')],
    isco: ['422'], years: [1, 12], degreeBased: false, school: 'vocational',
    degree: l3('Certificat de formation en relation client', 'Customer service training certificate', 'شهادة تكوين في خدمة الزبناء'),
    orgs: { fr: ['Centre d’appels Atlas Contact', 'Relation Client Plus {city}', 'Téléservices Offshore'], en: ['Atlas Contact Centre', '{city} Customer Care', 'Offshore Call Services'] },
    achievements: [
      l3("Je traite 80 appels par jour avec un taux de satisfaction de 92 %.", 'I handle 80 calls a day with 92% customer satisfaction.', 'أعالج 80 مكالمة يومياً بنسبة رضا تصل إلى 92 في المائة.'),
      senior(3, "J'assure aussi le suivi qualité des appels de mon équipe.", 'I also handle call-quality follow-up for my team.', 'أتولى أيضاً تتبع جودة مكالمات فريقي.'),
    ],
  },
  {
    key: 'repair-technician', weights: { migrant: 3 }, apprenticed: true, women: 0.1,
    title: t('Technicien en réparation de smartphones et ordinateurs', 'Technicienne en réparation de smartphones et ordinateurs', 'Phone and computer repair technician', 'تقني إصلاح الهواتف والحواسيب', 'تقنية إصلاح الهواتف والحواسيب'),
    field: l3('dans la réparation informatique', 'in device repair', 'في إصلاح الأجهزة'),
    specialities: [
      { ...l3('en boutique de quartier', 'in a neighbourhood shop', 'في محل بالحي') },
      { ...l3('en support informatique de PME', 'in IT support for small firms', 'في الدعم المعلوماتي للمقاولات الصغيرة'), skills: ids('it-data', 'network-administration network-cabling') },
    ],
    core: ids('it-data', 'phone-repair computer-repair'),
    extra: ids('it-data', 'it-support network-cabling network-administration data-entry digital-literacy-training fibre-optic-installation'),
    isco: ['742', '351'], years: [2, 15], degreeBased: false, school: 'vocational',
    degree: l3('Brevet de technicien en maintenance informatique', 'Technical certificate in computer maintenance', 'شهادة تقني في صيانة الحواسيب'),
    orgs: { fr: ['MA:Boutique GSM Derb Ghallef', 'Réparation Mobile {city}', 'Informatique Services {city}'], en: ['MA:Derb Ghallef phone shop', '{city} Mobile Repair', '{city} IT Services'] },
    achievements: [
      l3("Je remplace écrans, batteries et connecteurs en moins d'une heure.", 'I replace screens, batteries and ports in under an hour.', 'أغير الشاشات والبطاريات والموصلات في أقل من ساعة.'),
      l3("Je récupère les données de téléphones endommagés.", 'I recover data from damaged phones.', 'أسترجع البيانات من الهواتف المعطلة.'),
    ],
  },
  {
    key: 'care-worker', weights: { migrant: 4 }, women: 0.8,
    title: t('Aide-soignant', 'Aide-soignante', 'Care assistant', 'مساعد في العلاجات', 'مساعدة في العلاجات'),
    field: l3("dans l'aide à la personne", 'in care work', 'في مجال المساعدة والرعاية'),
    specialities: [
      { ...l3('auprès des personnes âgées', 'with elderly people', 'لفائدة الأشخاص المسنين'), skills: ids('health', 'elderly-care home-care-nursing') },
      { ...l3('en garde d’enfants', 'in childcare', 'في رعاية الأطفال'), skills: ids('education-research', 'childcare early-childhood-education') },
      { ...l3('auprès de personnes en situation de handicap', 'with people with disabilities', 'لفائدة الأشخاص في وضعية إعاقة'), skills: ids('health', 'disability-support') },
    ],
    core: ids('health', 'patient-care-assistance first-aid'),
    extra: ids('health', 'elderly-care disability-support home-care-nursing infection-prevention psychosocial-support'),
    isco: ['532'], years: [1, 20], degreeBased: false, school: 'vocational',
    degree: l3("Formation d'aide-soignant", 'Care assistant training', 'تكوين مساعد في العلاجات'),
    orgs: { fr: ['Familles à domicile (garde et soins)', 'Association Main Tendue', 'Clinique privée de {city}'], en: ['Private households (home care)', 'Helping Hand Association', '{city} private clinic'] },
    achievements: [
      l3("Je m'occupe d'une personne âgée dépendante depuis trois ans.", 'I have cared for a dependent elderly person for three years.', 'أعتني بشخص مسن في وضعية تبعية منذ ثلاث سنوات.'),
      l3("J'ai suivi une formation aux premiers secours du Croissant-Rouge.", 'I took Red Crescent first-aid training.', 'تابعت تكويناً في الإسعافات الأولية لدى الهلال الأحمر.'),
    ],
  },
  {
    key: 'cultural-mediator', weights: { migrant: 2, returnee: 1, diaspora: 1 }, women: 0.55, needs: { fr: 'B2' },
    title: t('Médiateur interculturel', 'Médiatrice interculturelle', 'Cultural mediator and community interpreter', 'وسيط ثقافي ومترجم', 'وسيطة ثقافية ومترجمة'),
    field: l3("dans l'accompagnement social", 'in social services', 'في المواكبة الاجتماعية'),
    specialities: [
      { ...l3('auprès des migrants et des associations', 'with migrants and NGOs', 'لفائدة المهاجرين والجمعيات'), skills: ids('public-administration', 'social-casework') },
      { ...l3('en milieu hospitalier', 'in hospitals', 'في المستشفيات'), skills: ids('languages-translation', 'medical-translation') },
    ],
    core: [...ids('public-administration', 'migrant-support-services'), ...ids('languages-translation', 'community-interpreting')],
    extra: [...ids('public-administration', 'social-casework citizen-reception social-protection'), ...ids('languages-translation', 'interpreting west-african-languages consecutive-interpreting remote-interpreting darija')],
    isco: ['341', '264'], years: [2, 18], degreeBased: false, school: 'languages',
    degree: l3('Formation de médiateur interculturel', 'Training in intercultural mediation', 'تكوين في الوساطة الثقافية'),
    orgs: { fr: ['Association Solidarité Migrants {city}', 'Caritas {city}', 'Centre de santé de {city}'], en: ['{city} Migrant Solidarity', 'Caritas {city}', '{city} health centre'] },
    achievements: [
      l3("J'accompagne les nouveaux arrivants dans leurs démarches de santé et d'école.", 'I help newcomers with health and school procedures.', 'أواكب الوافدين الجدد في إجراءات الصحة والتمدرس.'),
      l3("J'interprète pour les services sociaux, les écoles et les hôpitaux.", 'I interpret for social services, schools and hospitals.', 'أترجم لفائدة المصالح الاجتماعية والمدارس والمستشفيات.'),
    ],
  },
  {
    key: 'trader', weights: { migrant: 3, returnee: 0.5 }, women: 0.5,
    title: t('Commerçant', 'Commerçante', 'Trader', 'تاجر', 'تاجرة'),
    field: l3('dans le commerce', 'in retail', 'في التجارة'),
    specialities: [
      { ...l3('en commerce de tissus et d’accessoires', 'in fabrics and accessories', 'في تجارة الأثواب والإكسسوارات'), skills: ids('entrepreneurship-investment', 'import-sourcing') },
      { ...l3('en épicerie de produits africains', 'in an African food shop', 'في متجر للمنتجات الإفريقية'), skills: ids('entrepreneurship-investment', 'shop-management') },
      { ...l3('en vente en ligne', 'in online selling', 'في البيع عبر الإنترنت'), skills: ids('entrepreneurship-investment', 'e-commerce digital-marketing-smb') },
    ],
    core: ids('entrepreneurship-investment', 'informal-business small-business-management'),
    extra: [...ids('entrepreneurship-investment', 'self-employment shop-management pricing-costing entrepreneur-finance import-sourcing e-commerce digital-marketing-smb'), ...ids('finance-accounting', 'small-business-bookkeeping cash-handling')],
    isco: ['522'], years: [2, 20], degreeBased: false, school: 'business',
    degree: l3('Formation en gestion de petite entreprise', 'Small business management training', 'تكوين في تدبير المقاولات الصغيرة'),
    orgs: { fr: ['Commerce au marché de {city}', 'Boutique personnelle', 'Grossiste en tissus'], en: ['Stall at {city} market', 'Own shop', 'Fabric wholesaler'] },
    achievements: [
      l3('Je gère moi-même mes achats, mes stocks et ma caisse.', 'I manage my own purchases, stock and till.', 'أدبر بنفسي مشترياتي ومخزوني وصندوقي.'),
      l3("J'ai développé une clientèle grâce à WhatsApp et Facebook.", 'I built a customer base through WhatsApp and Facebook.', 'كونت قاعدة زبناء عبر واتساب وفيسبوك.'),
    ],
  },
];

/** Every archetype, professions first. */
export const TRADES_ALL: Trade[] = [...PROFESSIONS, ...TRADES];
