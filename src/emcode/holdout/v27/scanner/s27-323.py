import html


def schedule_table(slots: list[dict]) -> str:
    rows = []
    for s in slots:
        cells = "".join(f"<td>{html.escape(str(s[k]), quote=True)}</td>" for k in ("slot", "target", "observer"))
        rows.append(f"<tr>{cells}</tr>")
    return "<table>" + "".join(rows) + "</table>"
