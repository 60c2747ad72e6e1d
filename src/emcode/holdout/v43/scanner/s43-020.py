import html


def welcome_email_html(first_name, plan, club):
    vals = tuple(html.escape(v, quote=True) for v in (first_name, club, plan))
    return """<html><body>
<p>Hi %s,</p>
<p>Welcome to %s! Your <b>%s</b> membership is active.</p>
</body></html>""" % vals
