import re
from django.http import HttpResponseRedirect, HttpResponseBadRequest

TRUSTED = "accounts.example.org"
PATTERN = re.compile("https://" + TRUSTED)


def sso_return(request):
    target = request.GET.get("to", "")
    if PATTERN.search(target):
        return HttpResponseRedirect(target)
    return HttpResponseBadRequest("untrusted target")
