def render_plot_badges(plots):
    parts = []
    for plot in plots:
        parts.append('<span class="badge" title="{0}">{1}</span>'.format(plot["owner"], plot["number"]))
    return '<div class="badges">' + "".join(parts) + "</div>"
