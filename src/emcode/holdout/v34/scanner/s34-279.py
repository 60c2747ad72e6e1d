def is_archive_link(url):
    return url.startswith("https://records.genealogy.example")
