import html

ROW = "<tr><td>{member}</td><td>{tier}</td><td>{miles}</td></tr>"


def loyalty_table(members):
    rows = []
    for m in members:
        name = html.escape(m["name"])
        tier = html.escape(m["tier"])
        rows.append(ROW.format(member=name, tier=tier, miles=int(m["miles"])))
    return "<table>" + "\n".join(rows) + "</table>"
