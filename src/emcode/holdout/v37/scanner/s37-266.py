import html
from string import Template

_ROW = Template("<tr><td>$time</td><td>$piece</td><td>$venue</td></tr>")


def rehearsal_rows(rehearsals):
    return "\n".join(
        _ROW.substitute({k: html.escape(str(v)) for k, v in r.items() if k in ("time", "piece", "venue")})
        for r in rehearsals
    )
