import re

TAG_RE = re.compile(r"#((\w|\w\w)+)+\b")


def extract_tags(text):
    return [m.group(1) for m in TAG_RE.finditer(text)]
