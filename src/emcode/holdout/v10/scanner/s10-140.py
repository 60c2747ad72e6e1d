from django.http import HttpResponse
from django.utils.html import format_html


def unsubscribe(request):
    email = request.GET.get("email", "")
    message = format_html("<p>{} has been removed from the newsletter.</p>", email)
    return HttpResponse(message)
