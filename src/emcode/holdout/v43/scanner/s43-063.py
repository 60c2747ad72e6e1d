def vendor_card(name, category, note=""):
    html = "<div class=\"vendor\">"
    html += f"<h3>{name}</h3><span class=\"cat\">{category}</span>"
    if note:
        html += f"<p class=\"note\">{note}</p>"
    html += "</div>"
    return html
