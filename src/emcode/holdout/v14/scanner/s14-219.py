from django.shortcuts import render
from django.utils.safestring import mark_safe


def search(request):
    q = request.GET.get("q", "")
    heading = mark_safe("<span class='hl'>" + q + "</span>")
    return render(request, "search.html", {"heading": heading, "results": []})
