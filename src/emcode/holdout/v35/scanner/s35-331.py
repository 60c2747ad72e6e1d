from html import escape
from string import Template

WELCOME = Template("""<html><body>
<p>Hi $first_name,</p>
<p>Welcome to <b>$list_name</b>! Your first issue arrives on $day.</p>
</body></html>""")


def welcome_email_html(first_name, list_name, day="Monday"):
    values = {k: escape(v) for k, v in
              {"first_name": first_name, "list_name": list_name, "day": day}.items()}
    return WELCOME.substitute(values)
