from markupsafe import Markup


def render_pedigree(names):
    items = [Markup("<li class='ancestor'>{}</li>").format(n) for n in names]
    return Markup("<ul>") + Markup("\n").join(items) + Markup("</ul>")
