from html import escape


def render_patient_card(pet_name, species, owner, next_visit):
    """Small HTML card for the reception dashboard."""
    return (
        '<div class="card">'
        f"<h3>{escape(pet_name)}</h3>"
        f"<p>{escape(species)} &middot; owner: {escape(owner)}</p>"
        f"<p>Next visit: {escape(str(next_visit))}</p>"
        "</div>"
    )
