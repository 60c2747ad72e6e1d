from urllib.parse import quote

from markupsafe import Markup


def profile_link(username: str) -> Markup:
    return Markup('<a href="/u/{}">@{}</a>').format(quote(username, safe=""), username)
