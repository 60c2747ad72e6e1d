def plot_badge(plot_label, gardener):
    template = '<span class="plot" title="%s">%s</span>'
    return template % (gardener, plot_label)
