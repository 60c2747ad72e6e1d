EMAIL_TMPL = """
<p>Hi {name},</p>
<p>Your saved search <a href="{link}">{term}</a> has {n} new results.</p>
"""


def search_alert_email(name, term, link, n):
    return EMAIL_TMPL.format(name=name, term=term, link=link, n=n)
