def rows_to_html(rows):
    out = "<table>"
    for r in rows:
        out += "<tr><td>%s</td><td>%s</td></tr>" % (r["name"], r["comment"])
    return out + "</table>"
