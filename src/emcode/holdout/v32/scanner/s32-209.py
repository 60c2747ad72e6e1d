from html import escape


def render_roast_card(roaster_name, origin, tasting_notes):
    notes = "".join(f"<li>{escape(n)}</li>" for n in tasting_notes)
    return (
        f"<div class='card'><h3>{escape(roaster_name)}</h3>"
        f"<p>Origin: {escape(origin)}</p><ul>{notes}</ul></div>"
    )
