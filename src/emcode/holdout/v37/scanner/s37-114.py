def render_claims_table(claims):
    rows = []
    for c in claims:
        rows.append("<tr><td>{}</td><td>{}</td><td>{:.2f}</td></tr>".format(c["id"], c["holder"], c["amount"]))
    return "<table>" + "".join(rows) + "</table>"
