from django.http import HttpResponseRedirect
from django.utils import translation
from django.views.decorators.http import require_GET

LANGS = {"en", "de", "fr"}


@require_GET
def set_language(request):
    lang = request.GET.get("lang", "en")
    if lang in LANGS:
        translation.activate(lang)
        request.session["lang"] = lang
    dest = request.GET.get("continue", "/")
    return HttpResponseRedirect(dest)
