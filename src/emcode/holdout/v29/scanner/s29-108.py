from html import escape

_LEVEL_CLASS = {"info": "alert-info", "warn": "alert-warn", "error": "alert-error"}


def alert_list_html(alerts):
    items = []
    for a in alerts:
        cls = _LEVEL_CLASS.get(a.get("level"), "alert-info")
        items.append('<li class="%s">%s: %s</li>' % (cls, escape(a["device"]), escape(a["message"])))
    return "\n".join(["<ul class='alerts'>"] + items + ["</ul>"])
