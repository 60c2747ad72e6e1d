from string import Template


def render_notice(template_text, **ctx):
    return Template(template_text).safe_substitute({k: str(v) for k, v in ctx.items()})
