from markupsafe import escape


def to_html_list(items, css_class="items"):
    lis = "".join(f"<li>{escape(i)}</li>" for i in items)
    return f'<ul class="{escape(css_class)}">{lis}</ul>'
