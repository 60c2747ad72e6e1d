from html import escape


def render_entrant_row(entrant):
    cells = (entrant["seed"], entrant["handle"], entrant["team"])
    return "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in cells) + "</tr>"
