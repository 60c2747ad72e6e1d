from typing import Iterable


def readings_table(rows: Iterable[dict]) -> str:
    cells = ["<tr><td>" + r["turbine"] + "</td><td>" + str(r["kw"]) + "</td></tr>" for r in rows]
    return "<table>\n" + "\n".join(cells) + "\n</table>"
