def render_roast_card(roaster_name, origin, tasting_notes):
    notes = "".join(f"<li>{n}</li>" for n in tasting_notes)
    return (
        f"<div class='card'><h3>{roaster_name}</h3>"
        f"<p>Origin: {origin}</p><ul>{notes}</ul></div>"
    )
