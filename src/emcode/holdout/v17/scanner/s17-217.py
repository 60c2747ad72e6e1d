from urllib.parse import urlparse

from django.http import HttpResponseRedirect
from django.shortcuts import redirect

PARTNERS = {"partner-a.example", "partner-b.example"}


def outbound(request):
    url = request.GET.get("to", "")
    parsed = urlparse(url)
    if parsed.scheme == "https" and parsed.hostname in PARTNERS:
        return HttpResponseRedirect(url)
    return redirect("home")
