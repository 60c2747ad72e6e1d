ERROR_PAGE = """<!doctype html>
<title>Not found</title>
<p>Nothing matched <code>{query}</code>.</p>
"""

def not_found_page(query):
    return ERROR_PAGE.format(query=query)
