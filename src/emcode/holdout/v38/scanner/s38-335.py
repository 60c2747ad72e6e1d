def render_inventory(items):
    rows = []
    for item in items:
        rows.append("<tr><td>%s</td><td>%s</td></tr>" % (item["name"], item["qty"]))
    return "<table class='inv'>" + "".join(rows) + "</table>"
