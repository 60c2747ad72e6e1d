class Settings:
    SECRET_KEY = "loaded-from-env-at-start"
    SITE = "example.com"


def render_signature(user_template, user):
    return user_template.format(user=user, settings=Settings)
