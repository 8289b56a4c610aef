"""Countries, their other names and their demonyms, folded to one canonical name.

"the US", "U.S.", "America", "American", "US-based" all name the actor "United States";
"Israeli" names Israel. Capitals are NOT folded into their country: "Washington" or
"Moscow" is often the government, but just as often the city (a meeting *in* Moscow), and
merging would make "What happened in Moscow?" answer about all of Russia.
"""

from __future__ import annotations

import functools

from bot.names import fold

# canonical | other names | demonyms and adjectives (comma-separated)
_TABLE = """
Afghanistan||Afghan,Afghans,Afghani
Albania||Albanian,Albanians
Algeria||Algerian,Algerians
Angola||Angolan,Angolans
Argentina|the Argentine|Argentine,Argentinian,Argentinians,Argentines
Armenia||Armenian,Armenians
Australia||Australian,Australians,Aussie
Austria||Austrian,Austrians
Azerbaijan||Azerbaijani,Azerbaijanis,Azeri,Azeris
Bahrain||Bahraini,Bahrainis
Bangladesh||Bangladeshi,Bangladeshis
Belarus||Belarusian,Belarusians,Belarussian
Belgium||Belgian,Belgians
Bolivia||Bolivian,Bolivians
Bosnia and Herzegovina|Bosnia|Bosnian,Bosnians
Brazil||Brazilian,Brazilians
Bulgaria||Bulgarian,Bulgarians
Cambodia||Cambodian,Cambodians
Cameroon||Cameroonian,Cameroonians
Canada||Canadian,Canadians
Chile||Chilean,Chileans
China|People's Republic of China,PRC,mainland China|Chinese
Colombia||Colombian,Colombians
Croatia||Croatian,Croatians,Croat,Croats
Cuba||Cuban,Cubans
Cyprus||Cypriot,Cypriots
Czech Republic|Czechia|Czech,Czechs
Democratic Republic of the Congo|DRC,DR Congo,Congo-Kinshasa|Congolese
Denmark||Danish,Dane,Danes
Ecuador||Ecuadorian,Ecuadorians
Egypt||Egyptian,Egyptians
Eritrea||Eritrean,Eritreans
Estonia||Estonian,Estonians
Ethiopia||Ethiopian,Ethiopians
Finland||Finnish,Finn,Finns
France||French,Frenchman,Frenchwoman
Georgia||Georgian,Georgians
Germany||German,Germans
Ghana||Ghanaian,Ghanaians
Greece||Greek,Greeks
Hungary||Hungarian,Hungarians
Iceland||Icelandic,Icelander,Icelanders
India||Indian,Indians
Indonesia||Indonesian,Indonesians
Iran|Islamic Republic of Iran|Iranian,Iranians
Iraq||Iraqi,Iraqis
Ireland|Irish Republic,Republic of Ireland,Eire|Irish,Irishman
Israel|State of Israel|Israeli,Israelis
Italy||Italian,Italians
Ivory Coast|Cote d'Ivoire|Ivorian,Ivorians
Jamaica||Jamaican,Jamaicans
Japan||Japanese
Jordan||Jordanian,Jordanians
Kazakhstan||Kazakh,Kazakhs,Kazakhstani
Kenya||Kenyan,Kenyans
Kosovo||Kosovan,Kosovar,Kosovars
Kuwait||Kuwaiti,Kuwaitis
Kyrgyzstan||Kyrgyz
Laos||Laotian,Lao
Latvia||Latvian,Latvians
Lebanon||Lebanese
Libya||Libyan,Libyans
Lithuania||Lithuanian,Lithuanians
Luxembourg||Luxembourgish,Luxembourger
Malaysia||Malaysian,Malaysians
Mali||Malian,Malians
Malta||Maltese
Mexico||Mexican,Mexicans
Moldova||Moldovan,Moldovans
Mongolia||Mongolian,Mongolians
Montenegro||Montenegrin,Montenegrins
Morocco||Moroccan,Moroccans
Mozambique||Mozambican,Mozambicans
Myanmar|Burma|Burmese,Myanmarese
Nepal||Nepalese,Nepali
Netherlands|Holland,the Netherlands|Dutch,Dutchman
New Zealand|NZ,Aotearoa|New Zealander,New Zealanders,Kiwi
Nicaragua||Nicaraguan,Nicaraguans
Niger||Nigerien,Nigeriens
Nigeria||Nigerian,Nigerians
North Korea|DPRK,Democratic People's Republic of Korea|North Korean,North Koreans
North Macedonia|Macedonia|Macedonian,Macedonians
Norway||Norwegian,Norwegians
Oman||Omani,Omanis
Pakistan||Pakistani,Pakistanis
Palestine|Palestinian territories,State of Palestine|Palestinian,Palestinians
Panama||Panamanian,Panamanians
Paraguay||Paraguayan,Paraguayans
Peru||Peruvian,Peruvians
Philippines|the Philippines|Filipino,Filipinos,Philippine
Poland||Polish,Pole,Poles
Portugal||Portuguese
Qatar||Qatari,Qataris
Romania||Romanian,Romanians
Russia|Russian Federation|Russian,Russians
Rwanda||Rwandan,Rwandans
Saudi Arabia|Saudi,KSA|Saudi Arabian,Saudis
Senegal||Senegalese
Serbia||Serbian,Serbians,Serb,Serbs
Singapore||Singaporean,Singaporeans
Slovakia||Slovak,Slovaks,Slovakian
Slovenia||Slovenian,Slovenians,Slovene,Slovenes
Somalia||Somali,Somalis
South Africa||South African,South Africans
South Korea|Republic of Korea,ROK|South Korean,South Koreans
South Sudan||South Sudanese
Spain||Spanish,Spaniard,Spaniards
Sri Lanka||Sri Lankan,Sri Lankans
Sudan||Sudanese
Sweden||Swedish,Swede,Swedes
Switzerland||Swiss
Syria|Syrian Arab Republic|Syrian,Syrians
Taiwan|Republic of China|Taiwanese
Tajikistan||Tajik,Tajiks
Tanzania||Tanzanian,Tanzanians
Thailand||Thai,Thais
Tunisia||Tunisian,Tunisians
Turkey|Turkiye,Türkiye,Republic of Turkey|Turkish,Turk,Turks
Turkmenistan||Turkmen
Uganda||Ugandan,Ugandans
Ukraine|the Ukraine|Ukrainian,Ukrainians
United Arab Emirates|UAE,the Emirates,Emirates|Emirati,Emiratis
United Kingdom|UK,U.K.,Britain,Great Britain,the UK,United Kingdom of Great Britain and Northern Ireland|British,Briton,Britons,Brit,Brits
United States|US,U.S.,USA,U.S.A.,America,United States of America,the States|American,Americans
Uruguay||Uruguayan,Uruguayans
Uzbekistan||Uzbek,Uzbeks
Venezuela||Venezuelan,Venezuelans
Vietnam|Viet Nam|Vietnamese
Yemen||Yemeni,Yemenis
Zambia||Zambian,Zambians
Zimbabwe||Zimbabwean,Zimbabweans
England||English,Englishman,Englishwoman
Scotland||Scottish,Scot,Scots
Wales||Welsh
Northern Ireland||Northern Irish
"""

