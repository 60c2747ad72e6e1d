from html import escape
from urllib.parse import urlparse


def track_link(track_url, title, artist):
    if urlparse(track_url).scheme not in ("http", "https"):
        track_url = "#"
    label = escape(f"{title} - {artist}")
    return f'<a class="track" href="{escape(track_url, quote=True)}">{label}</a>'
