ROW = "<tr><td>{rx}</td><td>{drug}</td><td>{sig}</td></tr>"


def render_rx_table(prescriptions):
    rows = [ROW.format(rx=p["rx"], drug=p["drug"], sig=p["directions"]) for p in prescriptions]
    return "<table class='rx'>\n" + "\n".join(rows) + "\n</table>"
