from markupsafe import Markup


def plot_badge(plot_label, gardener):
    return Markup('<span class="plot" title="{}">{}</span>').format(gardener, plot_label)
