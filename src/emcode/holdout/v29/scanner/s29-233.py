def alert_list_html(alerts):
    items = []
    for a in alerts:
        items.append('<li class="%s">%s: %s</li>' % (a["level"], a["device"], a["message"]))
    return "\n".join(["<ul class='alerts'>"] + items + ["</ul>"])
