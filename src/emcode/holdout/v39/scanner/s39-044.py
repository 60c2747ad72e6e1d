from html import escape


def herd_summary(herds):
    lines = ["<ul>"]
    for name, count in sorted(herds.items()):
        lines.append(f"<li>{escape(name)}: {int(count)}</li>")
    lines.append("</ul>")
    return "".join(lines)
