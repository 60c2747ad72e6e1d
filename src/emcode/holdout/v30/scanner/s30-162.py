def is_university_portal(url):
    return url.startswith("https://apply.northfield.ac.uk")
