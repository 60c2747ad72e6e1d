from html import escape


def drone_status_table(drones):
    head = "<tr><th>ID</th><th>Battery</th><th>Status</th></tr>"
    body = "".join(
        "<tr><td>{}</td><td>{}%</td><td>{}</td></tr>".format(escape(d["id"]), int(d["battery"]), escape(d["status"]))
        for d in drones
    )
    return "<table>" + head + body + "</table>"
