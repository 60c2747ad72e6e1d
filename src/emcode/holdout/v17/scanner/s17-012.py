from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

LANGS = {"en", "de", "fr"}


@require_POST
def set_language(request):
    lang = request.POST.get("lang", "en")
    if lang in LANGS:
        translation.activate(lang)
        request.session["lang"] = lang
    dest = request.POST.get("continue", "/")
    if not url_has_allowed_host_and_scheme(dest, allowed_hosts=set(settings.ALLOWED_HOSTS),
                                          require_https=request.is_secure()):
        dest = "/"
    return HttpResponseRedirect(dest)
