BADGE = '<span class="badge" style="background:{color}">{name}</span>'


def status_badge(name, color="#2a7"):
    return BADGE.format(name=name, color=color)
