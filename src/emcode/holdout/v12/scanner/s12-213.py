from django.http import HttpResponseRedirect, Http404
from django.shortcuts import get_object_or_404
from .models import ShortLink


def follow(request, code=None):
    if code:
        link = get_object_or_404(ShortLink, code=code)
        link.hits += 1
        link.save(update_fields=["hits"])
        return HttpResponseRedirect(link.target)
    fallback = request.GET.get("u")
    if not fallback:
        raise Http404("no link")
    return HttpResponseRedirect(fallback)
