from markupsafe import Markup

def search_box(term: str) -> str:
    return str(Markup('<input type="text" name="q" value="{}">').format(term))
