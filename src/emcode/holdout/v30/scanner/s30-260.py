from urllib.parse import urlsplit


def is_university_portal(url):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.netloc.lower() == "apply.northfield.ac.uk"
