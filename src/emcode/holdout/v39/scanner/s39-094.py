from string import Template


def render_label(template, item):
    return Template(template).safe_substitute(
        title=str(item.title), period=str(item.period), accession=str(item.accession)
    )
