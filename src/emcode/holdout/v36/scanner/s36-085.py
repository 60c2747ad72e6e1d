import html


def waitlist_html(students):
    items = []
    for s in students:
        label = html.escape(f"{s['name']} ({s['id']})")
        items.append(f"<li>{label}</li>")
    return "<ol class='waitlist'>" + "".join(items) + "</ol>"
