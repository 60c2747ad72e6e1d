from urllib.parse import urlparse
from django.http import HttpResponseBadRequest, HttpResponseRedirect

TRUSTED = "accounts.example.org"


def sso_return(request):
    target = request.GET.get("to", "")
    parts = urlparse(target)
    if parts.scheme == "https" and parts.hostname == TRUSTED:
        return HttpResponseRedirect(target)
    return HttpResponseBadRequest("untrusted target")
