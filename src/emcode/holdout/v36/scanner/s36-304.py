def render_schedule(courses):
    rows = []
    for c in courses:
        rows.append("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (c["code"], c["title"], c["room"]))
    return "<table class='schedule'>" + "".join(rows) + "</table>"
