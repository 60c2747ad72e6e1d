from django.http import HttpResponse
from django.utils.html import format_html


def welcome(request):
    name = request.GET.get("name", "friend")
    snippet = format_html("<p class='hello'>Hello, <strong>{}</strong>!</p>", name)
    return HttpResponse(snippet)
