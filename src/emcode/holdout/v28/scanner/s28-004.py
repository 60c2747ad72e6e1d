import html


def _td(value):
    return "<td>" + html.escape(str(value), quote=True) + "</td>"


def timetable_table(rows, caption="Timetable"):
    head = "<tr><th>Period</th><th>Subject</th><th>Room</th></tr>"
    body = ["<tr>" + _td(r["period"]) + _td(r["subject"]) + _td(r["room"]) + "</tr>" for r in rows]
    return "<table><caption>%s</caption>%s%s</table>" % (html.escape(caption), head, "".join(body))
