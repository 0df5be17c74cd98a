/**
 * Curated clinical lexicon for the CLINICAL category: conditions, medications (generic and brand)
 * and procedures that, written next to a member, disclose something about that member's health.
 * Behavioural health, substance use, HIV, sexual and reproductive health come first in review:
 * they are the most sensitive.
 *
 * Curation rules:
 * - Lowercase, one entry per spelling. Words may be separated in text by spaces, hyphens, slashes
 *   or line breaks, so "covid-19" also matches "covid 19" and "type 2" matches "type-2".
 * - "'s" in an entry ("crohn's disease") means the possessive is optional and may be written
 *   "crohn's", "crohn’s", "crohns" or "crohn"; "s'" ("graves' disease") makes the apostrophe
 *   optional. Every entry's last word also takes an optional "'s" ("humira's side effects").
 * - Plurals and derived forms ("seizures", "diabetic", "asthmatic") match only when listed: the
 *   matcher never matches inside a word ("insulin" is not found in "insulinoma").
 * - Abbreviations only when they rarely mean anything else in customer-service text: "copd",
 *   "chf", "ckd" yes; "ms", "ra", "pt", "ed", "add", "aids", "std", "tia", "cad", "mat" no, nor
 *   "ect", a common misspelling of "etc".
 * - Generic benefit words ("mental health", "behavioral health", "surgery", "therapy") are not
 *   here: they describe plans, not people.
 */
import { APOSTROPHE, RIGHT_QUOTE } from '../engine/char-codes.ts';

export interface ClinicalTerm {
  readonly term: string;
  readonly kind: 'condition' | 'medication' | 'procedure';
}

export type ClinicalKind = ClinicalTerm['kind'];

export interface ClinicalMatch {
  /** Offset of the first character of the match in the text passed in. */
  start: number;
  /** Offset just past the match (a trailing possessive "'s" is included). */
  end: number;
  kind: ClinicalKind;
}

// The tables: one theme per line, entries separated by "|", "#" starts a comment line. Parsed
// once at load into CLINICAL_TERMS; a table is a fraction of the size of an array literal.

