def is_internal_link(link):
    return link == "https://recipes.example.com" or link.startswith("https://recipes.example.com/")
