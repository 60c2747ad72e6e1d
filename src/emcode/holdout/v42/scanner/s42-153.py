from markupsafe import Markup


def recipe_badge(author, rating):
    return Markup("<span class='badge'>{} &middot; {}&#9733;</span>").format(author, int(rating))
