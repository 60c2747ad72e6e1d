def guest_card(name, table, meal):
    return (
        '<div class="guest-card">'
        f"<h3>{name}</h3>"
        f"<p>Table {table} &middot; {meal}</p>"
        "</div>"
    )
