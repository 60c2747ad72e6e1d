def welcome_email(name, course):
    body = """<html><body>
<p>Dear %s,</p>
<p>Welcome to %s. Classes start Monday.</p>
</body></html>""" % (name, course)
    return body
