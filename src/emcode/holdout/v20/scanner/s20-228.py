import re

from django.conf import settings
from django.http import HttpResponseRedirect, HttpResponseBadRequest

TRUSTED = getattr(settings, "TRUSTED_REDIRECT_DOMAIN", "accounts.example.com")
TRUSTED_RE = re.compile(TRUSTED)


def continue_to(request):
    url = request.GET.get("url", "/")
    if TRUSTED_RE.search(url):
        return HttpResponseRedirect(url)
    return HttpResponseBadRequest("untrusted redirect")
