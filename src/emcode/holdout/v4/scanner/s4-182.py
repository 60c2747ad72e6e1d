from django.http import HttpResponse
from django.utils.html import escape


def welcome(request):
    who = escape(request.GET.get("who", "guest"))
    body = "<html><body>Welcome back, " + who + "</body></html>"
    return HttpResponse(body)
