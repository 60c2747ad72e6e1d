def incidents_table(incidents):
    rows = []
    for inc in incidents:
        rows.append(
            "<tr><td>{shaft}</td><td>{kind}</td><td>{description}</td></tr>".format(**inc)
        )
    return "<table><thead><tr><th>Shaft</th><th>Type</th><th>Description</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
