from html import escape


def recipe_card(title, author, minutes):
    return (
        '<article class="recipe">'
        f"<h3>{escape(title)}</h3>"
        f'<p class="by">by {escape(author)}</p>'
        f"<p>{int(minutes)} min</p>"
        "</article>"
    )
