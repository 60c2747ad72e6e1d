def pedigree_svg(people):
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400">']
    for i, person in enumerate(people):
        y = 30 + i * 40
        parts.append(f'<text x="20" y="{y}">{person["name"]} ({person.get("born", "?")})</text>')
    parts.append("</svg>")
    return "\n".join(parts)
