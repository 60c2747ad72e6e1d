from html import escape


def citation_row(citation):
    cells = (citation["plate"], citation["zone"], citation["note"])
    return "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in cells) + "</tr>"
