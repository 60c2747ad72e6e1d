from urllib.parse import urlsplit
from django.http import HttpResponseRedirect, HttpResponseBadRequest

PARTNER_HOSTS = {"shop.example.com", "help.example.com"}


def outbound(request):
    url = request.GET.get("to", "")
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in PARTNER_HOSTS:
        return HttpResponseBadRequest("unknown destination")
    return HttpResponseRedirect(url)
