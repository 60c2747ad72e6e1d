from django.http import HttpResponse

LANGS = {"en", "gd", "cy"}


def tour_info(request):
    lang = request.GET.get("lang", "en")
    if lang not in LANGS:
        lang = "en"
    resp = HttpResponse("Tours run daily from 10:00.", content_type="text/plain")
    resp["Content-Language"] = lang
    return resp
