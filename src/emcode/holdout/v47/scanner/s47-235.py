from string import Template


def render_receipt(template, client, total):
    return Template(template).safe_substitute(client=str(client), total=f"{float(total):.2f}")
