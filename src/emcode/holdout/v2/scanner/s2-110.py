from html import escape


def rows_to_table(headers: list[str], rows: list[list[str]]) -> str:
    """Render a list of rows as an HTML table."""
    head = "".join("<th>{}</th>".format(escape(str(h))) for h in headers)
    body = "".join("<tr>" + "".join("<td>{}</td>".format(escape(str(c))) for c in row) + "</tr>" for row in rows)
    return "<table><thead><tr>{}</tr></thead><tbody>{}</tbody></table>".format(head, body)
