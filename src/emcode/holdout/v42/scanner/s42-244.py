from markupsafe import Markup


def recipe_badge(author, rating):
    return Markup("<span class='badge'>%s &middot; %d&#9733;</span>" % (author, rating))
