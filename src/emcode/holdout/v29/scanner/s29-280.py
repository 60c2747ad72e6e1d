from html import escape
from string import Template

_BODY = Template("""<html><body>
<p>Hi $captain,</p>
<p>Your match against <b>$opponent</b> is on $date at $venue.</p>
</body></html>""")


def fixture_email_html(captain, opponent, date, venue):
    values = {"captain": captain, "opponent": opponent, "date": date, "venue": venue}
    return _BODY.substitute({k: escape(str(v)) for k, v in values.items()})
