from django.http import HttpResponse
from django.utils.html import format_html


def greet(request):
    name = request.GET.get("name", "guest")
    html = format_html("<html><body><h1>Hello, {}!</h1></body></html>", name)
    return HttpResponse(html)
