def is_internal_link(link):
    return link.startswith("https://recipes.example.com")
