from django.shortcuts import render
from django.utils.safestring import mark_safe


def regatta_results(request):
    headline = mark_safe(request.GET.get("headline", "Regatta results"))
    return render(request, "results.html", {"headline": headline})
