from html import escape


def language_select(languages, selected=None):
    opts = []
    for code, label in languages:
        sel = " selected" if code == selected else ""
        opts.append(f'<option value="{escape(code, quote=True)}"{sel}>{escape(label)}</option>')
    return '<select name="lang">' + "".join(opts) + "</select>"
