from html import escape


def render_patient_card(pet_name, species, owner_name, notes=""):
    parts = [
        '<div class="patient-card">',
        f"  <h3>{escape(pet_name)} <small>({escape(species)})</small></h3>",
        f"  <p>Owner: {escape(owner_name)}</p>",
    ]
    if notes:
        parts.append(f"  <p class='notes'>{escape(notes)}</p>")
    parts.append("</div>")
    return "\n".join(parts)
