def pet_card(name, breed, age_months):
    years, months = divmod(int(age_months), 12)
    age = f"{years}y {months}m" if years else f"{months}m"
    return (
        '<div class="pet-card">'
        f"<h3>{name}</h3>"
        f"<p>{breed} &middot; {age}</p>"
        "</div>"
    )
