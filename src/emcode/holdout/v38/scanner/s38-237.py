from markupsafe import escape


def render_inventory(items):
    rows = []
    for item in items:
        rows.append("<tr><td>%s</td><td>%s</td></tr>" % (escape(item["name"]), escape(item["qty"])))
    return "<table class='inv'>" + "".join(rows) + "</table>"
