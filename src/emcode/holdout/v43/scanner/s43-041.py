from html import escape


def vendor_card(name, category, note=""):
    html = "<div class=\"vendor\">"
    html += f"<h3>{escape(name)}</h3><span class=\"cat\">{escape(category)}</span>"
    if note:
        html += f"<p class=\"note\">{escape(note)}</p>"
    html += "</div>"
    return html
