from django.http import HttpResponse
from .models import Article


def search(request):
    q = request.GET.get("q", "")
    found = Article.objects.filter(title__icontains=q)[:20]
    items = "".join("<li>%s</li>" % a.title for a in found)
    html = "<h1>Results for " + q + "</h1><ul>" + items + "</ul>"
    return HttpResponse(html)
