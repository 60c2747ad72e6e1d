from xml.sax.saxutils import escape


def pedigree_svg(people):
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400">']
    for i, person in enumerate(people):
        y = 30 + i * 40
        label = escape(f'{person["name"]} ({person.get("born", "?")})')
        parts.append(f'<text x="20" y="{y}">{label}</text>')
    parts.append("</svg>")
    return "\n".join(parts)
