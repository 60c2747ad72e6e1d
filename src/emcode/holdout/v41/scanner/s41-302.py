UPDATE_TEMPLATE = """<html><body>
<h2>Update on {title}</h2>
<div>{message}</div>
<p>Thanks for backing us, {backer}!</p>
</body></html>"""


def build_update_email(title, message, backer):
    return UPDATE_TEMPLATE.format(title=title, message=message, backer=backer)
