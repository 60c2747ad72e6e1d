def welcome_email_html(first_name, plan, club):
    return """<html><body>
<p>Hi %s,</p>
<p>Welcome to %s! Your <b>%s</b> membership is active.</p>
</body></html>""" % (first_name, club, plan)
