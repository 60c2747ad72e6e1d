from html import escape


def roster_html(students):
    """Render a language-school roster as an HTML list."""
    items = [f"<li>{escape(s['name'])} ({escape(s['level'])})</li>" for s in students]
    return "<ul class='roster'>" + "".join(items) + "</ul>"