const CONDITIONS = `
# Diabetes, metabolic, endocrine
diabetes|diabetic|diabetics|type 1 diabetes|type 2 diabetes|type i diabetes|type ii diabetes
type1 diabetes|type2 diabetes|diabetes type 1|diabetes type 2|diabetes mellitus|t1d|t2d|t1dm|t2dm
iddm|niddm|prediabetes|pre-diabetes|prediabetic|gestational diabetes|diabetic ketoacidosis|dka
hypoglycemia|hyperglycemia|insulin resistance|metabolic syndrome|obesity|morbid obesity
morbidly obese|obese|hypothyroidism|hyperthyroidism|hashimoto's|hashimoto's thyroiditis
graves' disease|thyroid disease|thyroid nodule|goiter|cushing's syndrome|addison's disease
hypogonadism|low testosterone|pcos|polycystic ovary syndrome|polycystic ovarian syndrome
hyperlipidemia|high cholesterol|hypercholesterolemia|malnutrition|failure to thrive
# Heart and circulation
hypertension|hypertensive|high blood pressure|htn|hypotension|heart disease|heart condition
coronary artery disease|coronary heart disease|heart attack|heart attacks|myocardial infarction
heart failure|congestive heart failure|chf|cardiomyopathy|atrial fibrillation|afib|a-fib
atrial flutter|arrhythmia|tachycardia|bradycardia|angina|heart murmur|aortic stenosis
mitral valve prolapse|congenital heart defect|congenital heart disease|aneurysm|aortic aneurysm
brain aneurysm|deep vein thrombosis|dvt|pulmonary embolism|blood clot|blood clots
peripheral artery disease|peripheral vascular disease|varicose veins|stroke|strokes
transient ischemic attack|mini-stroke|cva|pulmonary hypertension|endocarditis|pericarditis
myocarditis
# Lungs
copd|chronic obstructive pulmonary disease|emphysema|chronic bronchitis|asthma|asthmatic
pneumonia|pulmonary fibrosis|interstitial lung disease|cystic fibrosis|bronchiectasis
sleep apnea|obstructive sleep apnea|sarcoidosis|tuberculosis|lung disease|respiratory failure
covid|covid-19|covid19|long covid|rsv|influenza|whooping cough|pertussis
# Kidney, urinary, reproductive organs
ckd|chronic kidney disease|kidney disease|ckd stage 1|ckd stage 2|ckd stage 3|ckd stage 3a
ckd stage 3b|ckd stage 4|ckd stage 5|stage 3 ckd|stage 4 ckd|stage 5 ckd|kidney failure
renal failure|acute kidney injury|end-stage renal disease|end-stage kidney disease|esrd
kidney stone|kidney stones|polycystic kidney disease|nephropathy|diabetic nephropathy|uti|utis
urinary tract infection|kidney infection|incontinence|urinary incontinence|overactive bladder
interstitial cystitis|bph|enlarged prostate|benign prostatic hyperplasia|erectile dysfunction
infertility|infertile|endometriosis|uterine fibroids|fibroids|ovarian cyst|ovarian cysts
menopause|perimenopause
# Digestive and liver
crohn's|crohn's disease|ulcerative colitis|colitis|ibd|inflammatory bowel disease|ibs
irritable bowel syndrome|celiac disease|gerd|acid reflux|barrett's esophagus|gastroparesis
diverticulitis|pancreatitis|gallstones|cirrhosis|liver cirrhosis|fatty liver disease|nafld
non-alcoholic fatty liver disease|hepatitis|hepatitis a|hepatitis b|hepatitis c|hep b|hep c
hbv|hcv|liver disease|liver failure|peptic ulcer|stomach ulcer|hemorrhoids|c diff|cdiff
c difficile|clostridium difficile
# Cancer
cancer|cancers|cancerous|breast cancer|lung cancer|prostate cancer|colon cancer
colorectal cancer|rectal cancer|pancreatic cancer|ovarian cancer|cervical cancer|uterine cancer
endometrial cancer|skin cancer|melanoma|basal cell carcinoma|squamous cell carcinoma|carcinoma
bladder cancer|kidney cancer|liver cancer|thyroid cancer|stomach cancer|gastric cancer
esophageal cancer|brain cancer|brain tumor|brain tumour|glioblastoma|glioma
head and neck cancer|throat cancer|oral cancer|testicular cancer|bone cancer|sarcoma|leukemia
leukaemia|acute myeloid leukemia|aml|acute lymphoblastic leukemia|chronic lymphocytic leukemia
cll|chronic myeloid leukemia|cml|lymphoma|hodgkin's lymphoma|non-hodgkin's lymphoma
hodgkin's disease|multiple myeloma|myeloma|myelodysplastic syndrome|mesothelioma|neuroblastoma
tumor|tumors|tumour|tumours|malignant tumor|malignancy|metastatic|metastasis|metastases
metastatic cancer|stage 4 cancer|stage iv cancer|terminal cancer|brca1|brca2|brca mutation
# Brain and nerves
dementia|alzheimer's|alzheimer's disease|vascular dementia|lewy body dementia
frontotemporal dementia|memory loss|cognitive impairment|mild cognitive impairment|parkinson's
parkinson's disease|huntington's disease|multiple sclerosis|als|amyotrophic lateral sclerosis
lou gehrig's disease|epilepsy|epileptic|seizure|seizures|seizure disorder|migraine|migraines
chronic migraine|cluster headaches|cerebral palsy|traumatic brain injury|tbi|brain injury
concussion|spinal cord injury|paralysis|paralyzed|paraplegia|paraplegic|quadriplegia
quadriplegic|neuropathy|peripheral neuropathy|diabetic neuropathy|bell's palsy
trigeminal neuralgia|myasthenia gravis|guillain-barre syndrome|guillain-barré syndrome
restless legs syndrome|narcolepsy|tourette's syndrome|muscular dystrophy
spinal muscular atrophy|spina bifida|hydrocephalus|chronic pain|fibromyalgia
chronic fatigue syndrome
# Mental and behavioural health (most sensitive)
depression|depressive disorder|major depressive disorder|major depression|clinical depression
postpartum depression|mdd|anxiety|anxiety disorder|generalized anxiety disorder
social anxiety disorder|panic disorder|panic attack|panic attacks|bipolar|bipolar disorder
bipolar ii|bipolar 2|manic depression|manic episode|schizophrenia|schizophrenic
schizoaffective disorder|psychosis|psychotic|psychotic episode|delusional disorder|ptsd
post-traumatic stress disorder|posttraumatic stress disorder|ocd|obsessive compulsive disorder
adhd|attention deficit disorder|attention deficit hyperactivity disorder|autism|autistic
autism spectrum disorder|asperger's|asperger's syndrome|eating disorder|anorexia
anorexia nervosa|anorexic|bulimia|bulimia nervosa|binge eating disorder|arfid
borderline personality disorder|personality disorder|dissociative identity disorder
mental illness|mental breakdown|nervous breakdown|suicidal|suicidal ideation|suicidal thoughts
suicide attempt|attempted suicide|self-harm|self-injury|insomnia|gender dysphoria
postpartum psychosis|seasonal affective disorder|pmdd|premenstrual dysphoric disorder
adjustment disorder|intellectual disability|developmental disability|developmental delay
learning disability|dyslexia|down syndrome|fetal alcohol syndrome
# Substance use (most sensitive)
substance use disorder|substance abuse|opioid use disorder|oud|opioid addiction
opioid dependence|opiate addiction|opioid overdose|overdose|overdosed|alcohol use disorder
alcohol abuse|alcohol dependence|alcoholism|alcoholic|drug addiction|drug abuse|drug dependence
addiction|addicted|chemical dependency|heroin|heroin addiction|cocaine|crack cocaine
methamphetamine|meth addiction|cannabis use disorder|nicotine dependence|relapse|relapsed
sobriety|withdrawal symptoms|opioid withdrawal|alcohol withdrawal|delirium tremens
neonatal abstinence syndrome|iv drug use|injection drug use
# Infections and sexual health (most sensitive)
hiv|hiv positive|hiv/aids|acquired immunodeficiency syndrome|syphilis|gonorrhea|chlamydia
herpes|genital herpes|hsv-2|hpv|genital warts|trichomoniasis|sexually transmitted disease
sexually transmitted diseases|sexually transmitted infection|sexually transmitted infections
sti|stis|venereal disease|mrsa|sepsis|septic shock|shingles|lyme disease|mpox|monkeypox
# Blood, immune, skin
anemia|anaemia|iron deficiency anemia|sickle cell|sickle cell disease|sickle cell anemia
hemophilia|thalassemia|von willebrand disease|immunodeficiency|lupus
systemic lupus erythematosus|sle|rheumatoid arthritis|psoriatic arthritis|arthritis
osteoarthritis|psoriasis|scleroderma|sjogren's syndrome|sjögren's syndrome
ankylosing spondylitis|vasculitis|hidradenitis suppurativa|eczema|atopic dermatitis
anaphylaxis|vitiligo|cellulitis|lymphedema
# Bones, joints, injuries
osteoporosis|osteopenia|gout|herniated disc|degenerative disc disease|spinal stenosis|sciatica
scoliosis|chronic back pain|hip fracture|broken hip|torn acl|acl tear|rotator cuff tear
torn meniscus|amputee|hernia|pressure ulcer|pressure ulcers|bedsores|diabetic foot ulcer
# Eyes and ears
glaucoma|macular degeneration|cataract|cataracts|diabetic retinopathy|retinopathy
legally blind|blindness|hearing loss|tinnitus
# Pregnancy (sensitive)
pregnant|pregnancy|pregnancies|high-risk pregnancy|ectopic pregnancy|miscarriage|miscarriages
miscarried|stillbirth|stillborn|preeclampsia|pre-eclampsia|eclampsia|hyperemesis gravidarum
placenta previa|preterm labor|premature labor|premature birth|preterm birth|first trimester
second trimester|third trimester|prenatal|postpartum|postpartum hemorrhage
gestational hypertension|unplanned pregnancy
# Serious illness
terminal illness|terminally ill|organ failure|coma|vegetative state
`;

