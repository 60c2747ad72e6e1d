from urllib.parse import urlsplit

ALLOWED = ["recipes.example", "cdn.recipes.example"]

def safe_redirect_target(url):
    netloc = urlsplit(url).netloc
    for domain in ALLOWED:
        if netloc.endswith(domain):
            return url
    return "/"
