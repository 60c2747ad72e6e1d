from html import escape
from urllib.parse import urlparse

EMAIL_TMPL = """
<p>Hi {name},</p>
<p>Your saved search <a href="{link}">{term}</a> has {n} new results.</p>
"""


def search_alert_email(name, term, link, n):
    if urlparse(link).scheme != "https":
        link = "https://example.com/searches"
    return EMAIL_TMPL.format(name=escape(name), term=escape(term), link=escape(link, quote=True), n=int(n))
