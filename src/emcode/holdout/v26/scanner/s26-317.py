import bleach


def readings_table(rows):
    cells = [
        "<tr><td>{}</td><td>{:.1f}</td></tr>".format(bleach.clean(r["turbine"], tags=[], strip=True), float(r["kw"]))
        for r in rows
    ]
    return "<table>" + "".join(cells) + "</table>"
