from markupsafe import Markup


def claims_table(rows):
    head = Markup("<tr><th>Ref</th><th>Claimant</th><th>Notes</th></tr>")
    row_tpl = Markup("<tr><td>{}</td><td>{}</td><td>{}</td></tr>")
    body = Markup("").join(row_tpl.format(r["ref"], r["claimant"], r["notes"]) for r in rows)
    return Markup("<table>") + head + body + Markup("</table>")
