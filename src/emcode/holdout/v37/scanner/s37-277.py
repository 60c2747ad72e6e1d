from markupsafe import Markup, escape


def render_claims_table(claims):
    rows = Markup("")
    for c in claims:
        rows += Markup("<tr><td>{}</td><td>{}</td><td>{:.2f}</td></tr>").format(c["id"], c["holder"], float(c["amount"]))
    return Markup("<table>") + rows + Markup("</table>")
