from typing import Iterable, Mapping


def to_html_table(records: Iterable[Mapping[str, object]], columns: list[str]) -> str:
    head = "".join("<th>{}</th>".format(c) for c in columns)
    body = []
    for rec in records:
        cells = "".join("<td>{}</td>".format(rec.get(c, "")) for c in columns)
        body.append("<tr>{}</tr>".format(cells))
    return """<table>
<thead><tr>{}</tr></thead>
<tbody>{}</tbody>
</table>""".format(head, "".join(body))
