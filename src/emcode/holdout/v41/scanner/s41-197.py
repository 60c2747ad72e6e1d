def bags_table(rows):
    """rows: iterable of (tag, passenger, destination)"""
    out = "<table><tr><th>Tag</th><th>Passenger</th><th>To</th></tr>"
    for tag, passenger, dest in rows:
        out += "<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (tag, passenger, dest)
    return out + "</table>"
