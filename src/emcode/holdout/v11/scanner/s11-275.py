import re

ROW = re.compile(r"^([\w ]{1,200}),([\w ]{1,200})$")


def parse_pair(line: str):
    if len(line) > 401:
        return None
    m = ROW.match(line)
    return (m.group(1).strip(), m.group(2).strip()) if m else None
