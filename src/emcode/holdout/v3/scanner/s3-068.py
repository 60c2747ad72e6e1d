from django.http import HttpResponse
from django.utils.html import format_html


def greet(request):
    visitor = request.GET.get("visitor", "friend")
    message = format_html("<h2>Hi {}!</h2><p>Thanks for stopping by.</p>", visitor)
    return HttpResponse(message)
