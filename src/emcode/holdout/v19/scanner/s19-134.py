from django.http import HttpResponse
from django.utils.html import format_html, format_html_join
from .models import Article


def search(request):
    q = request.GET.get("q", "")
    found = Article.objects.filter(title__icontains=q)[:20]
    items = format_html_join("", "<li>{}</li>", ((a.title,) for a in found))
    html = format_html("<h1>Results for {}</h1><ul>{}</ul>", q, items)
    return HttpResponse(html)
