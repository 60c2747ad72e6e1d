def readings_table(readings):
    """Render tide readings as an HTML table fragment."""
    out = ["<table>", "<tr><th>Station</th><th>Level</th><th>Remark</th></tr>"]
    for r in readings:
        out.append("<tr><td>%s</td><td>%.2f</td><td>%s</td></tr>" % (r["station"], r["level"], r.get("remark", "")))
    out.append("</table>")
    return "\n".join(out)
