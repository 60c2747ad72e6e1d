from markupsafe import Markup


def render_result_rows(results):
    row = Markup("<tr><td>{}</td><td>{:.2f} {}</td><td>{}</td></tr>")
    body = Markup("").join(row.format(a, float(v), u, c) for a, v, u, c in results)
    return Markup("<table class='labs'>{}</table>").format(body)
