def to_html_table(rows: list[dict]) -> str:
    if not rows:
        return "<table></table>"
    cols = list(rows[0])
    head = "".join("<th>{}</th>".format(c) for c in cols)
    body = ""
    for r in rows:
        body += "<tr>" + "".join("<td>{}</td>".format(r[c]) for c in cols) + "</tr>"
    return "<table><thead><tr>{}</tr></thead><tbody>{}</tbody></table>".format(head, body)
