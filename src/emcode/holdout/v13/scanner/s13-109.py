from django.http import HttpResponse
from django.utils.html import format_html


def welcome(request):
    name = request.GET.get("name", "guest")
    body = format_html("<h1>Welcome, {}</h1><p>Your cart is empty.</p>", name)
    return HttpResponse(body)
