from markupsafe import escape


def rental_table(rows):
    parts = ["<table>", "<tr><th>Machine</th><th>Customer</th></tr>"]
    for machine, customer in rows:
        parts.append("<tr><td>%s</td><td>%s</td></tr>" % (escape(machine), escape(customer)))
    parts.append("</table>")
    return "\n".join(parts)
