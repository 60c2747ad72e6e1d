from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme

LANGS = {"en", "fr", "de"}


def switch_language(request):
    lang = request.GET.get("lang", "en")
    if lang in LANGS:
        request.session["lang"] = lang
    dest = request.GET.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(dest, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        dest = "/"
    return redirect(dest)
