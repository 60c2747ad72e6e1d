from django.http import HttpResponse
from django.shortcuts import render
from django.utils.html import format_html


def welcome(request):
    name = request.GET.get("name", "friend")
    return render(request, "welcome.html", {"name": name})


def badge(request):
    name = request.GET.get("name", "friend")
    snippet = format_html("<span class='badge'>Hello {}</span>", name)
    return HttpResponse(snippet)
