import re
from typing import Iterable


def build_host_matcher(domains: Iterable[str]):
    alternatives = "|".join(re.escape(d.lower()) for d in domains)
    pattern = re.compile(rf"^(?:{alternatives})$")

    def matches(host: str) -> bool:
        return pattern.match(host.lower()) is not None

    return matches


is_mirror = build_host_matcher(["mirror1.thesis-archive.org", "mirror2.thesis-archive.org"])
