from html import escape

def tag_list(tags):
    return "<ul>" + "".join(f"<li>{escape(t)}</li>" for t in tags) + "</ul>"
