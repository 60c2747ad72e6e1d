from html import escape


def render_options(choices, selected):
    out = []
    for value, label in choices:
        sel = " selected" if value == selected else ""
        out.append(f'<option value="{escape(str(value), quote=True)}"{sel}>{escape(str(label))}</option>')
    return "\n".join(out)
