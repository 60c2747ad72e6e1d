import re

EMAIL_RE = re.compile(r"^(\w+\.?)+@(\w+\.?)+\.[a-z]{2,}$")


def signup(form):
    email = form["email"]
    if not EMAIL_RE.match(email):
        raise ValueError("invalid email")
    return email.lower()
