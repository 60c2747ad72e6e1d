def claims_table(rows):
    head = "<tr><th>Ref</th><th>Claimant</th><th>Notes</th></tr>"
    body = "".join(
        "<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (r["ref"], r["claimant"], r["notes"])
        for r in rows
    )
    return "<table>" + head + body + "</table>"
