from markupsafe import Markup


def render_plot_badges(plots):
    badge = Markup('<span class="badge" title="{0}">{1}</span>')
    parts = [badge.format(p["owner"], p["number"]) for p in plots]
    return Markup('<div class="badges">') + Markup("").join(parts) + Markup("</div>")