const MEDICATIONS = `
# Diabetes and weight
insulin|insulin glargine|insulin lispro|insulin aspart|insulin degludec|insulin detemir
nph insulin|lantus|basaglar|semglee|toujeo|levemir|tresiba|humalog|admelog|lyumjev|novolog
fiasp|apidra|humulin|novolin|afrezza|soliqua|xultophy|metformin|glucophage|glipizide
glyburide|glimepiride|pioglitazone|sitagliptin|januvia|janumet|linagliptin|tradjenta
empagliflozin|jardiance|dapagliflozin|farxiga|canagliflozin|invokana|semaglutide|ozempic
wegovy|rybelsus|tirzepatide|mounjaro|zepbound|liraglutide|victoza|saxenda|dulaglutide
trulicity|exenatide|byetta|bydureon|phentermine|qsymia|contrave|orlistat
# Heart, blood pressure, cholesterol, anticoagulants
atorvastatin|lipitor|rosuvastatin|crestor|simvastatin|zocor|pravastatin|lovastatin|statin
statins|ezetimibe|zetia|repatha|praluent|lisinopril|losartan|cozaar|valsartan|diovan
olmesartan|benicar|amlodipine|norvasc|metoprolol|lopressor|toprol|carvedilol|coreg|atenolol
propranolol|hydrochlorothiazide|hctz|chlorthalidone|furosemide|lasix|bumetanide|torsemide
spironolactone|warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa
clopidogrel|plavix|ticagrelor|brilinta|entresto|sacubitril|digoxin|amiodarone|nitroglycerin
isosorbide|hydralazine|diltiazem|verapamil|blood thinner|blood thinners
# Lungs and allergy
albuterol|proair|ventolin|symbicort|advair|breo|trelegy|spiriva|tiotropium|montelukast
singulair|budesonide|nucala|fasenra|xolair|tezspire|dupixent|epipen|trikafta
# Mental health (most sensitive)
antidepressant|antidepressants|antipsychotic|antipsychotics|mood stabilizer|mood stabilizers
sertraline|zoloft|fluoxetine|prozac|escitalopram|lexapro|citalopram|celexa|paroxetine|paxil
venlafaxine|effexor|duloxetine|cymbalta|bupropion|wellbutrin|mirtazapine|remeron|trazodone
desvenlafaxine|pristiq|vortioxetine|trintellix|vilazodone|viibryd|amitriptyline|nortriptyline
esketamine|spravato|ketamine|zuranolone|zurzuvae|brexanolone|lithium|lamotrigine|lamictal
valproate|divalproex|depakote|carbamazepine|tegretol|oxcarbazepine|trileptal|quetiapine
seroquel|olanzapine|zyprexa|risperidone|risperdal|aripiprazole|abilify|abilify maintena
aristada|ziprasidone|geodon|lurasidone|latuda|paliperidone|invega|invega sustenna
invega trinza|clozapine|clozaril|haloperidol|haldol|cariprazine|vraylar|brexpiprazole|rexulti
lumateperone|caplyta|benzodiazepine|benzodiazepines|benzos|alprazolam|xanax|clonazepam
klonopin|lorazepam|ativan|diazepam|valium|buspirone|buspar|hydroxyzine|zolpidem|ambien
methylphenidate|ritalin|concerta|amphetamine|adderall|lisdexamfetamine|vyvanse|atomoxetine
strattera|guanfacine|intuniv|clonidine
# Opioids and addiction treatment (most sensitive)
opioid|opioids|opiates|oxycodone|oxycontin|percocet|hydrocodone|vicodin|hydromorphone
dilaudid|morphine|fentanyl|tramadol|codeine|tapentadol|nucynta|methadone|buprenorphine
suboxone|subutex|zubsolv|sublocade|brixadi|naloxone|narcan|naltrexone|vivitrol|disulfiram
antabuse|acamprosate|campral|lofexidine|lucemyra|varenicline|chantix|gabapentin|neurontin
pregabalin|lyrica
# HIV, PrEP and hepatitis (most sensitive). "prep" alone is kept: lowercased it is also bowel
# prep, which is clinical too.
prep|antiretroviral|antiretrovirals|antiretroviral therapy|truvada|descovy|apretude
cabotegravir|biktarvy|genvoya|stribild|triumeq|dovato|juluca|odefsey|complera|symtuza
prezcobix|prezista|isentress|tivicay|cabenuva|sunlenca|yeztugo|lenacapavir|emtricitabine
tenofovir|dolutegravir|bictegravir|efavirenz|atripla|raltegravir|darunavir|rilpivirine
epclusa|harvoni|mavyret|sovaldi|vosevi|zepatier|sofosbuvir|ledipasvir|glecaprevir
valacyclovir|valtrex|acyclovir|paxlovid|tamiflu|oseltamivir|isoniazid|rifampin
# Cancer (chemotherapy, targeted and hormonal therapy)
cisplatin|carboplatin|oxaliplatin|paclitaxel|taxol|docetaxel|taxotere|doxorubicin|adriamycin
cyclophosphamide|methotrexate|fluorouracil|5-fu|capecitabine|xeloda|gemcitabine|pemetrexed
alimta|etoposide|vincristine|cytarabine|azacitidine|temozolomide|temodar|rituximab|rituxan
trastuzumab|herceptin|pertuzumab|perjeta|enhertu|kadcyla|pembrolizumab|keytruda|nivolumab
opdivo|ipilimumab|yervoy|atezolizumab|tecentriq|durvalumab|imfinzi|bevacizumab|avastin
cetuximab|erbitux|tamoxifen|letrozole|femara|anastrozole|arimidex|exemestane|aromasin
imatinib|gleevec|tasigna|sprycel|ibrutinib|imbruvica|calquence|brukinsa|venetoclax
venclexta|lenalidomide|revlimid|pomalyst|bortezomib|velcade|kyprolis|daratumumab|darzalex
osimertinib|tagrisso|palbociclib|ibrance|kisqali|verzenio|olaparib|lynparza|zejula
enzalutamide|xtandi|abiraterone|zytiga|erleada|nubeqa|leuprolide|lupron|eligard|neulasta
neupogen|kymriah|yescarta
# Immunology, neurology, other specialty drugs
adalimumab|humira|amjevita|hadlima|hyrimoz|etanercept|enbrel|infliximab|remicade
ustekinumab|stelara|secukinumab|cosentyx|risankizumab|skyrizi|guselkumab|tremfya|taltz
upadacitinib|rinvoq|tofacitinib|xeljanz|apremilast|otezla|cimzia|orencia|actemra|benlysta
entyvio|hydroxychloroquine|plaquenil|prednisone|methylprednisolone|medrol|dexamethasone
tacrolimus|prograf|mycophenolate|cellcept|cyclosporine|immunosuppressant|immunosuppressants
ocrelizumab|ocrevus|natalizumab|tysabri|kesimpta|copaxone|glatiramer|tecfidera|gilenya
mayzent|aubagio|avonex|rebif|donepezil|aricept|memantine|namenda|lecanemab|leqembi
donanemab|kisunla|aduhelm|carbidopa|levodopa|sinemet|rytary|levetiracetam|keppra|topiramate
topamax|phenytoin|dilantin|lacosamide|vimpat|xcopri|epidiolex|sumatriptan|imitrex|aimovig
ajovy|emgality|nurtec|ubrelvy|qulipta|botox|spinraza|zolgensma|evrysdi|hemlibra
hydroxyurea|oxbryta|epoetin|epogen|procrit|sevelamer|renvela|levothyroxine|synthroid
methimazole|alendronate|fosamax|prolia|denosumab|evenity|forteo|teriparatide|allopurinol
colchicine|krystexxa|mesalamine|lialda|linzess|xifaxan|creon|tyvaso|opsumit|uptravi
# Hormones, contraception, fertility, sexual health (sensitive)
estradiol|premarin|progesterone|testosterone|androgel|medroxyprogesterone|depo-provera
hormone replacement therapy|hrt|birth control|birth control pills|oral contraceptive
oral contraceptives|contraceptive|nexplanon|mirena|iud|emergency contraception
morning-after pill|mifepristone|misoprostol|clomiphene|clomid|gonal-f|menopur|follistim
ovidrel|sildenafil|viagra|tadalafil|cialis|finasteride|tamsulosin|flomax|oxybutynin
`;

