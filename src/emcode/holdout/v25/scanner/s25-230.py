def results_table(rows):
    """Render search results (title, snippet) as an HTML table."""
    out = "<table class='results'>"
    for title, snippet in rows:
        out += "<tr>"
        out += "<td class='t'>" + title + "</td>"
        out += "<td>" + snippet + "</td>"
        out += "</tr>"
    return out + "</table>"
