def render_patient_card(pet_name, species, owner, next_visit):
    """Small HTML card for the reception dashboard."""
    return (
        '<div class="card">'
        f"<h3>{pet_name}</h3>"
        f"<p>{species} &middot; owner: {owner}</p>"
        f"<p>Next visit: {next_visit}</p>"
        "</div>"
    )
