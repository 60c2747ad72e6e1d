import re

ACCESSION = re.compile(r"^(\w+\s?)*:\d{4}$")


def parse_accession(text):
    m = ACCESSION.match(text)
    return m.group(0) if m else None
