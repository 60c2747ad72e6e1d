import html
import re

BADGE = '<span class="badge" style="background:{color}">{name}</span>'
_HEX = re.compile(r"#[0-9a-fA-F]{3,6}")


def status_badge(name, color="#2a7"):
    if not _HEX.fullmatch(color):
        color = "#2a7"
    return BADGE.format(name=html.escape(name), color=color)
