// The snippet builder's words, as data: the interface in bokmål (the source), nynorsk and English,
// and one sentence per attribute. The English sentence is the attribute's description in
// custom-elements.json (the widget's JSDoc); bokmål and nynorsk translate it here. `en` repeats the
// manifest's text so test/builder.test.ts notices when a JSDoc changes and the translation is stale.

/** The interface. Keys are the same in every language (test/builder.test.ts checks). */
export const UI = {
  nb: {
    pageTitle: 'Lag widget – menneskehandel-widgets',
    heading: 'Lag widget',
    intro:
      'Velg en widget, still inn hvordan den skal se ut, og kopier koden. Koden limer du inn i en HTML-blokk i publiseringsløsningen din.',
    backToDemo: 'Tilbake til demoen',
    uiLanguage: 'Språk i verktøyet',
    settings: 'Innstillinger',
    widget: 'Widget',
    widgetLanguage: 'Språk i widgeten',
    attributes: 'Valg for widgeten',
    noAttributes: 'Denne widgeten har ingen flere valg.',
    notSet: 'Ikke valgt',
    defaultValue: 'Standard: {value}',
    scriptSrc: 'Adressen til skriptet',
    scriptSrcHint:
      'Der mappen cdn/ ligger på nettstedet ditt. Widgetene henter aldri noe fra andre nettsteder.',
    preview: 'Forhåndsvisning',
    previewHint: 'Widgeten slik den blir på siden din, med valgene over.',
    code: 'Kode å lime inn',
    codeKind: 'Type kode',
    scriptSnippet: 'Med skript-tagg',
    scriptSnippetHint: 'Én skript-tagg og widgetens tagg. Skriptet bygger widgeten i nettleseren.',
    prerendered: 'Ferdig HTML',
    prerenderedHint:
      'Widgetens tekst som HTML, synlig før skriptet er lastet og uten JavaScript. Skript-taggen gjør den interaktiv.',
    prerendering: 'Lager ferdig HTML …',
    prerenderUnavailable:
      'Ferdig HTML lages av demoserveren (npm start). Denne serveren har den ikke; bruk koden med skript-tagg.',
    prerenderFailed: 'Klarte ikke å lage ferdig HTML: {message}',
    prerenderedStyles:
      'Koden har <style>-elementer inni widgeten. Har siden en streng innholdspolicy (CSP med style-src \'self\'), må den tillate dem, for eksempel med hasher.',
    copy: 'Kopier koden',
    copied: 'Koden er kopiert. Lim den inn i en HTML-blokk.',
    copyFailed: 'Nettleseren ga ikke lov til å kopiere. Koden er merket: trykk Ctrl+C (⌘C på Mac).',
    manifestFailed: 'Fant ikke custom-elements.json. Kjør npm run build (eller npm start) først.',
    multiHint: 'Velg ingen for å vise alle.',
  },
  nn: {
    pageTitle: 'Lag widget – menneskehandel-widgets',
    heading: 'Lag widget',
    intro:
      'Vel ein widget, still inn korleis han skal sjå ut, og kopier koden. Koden limer du inn i ei HTML-blokk i publiseringsløysinga di.',
    backToDemo: 'Tilbake til demoen',
    uiLanguage: 'Språk i verktøyet',
    settings: 'Innstillingar',
    widget: 'Widget',
    widgetLanguage: 'Språk i widgeten',
    attributes: 'Val for widgeten',
    noAttributes: 'Denne widgeten har ingen fleire val.',
    notSet: 'Ikkje valt',
    defaultValue: 'Standard: {value}',
    scriptSrc: 'Adressa til skriptet',
    scriptSrcHint:
      'Der mappa cdn/ ligg på nettstaden din. Widgetane hentar aldri noko frå andre nettstader.',
    preview: 'Førehandsvising',
    previewHint: 'Widgeten slik han blir på sida di, med vala over.',
    code: 'Kode å lime inn',
    codeKind: 'Type kode',
    scriptSnippet: 'Med skript-tagg',
    scriptSnippetHint: 'Éin skript-tagg og taggen til widgeten. Skriptet byggjer widgeten i nettlesaren.',
    prerendered: 'Ferdig HTML',
    prerenderedHint:
      'Teksten i widgeten som HTML, synleg før skriptet er lasta og utan JavaScript. Skript-taggen gjer han interaktiv.',
    prerendering: 'Lagar ferdig HTML …',
    prerenderUnavailable:
      'Ferdig HTML blir laga av demotenaren (npm start). Denne tenaren har han ikkje; bruk koden med skript-tagg.',
    prerenderFailed: 'Klarte ikkje å lage ferdig HTML: {message}',
    prerenderedStyles:
      'Koden har <style>-element inni widgeten. Har sida ein streng innhaldspolicy (CSP med style-src \'self\'), må han tillate dei, til dømes med hashar.',
    copy: 'Kopier koden',
    copied: 'Koden er kopiert. Lim han inn i ei HTML-blokk.',
    copyFailed: 'Nettlesaren gav ikkje lov til å kopiere. Koden er merkt: trykk Ctrl+C (⌘C på Mac).',
    manifestFailed: 'Fann ikkje custom-elements.json. Køyr npm run build (eller npm start) først.',
    multiHint: 'Vel ingen for å vise alle.',
  },
  en: {
    pageTitle: 'Make a widget – menneskehandel-widgets',
    heading: 'Make a widget',
    intro:
      'Pick a widget, set it up the way it should look, and copy the code. Paste the code into an HTML block of your content management system.',
    backToDemo: 'Back to the demo',
    uiLanguage: 'Language of this tool',
    settings: 'Settings',
    widget: 'Widget',
    widgetLanguage: 'Language of the widget',
    attributes: 'Options for the widget',
    noAttributes: 'This widget has no further options.',
    notSet: 'Not set',
    defaultValue: 'Default: {value}',
    scriptSrc: 'Address of the script',
    scriptSrcHint: 'Where the cdn/ folder is on your site. The widgets never fetch anything from other sites.',
    preview: 'Preview',
    previewHint: 'The widget as it will be on your page, with the options above.',
    code: 'Code to paste',
    codeKind: 'Kind of code',
    scriptSnippet: 'With a script tag',
    scriptSnippetHint: "One script tag and the widget's tag. The script builds the widget in the browser.",
    prerendered: 'Ready-made HTML',
    prerenderedHint:
      "The widget's text as HTML, shown before the script has loaded and without JavaScript. The script tag makes it interactive.",
    prerendering: 'Making the HTML …',
    prerenderUnavailable:
      'Ready-made HTML is made by the demo server (npm start). This server does not have it; use the code with a script tag.',
    prerenderFailed: 'Could not make the HTML: {message}',
    prerenderedStyles:
      "The code has <style> elements inside the widget. A page with a strict Content-Security-Policy (style-src 'self') must allow them, for example by hash.",
    copy: 'Copy the code',
    copied: 'The code is copied. Paste it into an HTML block.',
    copyFailed: 'The browser did not allow copying. The code is selected: press Ctrl+C (⌘C on a Mac).',
    manifestFailed: 'custom-elements.json was not found. Run npm run build (or npm start) first.',
    multiHint: 'Choose none to show all.',
  },
};

