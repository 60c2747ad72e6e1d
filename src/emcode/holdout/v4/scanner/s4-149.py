from django.http import HttpResponse

LANGS = {"en", "de", "fr", "es"}


def set_lang(request):
    lang = request.GET.get("lang", "en")
    if lang not in LANGS:
        lang = "en"
    resp = HttpResponse("ok")
    resp.set_cookie("lang", lang, path="/", samesite="Lax", secure=True)
    return resp
