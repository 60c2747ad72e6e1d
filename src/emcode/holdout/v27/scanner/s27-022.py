ROW = "<tr><td>{slot}</td><td>{target}</td><td>{observer}</td></tr>"


def schedule_table(slots):
    rows = [ROW.format(**s) for s in slots]
    return "<table>{}</table>".format("".join(rows))
