def readings_table(readings):
    lines = ["<table>", "<tr><th>Meter</th><th>Reading</th></tr>"]
    for meter, value in readings.items():
        lines.append("<tr><td>{}</td><td>{}</td></tr>".format(meter, value))
    lines.append("</table>")
    return "\n".join(lines)
