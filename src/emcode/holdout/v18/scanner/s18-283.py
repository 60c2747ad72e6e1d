import os


def greeting(template):
    api_key = os.environ.get("MAIL_API_KEY", "")
    site = "Example Shop"
    return template.format(**locals())
