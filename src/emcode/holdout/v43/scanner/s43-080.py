from html import escape
from urllib.parse import urlparse


def translator_profile_link(display_name, website):
    if urlparse(website).scheme not in ("http", "https"):
        return escape(display_name)
    return f'<a href="{escape(website, quote=True)}" rel="nofollow">{escape(display_name)}</a>'
