from string import Template

EMAIL = Template("""<html><body>
<p>$who commented on your post:</p>
<blockquote>$text</blockquote>
</body></html>""")


def comment_email(who: str, text: str) -> str:
    return EMAIL.substitute(who=who, text=text)
