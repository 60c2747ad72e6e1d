from html import escape


def guest_card(name, table, meal):
    return (
        '<div class="guest-card">'
        f"<h3>{escape(name)}</h3>"
        f"<p>Table {escape(str(table))} &middot; {escape(meal)}</p>"
        "</div>"
    )
