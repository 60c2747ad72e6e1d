from markupsafe import Markup


def incidents_table(incidents):
    row = Markup("<tr><td>{}</td><td>{}</td><td>{}</td></tr>")
    body = Markup("").join(row.format(i["shaft"], i["kind"], i["description"]) for i in incidents)
    return Markup("<table><thead><tr><th>Shaft</th><th>Type</th><th>Description</th></tr></thead><tbody>{}</tbody></table>").format(body)
