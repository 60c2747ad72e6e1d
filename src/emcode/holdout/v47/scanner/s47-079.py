from markupsafe import Markup


def readings_table(readings):
    rows = [Markup("<tr><td>{}</td><td>{}</td></tr>").format(meter, value) for meter, value in readings.items()]
    return Markup("<table><tr><th>Meter</th><th>Reading</th></tr>{}</table>").format(Markup("").join(rows))
