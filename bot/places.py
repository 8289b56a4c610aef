"""Places the small NER model often takes for people or bodies: counties, regions, cities.

Why: "a Devon man", "Sedgefield", "Yorkshire" tagged PERSON become people the engine then
insists a quote must name ("what did X say about the Devon farmer"), and turn up as answers
to "who is ...". A name in this list, alone or with a compass word ("North Devon",
"West Yorkshire"), is a place whatever the model said. A county in "-shire" needs no entry.

Bodies that speak (Downing Street, Whitehall, Westminster) are not here: the news quotes
them; nor are towns that are common surnames (Preston, Bolton, Lincoln), which a story may
use alone for a person. Countries are in bot.countries.
"""

from __future__ import annotations

import functools
import re

from bot.names import fold

_NAMES = """
Avon Bedfordshire Berkshire Buckinghamshire Cambridgeshire Cheshire Cornwall Cumbria Derbyshire Devon
Dorset County Durham Essex Gloucestershire Hampshire Herefordshire Hertfordshire Kent Lancashire
Leicestershire Lincolnshire Merseyside Middlesex Norfolk Northamptonshire Northumberland Nottinghamshire
Oxfordshire Rutland Shropshire Somerset Staffordshire Suffolk Surrey Sussex Teesside Tyneside Warwickshire
Wiltshire Worcestershire Yorkshire Humberside Cleveland Anglesey Gwynedd Powys Ceredigion Pembrokeshire
Carmarthenshire Glamorgan Gwent Clwyd Dyfed Fife Lothian Strathclyde Grampian Tayside Argyll Ayrshire
Lanarkshire Dumfriesshire Galloway Highlands Orkney Shetland Antrim Armagh Tyrone Fermanagh Londonderry
Cotswolds Midlands East Anglia Home Counties Isle of Wight Isle of Man Channel Islands
Birmingham Manchester Liverpool Leeds Sheffield Bristol Newcastle Sunderland Gateshead Middlesbrough
Nottingham Leicester Coventry Derby Stoke Wolverhampton Bradford Southampton Portsmouth Plymouth
Exeter Bath Oxford Cambridge Norwich Ipswich Colchester Brighton Bournemouth Blackpool
Reading Slough Luton Milton Keynes Northampton Peterborough Swindon Gloucester Cheltenham Worcester
Hereford Shrewsbury York Darlington Hartlepool Sedgefield
Doncaster Rotherham Barnsley Wakefield Huddersfield Harrogate Scarborough Grimsby
Canterbury Dover Maidstone Guildford Crawley Stevenage Watford Walsall Redditch Telford
Swansea Cardiff Newport Wrexham Bangor Aberystwyth Edinburgh Glasgow Aberdeen Dundee Inverness
Perth Paisley Belfast Derry Wantage Sheffield Brightside Bethnal Green Hackney Islington Camden
Lambeth Southwark Brixton Tottenham Croydon Barnet Ealing Harrow Wembley Heathrow Gatwick Stansted
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
Mississippi Missouri Montana Nebraska Nevada New Hampshire New Jersey New Mexico New York North Carolina
North Dakota Ohio Oklahoma Oregon Pennsylvania Rhode Island South Carolina South Dakota Tennessee Texas
Utah Vermont Virginia West Virginia Wisconsin Wyoming
"""

# Names of more than one word in the list above, read as one name.
_MULTI = ("County Durham", "East Anglia", "Home Counties", "Isle of Wight", "Isle of Man", "Channel Islands",
          "Milton Keynes", "Sheffield Brightside", "Bethnal Green", "New Hampshire", "New Jersey", "New Mexico",
          "New York", "North Carolina", "North Dakota", "Rhode Island", "South Carolina", "South Dakota",
          "West Virginia")

_COMPASS = re.compile(r"(?i)^(?:north|south|east|west|mid|central|greater|inner|outer)(?:[ -](?:east|west))?[ -]")
# A constituency writes its compass word after the town: "Leicester South", "Bristol West",
# "Leeds North East", "Cardiff Central".
_COMPASS_AFTER = re.compile(r"(?i)[ -](?:north|south|east|west|central)(?:[ -](?:east|west))?$")


@functools.lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    text = _NAMES
    multi = {fold(m) for m in _MULTI}
    for m in _MULTI:
        text = text.replace(m, "")
    return frozenset({fold(w) for w in text.split()} | multi)


def is_place_name(text: str) -> bool:
    """'Devon', 'North Devon', 'West Yorkshire', 'Mid-Bedfordshire', 'Herefordshire': a place."""
    name = text.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    bare = _COMPASS.sub("", name)
    if not bare or not bare[:1].isupper():
        return False
    f = fold(bare)
    if f not in _names() and _COMPASS_AFTER.search(bare) and fold(_COMPASS_AFTER.sub("", bare)) in _names():
        return True
    return f in _names() or (" " not in f and f.endswith("shire") and len(f) > 6)