const PROCEDURES = `
# Imaging and tests that reveal a condition
mri|mri scan|ct scan|cat scan|pet scan|x-ray|x-rays|ultrasound|sonogram|mammogram|mammography
colonoscopy|endoscopy|upper endoscopy|egd|ercp|biopsy|biopsies|bone marrow biopsy|skin biopsy
lumbar puncture|spinal tap|echocardiogram|ekg|ecg|electrocardiogram|eeg|emg|stress test
nuclear stress test|holter monitor|sleep study|polysomnography|dexa scan|bone density scan
pap smear|pap test|hiv test|std testing|sti testing|pregnancy test|genetic testing
brca testing|viral load|cd4 count|a1c|hba1c|amniocentesis|cardiac catheterization|heart cath
# Cancer treatment
chemotherapy|chemo|radiation therapy|radiation treatment|radiotherapy|immunotherapy
car-t therapy|car t-cell therapy|bone marrow transplant|stem cell transplant|mastectomy
double mastectomy|lumpectomy|prostatectomy|mohs surgery
# Kidney, heart, lungs
dialysis|hemodialysis|peritoneal dialysis|kidney transplant|liver transplant|heart transplant
lung transplant|organ transplant|transplant|cabg|coronary artery bypass|bypass surgery
heart bypass|angioplasty|stent|stent placement|pacemaker|defibrillator|ablation|cardioversion
valve replacement|tavr|open heart surgery|cardiac rehab|pulmonary rehab|cpap|bipap
oxygen therapy|home oxygen|nephrectomy
# Orthopaedic and general surgery
knee replacement|total knee replacement|hip replacement|total hip replacement
shoulder replacement|joint replacement|arthroscopy|acl reconstruction|acl repair
rotator cuff repair|spinal fusion|spine surgery|back surgery|laminectomy|discectomy
amputation|appendectomy|cholecystectomy|gallbladder removal|hernia repair|bariatric surgery
gastric bypass|gastric sleeve|sleeve gastrectomy|lap band|colectomy|colostomy|ileostomy
cataract surgery|lasik|vitrectomy|cochlear implant|tonsillectomy|carpal tunnel release
# Reproductive health (sensitive)
hysterectomy|c-section|cesarean|cesarean section|caesarean section|tubal ligation|vasectomy
abortion|abortions|medication abortion|dilation and curettage|termination of pregnancy|ivf
in vitro fertilization|iui|intrauterine insemination|egg retrieval|embryo transfer
egg freezing|fertility treatment|fertility treatments|gender-affirming surgery
gender-affirming care|top surgery|labor and delivery|epidural
# Behavioural health and substance-use treatment (most sensitive)
psychotherapy|cognitive behavioral therapy|dialectical behavior therapy|psychiatric evaluation
psych eval|psychiatric hospitalization|inpatient psychiatric|involuntary commitment
electroconvulsive therapy|transcranial magnetic stimulation|aba therapy
applied behavior analysis|detox|detoxification|rehab|drug rehab|alcohol rehab
residential treatment|partial hospitalization|intensive outpatient program|iop
medication-assisted treatment|methadone clinic|methadone maintenance|sober living
# Other treatments
physical therapy|occupational therapy|speech therapy|infusion|infusion therapy|iv infusion
blood transfusion|transfusion|insulin pump|hyperbaric oxygen therapy|hospice
hospice care|palliative care
`;

