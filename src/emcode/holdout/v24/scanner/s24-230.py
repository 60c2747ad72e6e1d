from typing import Iterable, Mapping

def talks_table(rows: Iterable[Mapping[str, str]]) -> str:
    body = "".join("<tr><td>%s</td><td>%s</td></tr>" % (r["speaker"], r["title"]) for r in rows)
    return "<table><thead><tr><th>Speaker</th><th>Title</th></tr></thead><tbody>" + body + "</tbody></table>"
