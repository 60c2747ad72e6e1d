from markupsafe import Markup


def bags_table(rows):
    """rows: iterable of (tag, passenger, destination)"""
    row_tpl = Markup("<tr><td>{}</td><td>{}</td><td>{}</td></tr>")
    body = Markup("").join(row_tpl.format(tag, passenger, dest) for tag, passenger, dest in rows)
    return Markup("<table><tr><th>Tag</th><th>Passenger</th><th>To</th></tr>{}</table>").format(body)