/** Parses one table into terms (see the table format above). */
function parseTable(kind: ClinicalKind, table: string): ClinicalTerm[] {
  const terms: ClinicalTerm[] = [];
  for (const line of table.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    for (const term of line.split('|')) terms.push({ term, kind });
  }
  return terms;
}

export const CLINICAL_TERMS: readonly ClinicalTerm[] = [
  ...parseTable('condition', CONDITIONS),
  ...parseTable('medication', MEDICATIONS),
  ...parseTable('procedure', PROCEDURES),
];

// ---------------------------------------------------------------------------------------------
// Matcher. One left-to-right pass over the words of the text: each word is hashed as it is
// scanned (no substring), the hash selects the terms that start with that word (longest first),
// and each candidate is verified in place with startsWith. Cost per word is bounded by the
// longest candidate list, so the scan is linear in the text length.

/** The word may carry "'s", "’s" or a bare "s" ("alzheimer's", "alzheimers"). */
const FLAG_POSSESSIVE = 1;
/** The word may carry a bare apostrophe ("graves'"). */
const FLAG_APOSTROPHE = 2;

interface CompiledTerm {
  readonly words: readonly string[];
  readonly flags: readonly number[];
  readonly kind: ClinicalKind;
  readonly length: number;
}

const LOWER_S = 0x73;

