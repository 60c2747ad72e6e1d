from django.http import HttpResponse
from django.utils.html import format_html


def tag_page(request):
    tag = request.GET.get("tag", "")
    return HttpResponse(format_html("<h1>Posts tagged {}</h1>", tag))
