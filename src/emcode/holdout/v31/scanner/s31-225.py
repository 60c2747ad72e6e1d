def payslip_table(rows):
    out = "<table><tr><th>Employee</th><th>Net</th></tr>"
    for row in rows:
        out += f"<tr><td>{row['name']}</td><td>{row['net']:.2f}</td></tr>"
    out += "</table>"
    return out
