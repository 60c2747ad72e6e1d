from string import Template


def render_label(fmt, keg):
    return Template(fmt).safe_substitute(name=str(keg.name), style=str(keg.style), abv=f"{keg.abv:.1f}")
