from django.http import HttpResponse
from django.utils.html import format_html


def preview(request):
    title = request.GET.get("title", "Untitled")
    content = request.GET.get("content", "")
    html = format_html("<article><h2>{}</h2><div class='content'>{}</div></article>", title, content)
    return HttpResponse(html)
