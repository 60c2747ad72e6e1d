from markupsafe import Markup

BADGE = Markup('<span class="badge badge-{level}">{label}</span>')
LEVELS = {"low", "ok", "high"}


def stock_badge(label, level="ok"):
    if level not in LEVELS:
        level = "ok"
    return BADGE.format(label=label, level=level)
