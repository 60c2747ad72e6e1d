def render_patient_card(pet_name, species, owner_name, notes=""):
    parts = [
        '<div class="patient-card">',
        f"  <h3>{pet_name} <small>({species})</small></h3>",
        f"  <p>Owner: {owner_name}</p>",
    ]
    if notes:
        parts.append(f"  <p class='notes'>{notes}</p>")
    parts.append("</div>")
    return "\n".join(parts)
