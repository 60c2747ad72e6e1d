from django.http import HttpResponse
from django.utils.html import format_html


def profile(request):
    username = request.GET.get("username", "")
    bio = request.GET.get("bio", "")
    return HttpResponse(format_html("<h2>{}</h2><p>{}</p>", username, bio))
