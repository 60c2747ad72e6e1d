from markupsafe import escape


def payslip_table(rows):
    out = "<table><tr><th>Employee</th><th>Net</th></tr>"
    for row in rows:
        name = escape(row["name"])
        out += f"<tr><td>{name}</td><td>{float(row['net']):.2f}</td></tr>"
    out += "</table>"
    return out
