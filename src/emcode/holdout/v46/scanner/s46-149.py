from markupsafe import Markup


def status_badge(status, label):
    css = {"on-loan": "badge-warn", "available": "badge-ok"}.get(status, "badge")
    return Markup(f'<span class="{css}">{label}</span>')
