import re

TAG_RE = re.compile(r"#(\w{1,50})")


def extract_tags(text: str) -> list[str]:
    return TAG_RE.findall(text[:10_000])
