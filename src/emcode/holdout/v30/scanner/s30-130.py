BADGE = '<span class="badge" style="background:{colour}">{label}</span>'


def stock_badge(label, colour="#999"):
    return BADGE.format(label=label, colour=colour)
