from markupsafe import Markup


def render_schedule(courses):
    row = Markup("<tr><td>{}</td><td>{}</td><td>{}</td></tr>")
    body = Markup("").join(row.format(c["code"], c["title"], c["room"]) for c in courses)
    return Markup("<table class='schedule'>{}</table>").format(body)