# Suffixes that turn a country into an adjective: "US-based", "Turkish-backed".
COMPOUND_SUFFIXES = ("based", "backed", "led", "born", "made", "owned", "funded", "brokered", "run")


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for line in _TABLE.strip().splitlines():
        canon, others, adjs = line.split("|")
        for n in [canon, *filter(None, others.split(","))]:
            names[fold(n)] = canon
            if n.lower().startswith("the "):
                names[fold(n[4:])] = canon
        for d in filter(None, adjs.split(",")):
            demonyms[fold(d)] = canon
    return names, demonyms


def names_of(canonical: str) -> list[str]:
    """Every name of a country, folded: 'New Zealand' -> ['new zealand', 'nz', 'aotearoa']."""
    names, _ = _tables()
    return [n for n, c in names.items() if c == canonical]


def demonyms_of(canonical: str) -> list[str]:
    """A country's demonyms and adjectives, folded: 'Poland' -> ['polish', 'pole', 'poles']."""
    _, demonyms = _tables()
    return [d for d, c in demonyms.items() if c == canonical]


def country_for_name(text: str) -> str | None:
    """'the U.S.' -> 'United States'; a demonym is not a name here."""
    names, _ = _tables()
    f = fold(text)
    if f.startswith("the "):
        f = f[4:]
    return names.get(f)


def country_for_demonym(text: str) -> str | None:
    """'Israeli' / 'Israelis' / 'US-based' / 'Turkish-backed' -> the country."""
    names, demonyms = _tables()
    f = fold(text)
    hit = demonyms.get(f)
    if hit:
        return hit
    head, _, tail = f.rpartition(" ")
    if head and tail in COMPOUND_SUFFIXES:
        return demonyms.get(head) or names.get(head)
    return None


def country_for(text: str) -> str | None:
    return country_for_name(text) or country_for_demonym(text)


def is_demonym_word(lower: str) -> bool:
    """Fast single-token check used while scanning tokens."""
    _, demonyms = _tables()
    return lower in demonyms
