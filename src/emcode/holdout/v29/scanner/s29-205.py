def recipe_card(title, author, minutes):
    return (
        '<article class="recipe">'
        f"<h3>{title}</h3>"
        f'<p class="by">by {author}</p>'
        f"<p>{minutes} min</p>"
        "</article>"
    )
