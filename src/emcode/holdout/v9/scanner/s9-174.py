def orders_table(orders):
    html = "<table>"
    for o in orders:
        html += "<tr><td>" + o["customer"] + "</td><td>" + str(o["total"]) + "</td></tr>"
    html += "</table>"
    return html
