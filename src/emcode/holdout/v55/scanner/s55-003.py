def render_options(choices, selected):
    out = []
    for value, label in choices:
        sel = " selected" if value == selected else ""
        out.append(f'<option value="{value}"{sel}>{label}</option>')
    return "\n".join(out)
