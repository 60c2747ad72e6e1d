from html import escape


def sailing_row(route, depart, note):
    cells = (escape(str(v)) for v in (route, depart, note))
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
