from markupsafe import Markup


def readings_table(readings):
    row = Markup("<tr><td>{}</td><td>{:.2f}</td><td>{}</td></tr>")
    out = [Markup("<table>"), Markup("<tr><th>Station</th><th>Level</th><th>Remark</th></tr>")]
    for r in readings:
        out.append(row.format(r["station"], float(r["level"]), r.get("remark", "")))
    out.append(Markup("</table>"))
    return Markup("\n").join(out)
