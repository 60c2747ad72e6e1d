ALLOWED_LOCALES = {"en-GB", "en-US", "de-DE", "fr-FR", "nl-NL"}

def remember_locale(handler, locale):
    if locale not in ALLOWED_LOCALES:
        locale = "en-GB"
    handler.send_response(204)
    handler.send_header("Set-Cookie", "locale=%s; Path=/; SameSite=Lax" % locale)
    handler.end_headers()
