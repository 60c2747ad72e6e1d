from django.shortcuts import redirect
from django.http import HttpResponseBadRequest


def go(request):
    url = request.GET.get("url", "")
    if "example.com" in url:
        return redirect(url)
    return HttpResponseBadRequest("bad url")
