def render_result_rows(results):
    """results: iterable of (analyte, value, unit, comment)."""
    rows = []
    for analyte, value, unit, comment in results:
        rows.append("<tr><td>%s</td><td>%.2f %s</td><td>%s</td></tr>" % (analyte, value, unit, comment))
    return "<table class='labs'>%s</table>" % "".join(rows)
