def timetable_table(rows, caption="Timetable"):
    head = "<tr><th>Period</th><th>Subject</th><th>Room</th></tr>"
    body = []
    for r in rows:
        body.append("<tr><td>{0}</td><td>{1}</td><td>{2}</td></tr>".format(r["period"], r["subject"], r["room"]))
    return "<table><caption>%s</caption>%s%s</table>" % (caption, head, "".join(body))
