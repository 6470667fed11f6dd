"""Clauses for the API tests: real limit values from GB / Codex / WHO / IEC / ISO, in our own sentences."""

INTERNATIONAL = [
    {"standard": "CXS 193-1995", "clause": "Lead 1", "text": "Lead (as Pb) in cereal grains: maximum level 0.2 mg/kg.",
     "title": "General Standard for Contaminants and Toxins in Food and Feed"},
    {"standard": "CXS 193-1995", "clause": "Cadmium 2", "text": "Cadmium in polished rice: maximum level 0.4 mg/kg."},
    {"standard": "CXS 193-1995", "clause": "Aflatoxins 3",
     "text": "Total aflatoxins in peanuts intended for further processing: maximum level 15 µg/kg."},
    {"standard": "WHO GDWQ 2022", "clause": "Nitrate", "text": "Nitrate (as NO3-) in drinking water: guideline value 50 mg/L."},
    {"standard": "IEC 60335-1:2020", "clause": "16.2",
     "text": "For class I appliances the leakage current shall not exceed 0.75 mA."},
    {"standard": "ISO 712:2009", "clause": "9.2",
     "text": "Dry the test portion in the oven at 130 °C to 133 °C for 120 min."},
]

DOMESTIC = [
    {"standard": "GB 2762-2022", "clause": "4.1", "text": "谷物中铅（以Pb计）的限量为0.2 mg/kg。",
     "title": "食品安全国家标准 食品中污染物限量"},
    {"standard": "GB 2762-2022", "clause": "4.2", "text": "大米中镉（以Cd计）的限量为0.2 mg/kg。"},
    {"standard": "GB 5749-2022", "clause": "4.1", "text": "生活饮用水中硝酸盐（以N计）的限值为10 mg/L。"},
    {"standard": "GB 4706.1-2005", "clause": "16.2", "text": "对于I类器具，泄漏电流不应超过0.75 mA。"},
]

# Two textile strengths the encoder alone pairs the wrong way round: a user's termbase CSV that names them.
TEXTILE_TERMS = ("concept,parent,field,role,zh,en\n"
                 "bursting_strength,,textiles,parameter,顶破强力,bursting strength\n"
                 "breaking_force,,textiles,parameter,断裂强力,breaking force\n")
