from django.http import HttpResponse


def set_lang(request):
    lang = request.GET.get("lang", "en")
    resp = HttpResponse("ok")
    resp["Set-Cookie"] = "lang=%s; Path=/" % lang
    return resp