/** Letters and digits: ASCII, Latin-1 and Latin Extended-A/B letters, combining marks. */
function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a)
    );
  }
  return code >= 0xc0 && code <= 0x36f && code !== 0xd7 && code !== 0xf7;
}

/** What may stand between the words of a term: spaces, line breaks, hyphens, dashes, slash. */
function isSeparator(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x2d ||
    code === 0x0a ||
    code === 0x09 ||
    code === 0x0d ||
    code === 0x2f ||
    code === 0xa0 ||
    code === 0x202f ||
    (code >= 0x2010 && code <= 0x2013)
  );
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Kept to 30 bits so the Map keys stay small integers in V8.
const HASH_MASK = 0x3fffffff;

function hashWord(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash & HASH_MASK;
}

/** Splits an entry into words and possessive flags: "crohn's disease" -> crohn(+'s), disease. */
function compileTerm(entry: ClinicalTerm): CompiledTerm {
  const words: string[] = [];
  const flags: number[] = [];
  for (const raw of entry.term.split(/[\s\-/]+/)) {
    if (raw.endsWith("'s")) {
      words.push(raw.slice(0, -2));
      flags.push(FLAG_POSSESSIVE);
    } else if (raw.endsWith("s'")) {
      words.push(raw.slice(0, -1));
      flags.push(FLAG_APOSTROPHE);
    } else {
      words.push(raw);
      flags.push(0);
    }
  }
  const length = words.reduce((sum, word) => sum + word.length, 0);
  return { words, flags, kind: entry.kind, length };
}