/** Names of the three languages, in their own language (as a language menu shows them). */
export const LANGUAGE_NAMES = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** What each widget is, for the widget menu (the manifest's summary, translated). */
export const WIDGETS = {
  'mh-contact-card': { nb: 'Kontaktkort', nn: 'Kontaktkort', en: 'Contact card' },
  'mh-contact-list': { nb: 'Kontaktliste', nn: 'Kontaktliste', en: 'Contact list' },
  'mh-indicator-checklist': { nb: 'Indikatorer (sjekkliste)', nn: 'Indikatorar (sjekkliste)', en: 'Indicators (checklist)' },
  'mh-reporting-duty': { nb: 'Meldeplikt og avvergingsplikt', nn: 'Meldeplikt og avvergingsplikt', en: 'Reporting duty and duty to avert' },
  'mh-rights-list': { nb: 'Rettigheter', nn: 'Rettar', en: 'Rights' },
  'mh-conversation-guide': { nb: 'Samtaleveileder', nn: 'Samtalerettleiar', en: 'Conversation guide' },
  'mh-myths': { nb: 'Myter og misforståelser', nn: 'Mytar og misforståingar', en: 'Myths and misunderstandings' },
  'mh-quick-exit': { nb: 'Forlat siden raskt', nn: 'Forlat sida raskt', en: 'Quick exit' },
  'mh-guide': { nb: 'Hele veilederen', nn: 'Heile rettleiaren', en: 'The whole guide' },
};

/** Words for attribute values that are not self-explaining in Norwegian. Missing: the value itself. */
export const VALUE_LABELS = {
  nb: {
    adult: 'voksen', minor: 'under 18 år', public: 'offentlig', organisation: 'organisasjon', web: 'nettressurs',
    international: 'internasjonal', acute: 'akutt', housing: 'bolig', legal: 'juridisk', health: 'helse',
    work: 'arbeid', return: 'retur', advice: 'råd', prostitution: 'prostitusjon', 'forced-labour': 'tvangsarbeid',
    light: 'lys', dark: 'mørk', full: 'full', compact: 'kort', auto: 'automatisk', list: 'liste',
    reveal: 'vis svar ved klikk', professional: 'for ansatte', person: 'til personen', 'sticky-top': 'fast øverst',
    'public-task': 'offentlig oppgave', ngo: 'frivillig organisasjon', private: 'privat', yes: 'ja', no: 'nei',
    unknown: 'vet ikke', money: 'penger', customers: 'kunder', 'phone-and-accounts': 'telefon og kontoer',
    shopping: 'innkjøp', travel: 'reise', passport: 'pass', help: 'hjelp',
  },
  nn: {
    adult: 'vaksen', minor: 'under 18 år', public: 'offentleg', organisation: 'organisasjon', web: 'nettressurs',
    international: 'internasjonal', acute: 'akutt', housing: 'bustad', legal: 'juridisk', health: 'helse',
    work: 'arbeid', return: 'retur', advice: 'råd', prostitution: 'prostitusjon', 'forced-labour': 'tvangsarbeid',
    light: 'lys', dark: 'mørk', full: 'full', compact: 'kort', auto: 'automatisk', list: 'liste',
    reveal: 'vis svar ved klikk', professional: 'for tilsette', person: 'til personen', 'sticky-top': 'fast øvst',
    'public-task': 'offentleg oppgåve', ngo: 'frivillig organisasjon', private: 'privat', yes: 'ja', no: 'nei',
    unknown: 'veit ikkje', money: 'pengar', customers: 'kundar', 'phone-and-accounts': 'telefon og kontoar',
    shopping: 'innkjøp', travel: 'reise', passport: 'pass', help: 'hjelp',
  },
  en: {},
};

/**
 * One sentence per attribute in bokmål and nynorsk; `en` is the manifest's description it
 * translates. Keyed by tag, then attribute; `*` holds the attributes every widget shares.
 */
export const ATTRIBUTES = {
  '*': {
    'color-scheme': {
      en: "Force the light or dark default colours; without it the widget follows the host's CSS `color-scheme`.",
      nb: 'Tving lyse eller mørke standardfarger; uten dette følger widgeten fargeoppsettet (`color-scheme`) på siden din.',
      nn: 'Tving lyse eller mørke standardfargar; utan dette følgjer widgeten fargeoppsettet (`color-scheme`) på sida di.',
    },
    'source-footer': {
      en:
        'The source footer: `full` (the guide\'s title, publisher, edition and link) or `compact` (one\nline naming the guide, its edition, the part and the link). Unset or `auto`: the first widget\nof a page region in document order shows the full footer, the widgets after it the compact one.',
      nb: 'Kildehenvisningen nederst: `full` (veilederens tittel, utgiver, utgave og lenke) eller `compact` (én linje). Uten valg eller `auto`: den første widgeten i et område av siden viser den fulle, de neste den korte.',
      nn: 'Kjeldetilvisinga nedst: `full` (tittelen på rettleiaren, utgjevar, utgåve og lenkje) eller `compact` (éi linje). Utan val eller `auto`: den første widgeten i eit område av sida viser den fulle, dei neste den korte.',
    },
  },
  'mh-contact-card': {
    'contacts-src': {
      en: "A JSON file of local contacts on this site (same shape as the contact list's JSON block): a\npath (\"/kontakter.json\") or an https: address on the page's own origin; another origin is\nrefused. The card shows the entry whose id is `contact` (the guide's contacts come first).",
      nb: 'En JSON-fil med lokale kontakter på nettstedet deres (samme form som i kontaktlisten), f.eks. «/kontakter.json». Kortet viser kontakten med id-en fra «Kontakt». Filer fra andre nettsteder hentes ikke.',
      nn: 'Ei JSON-fil med lokale kontaktar på nettstaden dykkar (same form som i kontaktlista), t.d. «/kontakter.json». Kortet viser kontakten med id-en frå «Kontakt». Filer frå andre nettstader blir ikkje henta.',
    },
    contact: {
      en: 'Contact id from the guide, e.g. `rosa`, `politiet`, `alarmtelefonen`, or of a local contact in `contacts-src`.',
      nb: 'Hvilken kontakt fra veilederen (Del 8) kortet viser, eller id-en til en lokal kontakt i filen fra «contacts-src».',
      nn: 'Kva kontakt frå rettleiaren (Del 8) kortet viser, eller id-en til ein lokal kontakt i fila frå «contacts-src».',
    },
    compact: {
      en: 'Show only the name and the phone numbers.',
      nb: 'Vis bare navnet og telefonnumrene.',
      nn: 'Vis berre namnet og telefonnummera.',
    },
    'heading-level': {
      en: "Level of the contact's heading, 2–6 (default 3).",
      nb: 'Overskriftsnivået til kontakten, 2–6 (standard 3), slik at det passer inn i overskriftene på siden din.',
      nn: 'Overskriftsnivået til kontakten, 2–6 (standard 3), slik at det passar inn i overskriftene på sida di.',
    },
  },
  'mh-contact-list': {
    'contacts-src': {
      en: "Local contacts from a JSON file on this site (same shape as the JSON block), for a CMS that\nstrips `<script>`: a path (\"/kontakter.json\") or an https: address on the page's own origin;\nanother origin is refused. Listed after the property's and the JSON block's contacts, which\nreplace a file entry with the same id.",
      nb: 'En JSON-fil med lokale kontakter på nettstedet deres, f.eks. «/kontakter.json», for publiseringsløsninger som fjerner <script>. Kontaktene vises under «Lokale kontakter». Filer fra andre nettsteder hentes ikke.',
      nn: 'Ei JSON-fil med lokale kontaktar på nettstaden dykkar, t.d. «/kontakter.json», for publiseringsløysingar som fjernar <script>. Kontaktane blir viste under «Lokale kontaktar». Filer frå andre nettstader blir ikkje henta.',
    },
    category: {
      en: 'Categories to show, space-separated: `public organisation web international`.',
      nb: 'Hvilke grupper av kontakter som vises: offentlige instanser, organisasjoner, nettressurser, internasjonale organisasjoner.',
      nn: 'Kva grupper av kontaktar som blir viste: offentlege instansar, organisasjonar, nettressursar, internasjonale organisasjonar.',
    },
    audience: {
      en: 'Whom the help is for: `adult` or `minor`.',
      nb: 'Hvem hjelpen er for: voksne eller barn under 18 år.',
      nn: 'Kven hjelpa er for: vaksne eller barn under 18 år.',
    },
    need: {
      en: 'Needs, space-separated: `acute housing legal health work return advice`. `acute` puts emergency numbers first.',
      nb: 'Hvilke behov kontaktene skal dekke. «Akutt» setter nødnumrene først.',
      nn: 'Kva behov kontaktane skal dekkje. «Akutt» set naudnummera først.',
    },
    ids: {
      en: 'Explicit contact ids, space-separated, shown in that order (overrides category/audience/need filtering).',
      nb: 'Bestemte kontakter (id-er med mellomrom mellom), vist i den rekkefølgen; overstyrer gruppe, målgruppe og behov.',
      nn: 'Bestemte kontaktar (id-ar med mellomrom mellom), viste i den rekkjefølgja; overstyrer gruppe, målgruppe og behov.',
    },
    searchable: {
      en:
        'Show a search box and filters by need and category the visitor can change (`category` and\n`need` are their initial choice). The search looks through every contact and says when the\nfilters hide matches.',
      nb: 'Vis et søkefelt og filtre som den besøkende kan endre selv; gruppe og behov over er det som er valgt fra start.',
      nn: 'Vis eit søkjefelt og filter som den besøkjande kan endre sjølv; gruppe og behov over er det som er valt frå start.',
    },
    'heading-level': {
      en: 'Level of the top headings, 2–6 (default 2); contacts get the next level.',
      nb: 'Nivået til de øverste overskriftene, 2–6 (standard 2); kontaktene får nivået under.',
      nn: 'Nivået til dei øvste overskriftene, 2–6 (standard 2); kontaktane får nivået under.',
    },
  },
  'mh-conversation-guide': {
    'heading-level': {
      en: "Heading level of the widget's title (2–6); sections use the level below.",
      nb: 'Overskriftsnivået til widgetens tittel (2–6); delene bruker nivået under.',
      nn: 'Overskriftsnivået til tittelen på widgeten (2–6); delane bruker nivået under.',
    },
    situations: {
      en:
        'Space-separated situations to preselect in the question filter: `work housing money customers\nphone-and-accounts health shopping travel passport help`. Empty: all questions.',
      nb: 'Situasjoner som er valgt på forhånd i spørsmålsfilteret. Ingen valgt: alle spørsmålene vises.',
      nn: 'Situasjonar som er valde på førehand i spørsmålsfilteret. Ingen valde: alle spørsmåla blir viste.',
    },
    'rights-href': {
      en:
        'Where the list of what to tell the person about rights and help services is\n(e.g. `<mh-rights-list variant="person">` on another page). https: or same-site only; else text.',
      nb: 'Lenke til siden med rettighetene som skal fortelles til personen (for eksempel en side med rettighetslisten). Bare https: eller en adresse på eget nettsted.',
      nn: 'Lenkje til sida med rettane som skal forteljast til personen (til dømes ei side med rettslista). Berre https: eller ei adresse på eigen nettstad.',
    },
  },
  'mh-guide': {
    parts: {
      en: 'Space-separated parts to include (1–8), in the guide\'s order. Default: all.',
      nb: 'Hvilke deler av veilederen som tas med (1–8). Ingen valgt: alle.',
      nn: 'Kva delar av rettleiaren som blir tekne med (1–8). Ingen valde: alle.',
    },
    'heading-level': {
      en: "Heading level of the widget's part headings (2–6). Widgets inside use the levels below.",
      nb: 'Overskriftsnivået til delene (2–6); widgetene inni bruker nivåene under.',
      nn: 'Overskriftsnivået til delane (2–6); widgetane inni bruker nivåa under.',
    },
    'exit-href': {
      en: 'Where the quick exit goes (https: or a same-site path); see `<mh-quick-exit>`.',
      nb: 'Hvor «Forlat siden raskt» sender den besøkende (https: eller en adresse på eget nettsted).',
      nn: 'Kvar «Forlat sida raskt» sender den besøkjande (https: eller ei adresse på eigen nettstad).',
    },
    'contacts-src': {
      en: 'Local contacts from a JSON file on this site, for the contact list in Del 8: a path\n("/kontakter.json") or an https: address on the page\'s own origin (as in `<mh-contact-list>`).',
      nb: 'En JSON-fil med lokale kontakter på nettstedet deres (samme form som i kontaktlisten), f.eks. «/kontakter.json». De vises først i kontaktlisten i del 8. Filer fra andre nettsteder hentes ikke.',
      nn: 'Ei JSON-fil med lokale kontaktar på nettstaden dykkar (same form som i kontaktlista), t.d. «/kontakter.json». Dei blir viste først i kontaktlista i del 8. Filer frå andre nettstader blir ikkje henta.',
    },
    'no-quick-exit': {
      en: 'Leave out the quick exit (the guide already does when the page has a quick exit of its own).',
      nb: 'Ta bort «Forlat siden raskt»-knappen (det gjør veilederen av seg selv når siden har sin egen).',
      nn: 'Ta bort «Forlat sida raskt»-knappen (det gjer rettleiaren av seg sjølv når sida har sin eigen).',
    },
    'no-hash': {
      en: 'Keep navigation out of the URL, for hosts whose router owns the hash.',
      nb: 'Ikke skriv navigasjonen inn i adressen (#), for nettsteder som bruker den selv.',
      nn: 'Ikkje skriv navigasjonen inn i adressa (#), for nettstader som bruker henne sjølve.',
    },
  },
  'mh-indicator-checklist': {
    audience: {
      en:
        'Preset for "Kan personen være under 18 år?": `minor` or `adult`. Without it nothing is pre-selected and the minors\' indicators are shown.',
      nb: 'Forhåndssvar på «Kan personen være under 18 år?». Uten valg vises også indikatorene for mindreårige.',
      nn: 'Førehandssvar på «Kan personen vere under 18 år?». Utan val blir også indikatorane for mindreårige viste.',
    },
    forms: {
      en: 'Preset forms, space-separated: `prostitution`, `forced-labour`.',
      nb: 'Former for utnyttelse som er valgt på forhånd.',
      nn: 'Former for utnytting som er valde på førehand.',
    },
    'heading-level': {
      en: "Level of the widget's heading (2–6); sub-headings use the levels below.",
      nb: 'Overskriftsnivået til widgeten (2–6); underoverskriftene bruker nivåene under.',
      nn: 'Overskriftsnivået til widgeten (2–6); underoverskriftene bruker nivåa under.',
    },
    expanded: {
      en: 'Start with every category open (the user can still fold them); by default they start folded.',
      nb: 'Start med alle kategoriene åpne (de kan fortsatt lukkes); ellers starter de lukket.',
      nn: 'Start med alle kategoriane opne (dei kan framleis lukkast); elles startar dei lukka.',
    },
    'show-arenas': {
      en: 'Show the arenas ("Hvor kan utnyttning skje?") as a collapsible section.',
      nb: 'Vis arenaene («Hvor kan utnyttning skje?») som en del som kan åpnes.',
      nn: 'Vis arenaene («Hvor kan utnyttning skje?») som ein del som kan opnast.',
    },
    'duty-href': {
      en: 'Where the summary links for the reporting duty (Del 6): https: or a same-site path/#hash.',
      nb: 'Hvor oppsummeringen lenker for meldeplikten (Del 6): https: eller en adresse på eget nettsted.',
      nn: 'Kvar oppsummeringa lenkjer for meldeplikta (Del 6): https: eller ei adresse på eigen nettstad.',
    },
    'rights-href': {
      en: 'Where the summary links for the rights of presumed victims (Del 7).',
      nb: 'Hvor oppsummeringen lenker for rettighetene til mulige ofre (Del 7).',
      nn: 'Kvar oppsummeringa lenkjer for rettane til moglege offer (Del 7).',
    },
    'contacts-href': {
      en: 'Where the summary links for agencies and support services (Del 8).',
      nb: 'Hvor oppsummeringen lenker for instanser og hjelpetiltak (Del 8).',
      nn: 'Kvar oppsummeringa lenkjer for instansar og hjelpetiltak (Del 8).',
    },
  },
  'mh-myths': {
    display: {
      en: '`list` (myth and fact together) or `reveal` (each fact behind a disclosure).',
      nb: 'Liste (myte og fakta sammen) eller vis svar ved klikk (fakta skjult til den besøkende åpner).',
      nn: 'Liste (myte og fakta saman) eller vis svar ved klikk (fakta skjult til den besøkjande opnar).',
    },
    'heading-level': {
      en: "Level of the widget's heading (2–6).",
      nb: 'Overskriftsnivået til widgeten (2–6).',
      nn: 'Overskriftsnivået til widgeten (2–6).',
    },
  },
  'mh-quick-exit': {
    href: {
      en: 'Where to go: an https: address or a same-site path ("/…"). Default https://www.yr.no.',
      nb: 'Hvor knappen sender den besøkende: en https:-adresse eller en adresse på eget nettsted. Standard er https://www.yr.no.',
      nn: 'Kvar knappen sender den besøkjande: ei https:-adresse eller ei adresse på eigen nettstad. Standard er https://www.yr.no.',
    },
    position: {
      en: '`sticky-top` keeps the button at the top of the viewport while the page scrolls.',
      nb: '«Fast øverst» holder knappen øverst i vinduet mens siden rulles.',
      nn: '«Fast øvst» held knappen øvst i vindauget medan sida blir rulla.',
    },
    'show-help': {
      en: 'Show a short text on what the button does and does not do.',
      nb: 'Vis en kort tekst om hva knappen gjør og ikke gjør.',
      nn: 'Vis ein kort tekst om kva knappen gjer og ikkje gjer.',
    },
    'no-shortcut': {
      en:
        'Turns the Shift shortcut off (the button still works). For sites whose users press Shift\nalone often, e.g. screen-reader users who pause speech with it (NVDA).',
      nb: 'Slå av snarveien med Shift-tasten (knappen virker fortsatt), for eksempel for skjermleserbrukere som stanser talen med Shift.',
      nn: 'Slå av snarvegen med Shift-tasten (knappen verkar framleis), til dømes for skjermlesarbrukarar som stansar talen med Shift.',
    },
  },
  'mh-reporting-duty': {
    'heading-level': {
      en: "Heading level of the widget's title (2–6); lower headings follow it.",
      nb: 'Overskriftsnivået til widgetens tittel (2–6); de andre overskriftene følger etter.',
      nn: 'Overskriftsnivået til tittelen på widgeten (2–6); dei andre overskriftene følgjer etter.',
    },
    'user-role': {
      en:
        'Preset answer to "Who are you?": `public`, `public-task`, `ngo` or `private`. (Not named role: that is an\nARIA attribute.)',
      nb: 'Forhåndssvar på «Hvem er du?»: offentlig ansatt, offentlig oppgave, frivillig organisasjon eller privat.',
      nn: 'Førehandssvar på «Kven er du?»: offentleg tilsett, offentleg oppgåve, frivillig organisasjon eller privat.',
    },
    minor: {
      en: 'Preset: the person may be under 18. `yes` (or present with no value), `no` or `unknown` (treated as under 18).',
      nb: 'Forhåndssvar: personen kan være under 18 år. «Vet ikke» behandles som under 18.',
      nn: 'Førehandssvar: personen kan vere under 18 år. «Veit ikkje» blir handsama som under 18.',
    },
    acute: {
      en: 'Preset: acute danger to life or health. `yes` (or present with no value) or `no`.',
      nb: 'Forhåndssvar: akutt fare for liv eller helse.',
      nn: 'Førehandssvar: akutt fare for liv eller helse.',
    },
  },
  'mh-rights-list': {
    variant: {
      en:
        '`professional` (default): the nine rights with who is responsible. `person`: the information to give the person.',
      nb: 'For ansatte (standard): de ni rettighetene og hvem som har ansvaret. Til personen: informasjonen som skal gis til personen.',
      nn: 'For tilsette (standard): dei ni rettane og kven som har ansvaret. Til personen: informasjonen som skal givast til personen.',
    },
    audience: {
      en:
        '`minor` or `adult`. Not set (age unknown), the minors\' additions are shown marked "Under 18 år"\n(the guide: in doubt about age, treat the person as a child); `adult` leaves them out.',
      nb: 'Voksen eller under 18 år. Uten valg (alder ukjent) vises tilleggene for barn, merket «Under 18 år», slik veilederen sier: er du i tvil om alderen, behandle personen som barn.',
      nn: 'Vaksen eller under 18 år. Utan val (alder ukjend) blir tillegga for barn viste, merkte «Under 18 år», slik rettleiaren seier: er du i tvil om alderen, handsam personen som barn.',
    },
    'heading-level': {
      en: "Level of the widget's top heading (2–6); sub-headings use the levels below.",
      nb: 'Overskriftsnivået til widgetens øverste overskrift (2–6); underoverskriftene bruker nivåene under.',
      nn: 'Overskriftsnivået til den øvste overskrifta i widgeten (2–6); underoverskriftene bruker nivåa under.',
    },
  },
};
