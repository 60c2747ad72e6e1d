from markupsafe import Markup


def table_row(cells):
    inner = "".join("<td>{}</td>".format(c) for c in cells)
    return Markup("<tr>" + inner + "</tr>")