let index: ReadonlyMap<number, readonly CompiledTerm[]> | undefined;

/** First word's hash -> the terms starting with it, most words (then most letters) first. */
function buildIndex(): ReadonlyMap<number, readonly CompiledTerm[]> {
  const buckets = new Map<number, CompiledTerm[]>();
  const add = (word: string, term: CompiledTerm): void => {
    const key = hashWord(word);
    const bucket = buckets.get(key);
    if (bucket === undefined) buckets.set(key, [term]);
    else if (!bucket.includes(term)) bucket.push(term);
  };
  for (const entry of CLINICAL_TERMS) {
    const term = compileTerm(entry);
    const first = term.words[0] ?? '';
    add(first, term);
    // "alzheimers": the text's word is the stem plus "s", so it hashes differently.
    if (((term.flags[0] ?? 0) & FLAG_POSSESSIVE) !== 0) add(`${first}s`, term);
  }
  for (const bucket of buckets.values()) {
    bucket.sort((a, b) => b.words.length - a.words.length || b.length - a.length);
  }
  return buckets;
}

/** Skips a possessive after a word ending at `pos`, if there is one; returns the new end. */
function skipPossessive(text: string, pos: number, flags: number): number {
  const code = text.charCodeAt(pos);
  if (code === APOSTROPHE || code === RIGHT_QUOTE) {
    if (text.charCodeAt(pos + 1) === LOWER_S && !isWordChar(text.charCodeAt(pos + 2))) {
      return pos + 2;
    }
    if ((flags & FLAG_APOSTROPHE) !== 0 && !isWordChar(text.charCodeAt(pos + 1))) return pos + 1;
  } else if (code === LOWER_S && (flags & FLAG_POSSESSIVE) !== 0) {
    if (!isWordChar(text.charCodeAt(pos + 1))) return pos + 1;
  }
  return pos;
}

/** The end of `term` if it occurs at `start` as whole words, else -1. */
function matchAt(text: string, start: number, term: CompiledTerm): number {
  const { words, flags } = term;
  const last = words.length - 1;
  let pos = start;
  for (let w = 0; w <= last; w++) {
    if (w > 0) {
      const gap = pos;
      while (pos < text.length && isSeparator(text.charCodeAt(pos))) pos++;
      if (pos === gap) return -1;
    }
    const word = words[w] ?? '';
    if (!text.startsWith(word, pos)) return -1;
    pos += word.length;
    const wordFlags = flags[w] ?? 0;
    // Every term's last word takes an optional "'s"; other words only when the entry says so.
    if (wordFlags !== 0 || w === last) pos = skipPossessive(text, pos, wordFlags);
    // charCodeAt past the end is NaN, which is not a word character: the end is a boundary.
    if (isWordChar(text.charCodeAt(pos))) return -1;
  }
  return pos;
}

/**
 * Every whole-word occurrence of a clinical term in `lowercaseText` (the caller lowercases once),
 * left to right and non-overlapping; where terms overlap, the longest one starting first wins
 * ("type 2 diabetes", not "diabetes"; "insulin glargine", not "insulin").
 */
export function findClinicalTerms(lowercaseText: string): ClinicalMatch[] {
  index ??= buildIndex();
  const text = lowercaseText;
  const length = text.length;
  const matches: ClinicalMatch[] = [];
  let i = 0;
  while (i < length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (!isWordChar(code)) break;
      hash = Math.imul(hash ^ code, FNV_PRIME);
      i++;
    }
    const candidates = index.get(hash & HASH_MASK);
    if (candidates === undefined) continue;
    for (const term of candidates) {
      const end = matchAt(text, start, term);
      if (end >= 0) {
        matches.push({ start, end, kind: term.kind });
        i = end;
        break;
      }
    }
  }
  return matches;
}
