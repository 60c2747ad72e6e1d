ROW = "<tr><td>{member}</td><td>{tier}</td><td>{miles}</td></tr>"


def loyalty_table(members):
    rows = []
    for m in members:
        rows.append(ROW.format(member=m["name"], tier=m["tier"], miles=m["miles"]))
    return "<table>" + "\n".join(rows) + "</table>"
